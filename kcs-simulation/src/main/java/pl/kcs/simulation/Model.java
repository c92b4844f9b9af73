package pl.kcs.simulation;

import java.util.SplittableRandom;
import pl.kcs.core.defaults.LibraryDefaults;

/**
 * One replication of the month-by-month model, on primitive arrays that a worker thread reuses:
 * nothing is allocated per month or per group. See {@link ScenarioParameters} for what each
 * probability means and which fact it comes from.
 *
 * <p>Each month: animators leave or vacancies are filled; a new group may start (KCS-S2C); every
 * active group may dissolve, lose or gain a member (a newcomer in a bonded group reopens its rules,
 * KCS-DIF-NEWCOMERS), agree rules (KCS-REM-RULES), move on a maturity step (KCS-EFF-SELFRUN,
 * KCS-EFF-INDEPENDENT) and hold an event; then the month's costs are added (KCS-COST-ANIMATOR,
 * KCS-COST-SUPERVISION, KCS-COST-EVENT). At the end each participant of a group that met is asked
 * whether they feel less lonely (KCS-EFF-LONELINESS) and confident to organise a group
 * (KCS-EFF-CONFIDENCE).
 *
 * <p>Not thread-safe: one instance per worker.
 */
final class Model {

  static final byte FORMING = 0;
  static final byte EARLY = 1;
  static final byte DEVELOPING = 2;
  static final byte RUNNING_ITSELF = 3;
  /** Where newcomers set back a group running itself: the library default shared with group life. */
  static final byte NEWCOMER_SETBACK = (byte) LibraryDefaults.NEWCOMER_SETBACK.value().ordinal();

  private final ScenarioParameters p;
  private final MonthlyRates rates;
  private final int months;
  private final int animatorPosts;
  private final int maxGroups;
  private final int maxGroupsStarted;
  private final int firstGroupMonth;
  private final int bondedAfter;
  private final int minimumMembers = 2;
  private double pNewGroup;
  private double pExistingChannel;
  private double pTurnover;
  private double pFill;
  private double pNewcomer;
  private double pLeave;
  private double pFirstMeeting;
  private double pRules;
  private double pDeveloping;
  private double pSelfRunning;
  private double pIndependent;
  private final double[] pDissolve = new double[4];
  private final double[] pDissolveAlone = new double[4];
  private final int noAnimatorFactor;
  private double pEvent;
  private double pLessLonely;
  private double pConfident;

  // Per-replication state, reused.
  private final byte[] maturity;
  private final int[] members;
  private final boolean[] rulesAgreed;
  private final int[] monthsMet;
  private final int[] active;
  // Per-month observations of the current replication.
  final int[] activeGroups;
  final int[] selfRunningGroups;
  final int[] independentGroups;
  final int[] animatorsInPost;
  final long[] costLow;
  final long[] costHigh;
  // Per-replication totals.
  int groupsStarted;
  int groupsDissolved;
  int groupsIndependent;
  int rulesReopened;
  int startedThroughExistingGroups;
  long groupMonths;
  int participants;
  int lessLonely;
  int confident;

  Model(ScenarioParameters parameters, MonthlyRates rates) {
    this.p = parameters;
    this.rates = rates;
    this.months = parameters.months();
    this.animatorPosts = parameters.animators();
    this.maxGroups = parameters.maxGroups();
    this.maxGroupsStarted = parameters.maxGroupsStarted().orElse(Integer.MAX_VALUE);
    this.firstGroupMonth = parameters.monthsBeforeFirstGroup();
    this.bondedAfter = parameters.bondedAfterMonths();
    this.noAnimatorFactor = parameters.noAnimatorDissolutionFactor();
    use(ProbabilityParameter.all(parameters));
    // At most one group starts a month.
    int capacity = months;
    this.maturity = new byte[capacity];
    this.members = new int[capacity];
    this.rulesAgreed = new boolean[capacity];
    this.monthsMet = new int[capacity];
    this.active = new int[Math.min(capacity, maxGroups)];
    this.activeGroups = new int[months];
    this.selfRunningGroups = new int[months];
    this.independentGroups = new int[months];
    this.animatorsInPost = new int[months];
    this.costLow = new long[months];
    this.costHigh = new long[months];
  }

  /**
   * Sets every monthly probability from {@code p}, indexed by {@link ProbabilityParameter#ordinal()}:
   * for a scenario with uncertain parameters, before each replication.
   */
  void use(double[] p) {
    this.pNewGroup = p[ProbabilityParameter.NEW_GROUP.ordinal()];
    this.pExistingChannel = p[ProbabilityParameter.EXISTING_GROUP_CHANNEL.ordinal()];
    this.pTurnover = p[ProbabilityParameter.ANIMATOR_TURNOVER.ordinal()];
    this.pFill = p[ProbabilityParameter.VACANCY_FILL.ordinal()];
    this.pNewcomer = p[ProbabilityParameter.NEWCOMER.ordinal()];
    this.pLeave = p[ProbabilityParameter.LEAVE.ordinal()];
    this.pFirstMeeting = p[ProbabilityParameter.FIRST_MEETING.ordinal()];
    this.pRules = p[ProbabilityParameter.RULES_AGREED.ordinal()];
    this.pDeveloping = p[ProbabilityParameter.DEVELOPING.ordinal()];
    this.pSelfRunning = p[ProbabilityParameter.SELF_RUNNING.ordinal()];
    this.pIndependent = p[ProbabilityParameter.INDEPENDENCE.ordinal()];
    pDissolve[FORMING] = p[ProbabilityParameter.FORMING_DISSOLUTION.ordinal()];
    pDissolve[EARLY] = p[ProbabilityParameter.DISSOLUTION.ordinal()];
    pDissolve[DEVELOPING] = p[ProbabilityParameter.DISSOLUTION.ordinal()];
    pDissolve[RUNNING_ITSELF] = p[ProbabilityParameter.SELF_RUNNING_DISSOLUTION.ordinal()];
    for (int i = 0; i < 4; i++) {
      pDissolveAlone[i] = Math.min(1.0, pDissolve[i] * noAnimatorFactor);
    }
    this.pEvent = p[ProbabilityParameter.EVENT.ordinal()];
    this.pLessLonely = p[ProbabilityParameter.LESS_LONELY.ordinal()];
    this.pConfident = p[ProbabilityParameter.CONFIDENT.ordinal()];
  }

