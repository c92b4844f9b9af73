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
 * KCS-EFF-INDEPENDENT) and hold an event; then the month's animators in post and events are
 * counted, for the aggregation to price (KCS-COST-ANIMATOR, KCS-COST-SUPERVISION, KCS-COST-EVENT).
 * At the end each participant of a group that met is asked whether they feel less lonely
 * (KCS-EFF-LONELINESS) and confident to organise a group (KCS-EFF-CONFIDENCE).
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

  private final int months;
  private final int animatorPosts;
  private final int maxGroups;
  private final int maxGroupsStarted;
  private final int firstGroupMonth;
  private final int bondedAfter;
  private static final int MINIMUM_MEMBERS = 2;
  // Each probability p as the integer threshold that SplitMix.bits53 is compared with: exactly
  // the comparison nextDouble() < p, without converting the draw to a double.
  private long tNewGroup;
  private long tExistingChannel;
  private long tTurnover;
  private long tFill;
  private long tNewcomer;
  private long tLeave;
  private long tFirstMeeting;
  private long tRules;
  private long tDeveloping;
  private long tSelfRunning;

  /** By stage: the thresholds of a step up from forming, early and developing; of independence. */
  private final long[] tNext = new long[4];

  private long tIndependent;
  private final long[] tDissolve = new long[4];
  private final long[] tDissolveAlone = new long[4];
  private final int noAnimatorFactor;
  private long tEvent;
  private long tLessLonely;
  private long tConfident;
  private final int initialMembers;
  private final long[] stream = new long[2];

  // Per-replication state, reused: the active groups by their place.
  private final int[] maturity;
  private final int[] members;

  /** 1 where the group's rules are agreed with its participants, else 0. */
  private final int[] rulesAgreed;

  private final int[] monthsMet;
  // Per-month observations of the current replication.
  final int[] activeGroups;
  final int[] selfRunningGroups;
  final int[] independentGroups;
  final int[] animatorsInPost;

  /** Animator-months in post and events held, from the first month to this one. */
  final int[] postMonths;

  final int[] eventsHeld;
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
  // Where the last replication's stream started and ended, and its gamma: how many numbers it
  // drew follows from them (the benchmarks' random-draw floor counts them).
  long streamStart;
  long streamEnd;
  long streamGamma;

  Model(ScenarioParameters parameters) {
    this.months = parameters.months();
    this.animatorPosts = parameters.animators();
    this.maxGroups = parameters.maxGroups();
    this.maxGroupsStarted = parameters.maxGroupsStarted().orElse(Integer.MAX_VALUE);
    this.firstGroupMonth = parameters.monthsBeforeFirstGroup();
    this.bondedAfter = parameters.bondedAfterMonths();
    this.noAnimatorFactor = parameters.noAnimatorDissolutionFactor();
    this.initialMembers = parameters.initialMembers();
    use(ProbabilityParameter.all(parameters));
    // At most one group starts a month.
    int places = Math.min(months, maxGroups);
    this.maturity = new int[places];
    this.members = new int[places];
    this.rulesAgreed = new int[places];
    this.monthsMet = new int[places];
    this.activeGroups = new int[months];
    this.selfRunningGroups = new int[months];
    this.independentGroups = new int[months];
    this.animatorsInPost = new int[months];
    this.postMonths = new int[months];
    this.eventsHeld = new int[months];
  }

  /**
   * Sets every monthly probability from {@code p}, indexed by {@link ProbabilityParameter#ordinal()}:
   * for a scenario with uncertain parameters, before each replication.
   */
  void use(double[] p) {
    this.tNewGroup = threshold(p, ProbabilityParameter.NEW_GROUP);
    this.tExistingChannel = threshold(p, ProbabilityParameter.EXISTING_GROUP_CHANNEL);
    this.tTurnover = threshold(p, ProbabilityParameter.ANIMATOR_TURNOVER);
    this.tFill = threshold(p, ProbabilityParameter.VACANCY_FILL);
    this.tNewcomer = threshold(p, ProbabilityParameter.NEWCOMER);
    this.tLeave = threshold(p, ProbabilityParameter.LEAVE);
    this.tFirstMeeting = threshold(p, ProbabilityParameter.FIRST_MEETING);
    this.tRules = threshold(p, ProbabilityParameter.RULES_AGREED);
    this.tDeveloping = threshold(p, ProbabilityParameter.DEVELOPING);
    this.tSelfRunning = threshold(p, ProbabilityParameter.SELF_RUNNING);
    this.tIndependent = threshold(p, ProbabilityParameter.INDEPENDENCE);
    tNext[FORMING] = tFirstMeeting;
    tNext[EARLY] = tDeveloping;
    tNext[DEVELOPING] = tSelfRunning;
    tNext[RUNNING_ITSELF] = tIndependent;
    double[] dissolve = new double[4];
    dissolve[FORMING] = p[ProbabilityParameter.FORMING_DISSOLUTION.ordinal()];
    dissolve[EARLY] = p[ProbabilityParameter.DISSOLUTION.ordinal()];
    dissolve[DEVELOPING] = p[ProbabilityParameter.DISSOLUTION.ordinal()];
    dissolve[RUNNING_ITSELF] = p[ProbabilityParameter.SELF_RUNNING_DISSOLUTION.ordinal()];
    for (int i = 0; i < 4; i++) {
      tDissolve[i] = SplitMix.threshold(dissolve[i]);
      tDissolveAlone[i] = SplitMix.threshold(Math.min(1.0, dissolve[i] * noAnimatorFactor));
    }
    this.tEvent = threshold(p, ProbabilityParameter.EVENT);
    this.tLessLonely = threshold(p, ProbabilityParameter.LESS_LONELY);
    this.tConfident = threshold(p, ProbabilityParameter.CONFIDENT);
  }

  private static long threshold(double[] p, ProbabilityParameter parameter) {
    return SplitMix.threshold(p[parameter.ordinal()]);
  }

  /** Runs one replication from {@code random}; the observations are left in this model's fields. */
  void run(SplittableRandom random) {
    // The stream's state lives in two locals from here on: the same numbers, drawn without a
    // memory round trip per draw.
    SplitMix.stateBefore(random, stream);
    long seed = stream[0];
    final long gamma = stream[1];
    streamStart = seed;
    streamGamma = gamma;
    // Everything the loops read, in locals: the loops then load nothing but the groups' state
    // (measured: about 5 % of a run in SimulationBenchmark against the arrays alone in locals).
    final int months = this.months;
    final int animatorPosts = this.animatorPosts;
    final int maxGroups = this.maxGroups;
    final int maxGroupsStarted = this.maxGroupsStarted;
    final int firstGroupMonth = this.firstGroupMonth;
    final int bondedAfter = this.bondedAfter;
    final int initialMembers = this.initialMembers;
    final long tTurnover = this.tTurnover;
    final long tFill = this.tFill;
    final long tNewGroup = this.tNewGroup;
    final long tExistingChannel = this.tExistingChannel;
    final long tLeave = this.tLeave;
    final long tNewcomer = this.tNewcomer;
    final long tRules = this.tRules;
    final long tEvent = this.tEvent;
    final long tLessLonely = this.tLessLonely;
    final long tConfident = this.tConfident;
    final long[] tNext = this.tNext;
    final int[] maturity = this.maturity;
    final int[] members = this.members;
    final int[] rulesAgreed = this.rulesAgreed;
    final int[] monthsMet = this.monthsMet;
    int inPost = animatorPosts;
    int activeCount = 0;
    int cumulativePosts = 0;
    int cumulativeEvents = 0;

    // Counts in locals, written to the fields once at the end: a field is memory, a local a
    // register. Most outcomes are added as 0 or 1 (SplitMix.below) rather than branched on, as a
    // random outcome is a branch the processor cannot predict.
    int started = 0;
    int throughExisting = 0;
    int dissolved = 0;
    int independent = 0;
    int reopened = 0;
    int asked = 0;
    int lonelyLess = 0;
    int confidentNow = 0;
    long visited = 0;
    for (int month = 0; month < months; month++) {
      // Animator turnover and vacancies: one draw a post. With one post (the default), its one
      // draw without the two loops: the compiler gives every counted loop a set-up and a
      // safepoint check that cost more than a loop of at most one draw (measured: 3-4 % of a run
      // in SimulationBenchmark).
      if (animatorPosts == 1) {
        inPost = onePostHeld(seed + gamma, inPost, tTurnover, tFill);
      } else {
        inPost = postsHeld(seed, gamma, inPost, animatorPosts, tTurnover, tFill);
      }
      seed += animatorPosts * gamma;
      boolean alone = inPost == 0;

      // Recruitment: at most one new group a month, only with an animator (KCS-S2C).
      if (month >= firstGroupMonth
          && !alone
          && activeCount < maxGroups
          && started < maxGroupsStarted
          && SplitMix.bits53(seed += gamma) < tNewGroup) {
        started++;
        int organised = SplitMix.below(seed += gamma, tExistingChannel);
        throughExisting += organised;
        maturity[activeCount] = FORMING + organised * (EARLY - FORMING);
        members[activeCount] = initialMembers;
        rulesAgreed[activeCount] = 0;
        monthsMet[activeCount] = 0;
        activeCount++;
      }

      int events = 0;
      int selfRunning = 0;
      long[] dissolve = alone ? tDissolveAlone : tDissolve;
      // Every group active now is visited once: a group that leaves is replaced at its place by
      // the last, not yet visited.
      visited += activeCount;
      for (int i = 0; i < activeCount; ) {
        int stage = maturity[i];
        boolean leaves;
        if (SplitMix.bits53(seed += gamma) < dissolve[stage]) {
          dissolved++;
          leaves = true;
        } else {
          int left = SplitMix.below(seed += gamma, tLeave);
          int joined = SplitMix.below(seed += gamma, tNewcomer);
          int size = members[i] - left + joined;
          members[i] = size;
          // 0/1 flags, combined arithmetically (see above).
          int agreed = rulesAgreed[i];
          int bonded = (bondedAfter - 1 - monthsMet[i]) >>> 31; // monthsMet >= bondedAfter
          int reopen = joined & agreed & bonded; // a newcomer in a bonded group (KCS-DIF-NEWCOMERS)
          agreed ^= reopen;
          reopened += reopen;
          stage += (NEWCOMER_SETBACK - RUNNING_ITSELF) * (reopen & isRunningItself(stage));
          if (size < MINIMUM_MEMBERS) {
            dissolved++;
            leaves = true;
          } else {
            int forming = isForming(stage);
            // Rules are agreed (KCS-REM-RULES) by a group past forming that has none: a draw
            // only then.
            if ((agreed | forming) == 0) {
              agreed = SplitMix.below(seed += gamma, tRules);
            }
            // Then a step up (forming always, early and developing with agreed rules), or, for
            // a group running itself, independence (KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT).
            int running = isRunningItself(stage);
            int independentNow = 0;
            if ((forming | agreed | running) != 0) {
              int next = SplitMix.below(seed += gamma, tNext[stage]);
              stage += next & (running ^ 1);
              independentNow = next & running;
              independent += independentNow;
            }
            leaves = independentNow != 0;
            if (!leaves) {
              events += SplitMix.below(seed += gamma, tEvent);
            }
          }
          rulesAgreed[i] = agreed;
        }
        int met = monthsMet[i] + (isForming(stage) ^ 1); // a group that met at all
        if (leaves) {
          // Its members are asked whether they feel less lonely and confident.
          if (met > 0) {
            int people = members[i];
            for (int person = 0; person < people; person++) {
              lonelyLess += SplitMix.below(seed += gamma, tLessLonely);
              confidentNow += SplitMix.below(seed += gamma, tConfident);
            }
            asked += people;
          }
          activeCount--;
          maturity[i] = maturity[activeCount];
          members[i] = members[activeCount];
          rulesAgreed[i] = rulesAgreed[activeCount];
          monthsMet[i] = monthsMet[activeCount];
        } else {
          monthsMet[i] = met;
          maturity[i] = stage;
          selfRunning += isRunningItself(stage);
          i++;
        }
      }

      cumulativePosts += inPost;
      cumulativeEvents += events;
      activeGroups[month] = activeCount;
      selfRunningGroups[month] = selfRunning;
      independentGroups[month] = independent;
      animatorsInPost[month] = inPost;
      postMonths[month] = cumulativePosts;
      eventsHeld[month] = cumulativeEvents;
    }
    // The groups still active are asked at the end.
    for (int i = 0; i < activeCount; i++) {
      if (monthsMet[i] > 0) {
        int people = members[i];
        for (int person = 0; person < people; person++) {
          lonelyLess += SplitMix.below(seed += gamma, tLessLonely);
          confidentNow += SplitMix.below(seed += gamma, tConfident);
        }
        asked += people;
      }
    }
    streamEnd = seed;
    groupsStarted = started;
    startedThroughExistingGroups = throughExisting;
    groupsDissolved = dissolved;
    groupsIndependent = independent;
    rulesReopened = reopened;
    groupMonths = visited;
    participants = asked;
    lessLonely = lonelyLess;
    confident = confidentNow;
  }

  /**
   * The animators in post after a month, of {@code posts} posts of which {@code inPost} were held,
   * drawing from the stream after {@code seed}: one draw a post, first for the posts held (whether
   * the animator leaves), then for the vacant ones (whether the post is filled). The stream moves
   * on by {@code posts} draws whatever the outcome.
   */
  static int postsHeld(long seed, long gamma, int inPost, int posts, long tTurnover, long tFill) {
    int leaving = 0;
    for (int a = 0; a < inPost; a++) {
      leaving += SplitMix.below(seed += gamma, tTurnover);
    }
    int filling = 0;
    for (int v = inPost; v < posts; v++) {
      filling += SplitMix.below(seed += gamma, tFill);
    }
    return inPost - leaving + filling;
  }

  /**
   * {@link #postsHeld} for one post, from the state of its one draw: the animator in post leaves,
   * or the vacant post is filled, where the draw is below the threshold.
   */
  static int onePostHeld(long state, int inPost, long tTurnover, long tFill) {
    return inPost ^ SplitMix.below(state, inPost == 1 ? tTurnover : tFill);
  }

  /** 1 for a forming group (stage 0), else 0. */
  private static int isForming(int stage) {
    return (stage - 1) >>> 31;
  }

  /** 1 for a group running itself (stage 3), else 0. */
  private static int isRunningItself(int stage) {
    return (stage >>> 1) & stage & 1;
  }
}