  /** Runs one replication from {@code random}; the observations are left in this model's fields. */
  void run(SplittableRandom random) {
    groupsStarted = 0;
    groupsDissolved = 0;
    groupsIndependent = 0;
    rulesReopened = 0;
    startedThroughExistingGroups = 0;
    groupMonths = 0;
    participants = 0;
    lessLonely = 0;
    confident = 0;
    int inPost = animatorPosts;
    int activeCount = 0;
    long cumulativeLow = 0;
    long cumulativeHigh = 0;

    for (int month = 0; month < months; month++) {
      // Animator turnover and vacancies.
      int leaving = 0;
      for (int a = 0; a < inPost; a++) {
        if (random.nextDouble() < pTurnover) {
          leaving++;
        }
      }
      int filling = 0;
      for (int v = inPost; v < animatorPosts; v++) {
        if (random.nextDouble() < pFill) {
          filling++;
        }
      }
      inPost = inPost - leaving + filling;
      boolean alone = inPost == 0;

      // Recruitment: at most one new group a month, only with an animator (KCS-S2C).
      if (month >= firstGroupMonth
          && !alone
          && activeCount < maxGroups
          && groupsStarted < maxGroupsStarted
          && random.nextDouble() < pNewGroup) {
        int group = groupsStarted++;
        boolean organised = random.nextDouble() < pExistingChannel;
        if (organised) {
          startedThroughExistingGroups++;
        }
        maturity[group] = organised ? EARLY : FORMING;
        members[group] = p.initialMembers();
        rulesAgreed[group] = false;
        monthsMet[group] = 0;
        active[activeCount++] = group;
      }

      int events = 0;
      int selfRunning = 0;
      double[] dissolve = alone ? pDissolveAlone : pDissolve;
      for (int i = 0; i < activeCount; ) {
        int group = active[i];
        groupMonths++;
        byte stage = maturity[group];
        boolean leaves = false;
        if (random.nextDouble() < dissolve[stage]) {
          groupsDissolved++;
          leaves = true;
        } else {
          if (random.nextDouble() < pLeave) {
            members[group]--;
          }
          if (random.nextDouble() < pNewcomer) {
            members[group]++;
            if (rulesAgreed[group] && monthsMet[group] >= bondedAfter) {
              rulesAgreed[group] = false;
              rulesReopened++;
              if (stage == RUNNING_ITSELF) {
                stage = NEWCOMER_SETBACK;
              }
            }
          }
          if (members[group] < minimumMembers) {
            groupsDissolved++;
            leaves = true;
          } else {
            if (!rulesAgreed[group] && stage != FORMING && random.nextDouble() < pRules) {
              rulesAgreed[group] = true;
            }
            switch (stage) {
              case FORMING:
                if (random.nextDouble() < pFirstMeeting) {
                  stage = EARLY;
                }
                break;
              case EARLY:
                if (rulesAgreed[group] && random.nextDouble() < pDeveloping) {
                  stage = DEVELOPING;
                }
                break;
              case DEVELOPING:
                if (rulesAgreed[group] && random.nextDouble() < pSelfRunning) {
                  stage = RUNNING_ITSELF;
                }
                break;
              default:
                if (random.nextDouble() < pIndependent) {
                  groupsIndependent++;
                  leaves = true;
                }
            }
            if (!leaves && random.nextDouble() < pEvent) {
              events++;
            }
          }
        }
        if (stage != FORMING) {
          monthsMet[group]++;
        }
        maturity[group] = stage;
        if (leaves) {
          survey(group, random);
          active[i] = active[--activeCount];
        } else {
          if (stage == RUNNING_ITSELF) {
            selfRunning++;
          }
          i++;
        }
      }

      cumulativeLow += inPost * (rates.animatorLow + rates.supervisionLow) + events * rates.eventLow;
      cumulativeHigh += inPost * (rates.animatorHigh + rates.supervisionHigh) + events * rates.eventHigh;
      activeGroups[month] = activeCount;
      selfRunningGroups[month] = selfRunning;
      independentGroups[month] = groupsIndependent;
      animatorsInPost[month] = inPost;
      costLow[month] = cumulativeLow;
      costHigh[month] = cumulativeHigh;
    }
    for (int i = 0; i < activeCount; i++) {
      survey(active[i], random);
    }
  }

  /** Asks the members of a group that met whether they feel less lonely and confident. */
  private void survey(int group, SplittableRandom random) {
    if (monthsMet[group] == 0) {
      return;
    }
    int people = members[group];
    participants += people;
    for (int person = 0; person < people; person++) {
      if (random.nextDouble() < pLessLonely) {
        lessLonely++;
      }
      if (random.nextDouble() < pConfident) {
        confident++;
      }
    }
  }
}
