package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.people.PostFraction;
import pl.kcs.costs.RateCard;
import pl.kcs.evaluation.PilotResult;

/**
 * The parameters of a simulated KCS. Every parameter has a documented default. Two defaults are
 * calibrated to the pilot's published results and the calibration is a test: {@link
 * #independenceProbability()} (KCS-EFF-INDEPENDENT: one of three groups became independent) and
 * {@link #confidentProbability()} (KCS-EFF-CONFIDENCE: fewer than half felt confident to organise
 * a group); {@link #lessLonelyProbability()} reads KCS-EFF-LONELINESS ("almost all"). Everything
 * else is an <b>assumption</b> of the library, not in the source method, and is labelled so.
 *
 * <p>Probabilities are per month and must lie in [0, 1]; they are not money, so they are doubles.
 * Bad parameters fail when built, before any work starts, naming the parameter.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScenarioParameters implements WithScenarioParameters {

  ScenarioParameters() {}

  /** The most members a new group may have: {@value} (kcs default, not the method's). */
  public static final int MAX_INITIAL_MEMBERS = 1000;

  /** The most supervision hours a month per animator: {@value}, the hours of a 31-day month. */
  public static final int MAX_SUPERVISION_HOURS = 744;

  /**
   * The most a whole run may cost in minor units of its currency (10<sup>15</sup> grosze, ten
   * trillion złoty), so that the simulation's exact integer sums cannot overflow (kcs default, not
   * the method's).
   */
  public static final long MAX_RUN_COST_MINOR_UNITS = 1_000_000_000_000_000L;

  /** How many months to simulate. Default 36. */
  @Value.Default
  public int months() {
    return 36;
  }

  /** Animator posts (people) the institution keeps filled. Default 1 (assumption). */
  @Value.Default
  public int animators() {
    return 1;
  }

  /** Each animator's post fraction (KCS-REM-FTE). Default ¼ (the seed's smaller post). */
  @Value.Default
  public PostFraction animatorPost() {
    return PostFraction.QUARTER;
  }

  /** The most groups the institution hosts at once (KCS-S1B-SCALE). Default 3, as in the pilot. */
  @Value.Default
  public int maxGroups() {
    return 3;
  }

  /**
   * The most groups started over the whole run, if limited; by default there is no limit besides
   * {@link #maxGroups()} at a time. The pilot started three.
   */
  public abstract OptionalInt maxGroupsStarted();

  /** Months of stages 1 and 2 before the first group can start. Default 3 (assumption). */
  @Value.Default
  public int monthsBeforeFirstGroup() {
    return 3;
  }

  /**
   * Chance a month that a new group starts, while there is room and an animator (KCS-S2C).
   * Default 0.5 (assumption).
   */
  @Value.Default
  public double newGroupProbability() {
    return 0.5;
  }

  /**
   * Chance a new group comes through existing organised groups (KCS-S2C channel 1), which start at
   * the early stage rather than forming. Default 1/3, as likely as each of the other two channels
   * (assumption).
   */
  @Value.Default
  public double existingGroupChannelProbability() {
    return 1.0 / 3;
  }

  /** Chance a month, per animator, that the animator leaves. Default 0.02 (assumption). */
  @Value.Default
  public double animatorTurnoverProbability() {
    return 0.02;
  }

  /** Chance a month that an empty animator post is filled again. Default 0.25 (assumption). */
  @Value.Default
  public double vacancyFillProbability() {
    return 0.25;
  }

  /**
   * Members of a new group. Default 6 (assumption). At most {@value #MAX_INITIAL_MEMBERS}: a
   * self-help group meets in one room (kcs default, not the method's).
   */
  @Value.Default
  public int initialMembers() {
    return 6;
  }

  /** Chance a month that a newcomer joins a group (KCS-DIF-NEWCOMERS). Default 0.15 (assumption). */
  @Value.Default
  public double newcomerProbability() {
    return 0.15;
  }

  /** Chance a month that a member leaves a group. Default 0.1 (assumption). */
  @Value.Default
  public double leaveProbability() {
    return 0.1;
  }

  /**
   * Months after its first meeting from which a group counts as bonded: a newcomer then reopens
   * its rules, and a group running itself falls back to developing until it re-agrees them
   * (KCS-DIF-NEWCOMERS). Default: the library default {@link LibraryDefaults#BONDING_PERIOD}, 4
   * months, the same as group life's in kcs-rules.
   */
  @Value.Default
  public int bondedAfterMonths() {
    return LibraryDefaults.BONDING_PERIOD.value().getMonths();
  }

  /** Chance a month that a forming group holds its first meeting. Default 0.5 (assumption). */
  @Value.Default
  public double firstMeetingProbability() {
    return 0.5;
  }

  /**
   * Chance a month that a group without agreed rules agrees them with its participants
   * (KCS-REM-RULES). Default 0.4 (assumption).
   */
  @Value.Default
  public double rulesAgreedProbability() {
    return 0.4;
  }

  /** Chance a month that an early group with rules starts developing. Default 0.4 (assumption). */
  @Value.Default
  public double developingProbability() {
    return 0.4;
  }

  /**
   * Chance a month that a developing group with rules starts meeting without the animator
   * (KCS-EFF-SELFRUN). Default 0.3 (assumption).
   */
  @Value.Default
  public double selfRunningProbability() {
    return 0.3;
  }

  /**
   * Chance a month that a group running itself becomes independent (KCS-EFF-INDEPENDENT).
   * Calibrated, default 0.34: with the other defaults, one of three groups of the pilot scenario
   * ({@link #pilot()}) is independent at its end, on average over replications (the calibration
   * test holds it to 1/3 ± 0.03).
   */
  @Value.Default
  public double independenceProbability() {
    return 0.34;
  }

  /** Chance a month that a forming group dissolves. Default 0.05 (assumption). */
  @Value.Default
  public double formingDissolutionProbability() {
    return 0.05;
  }

  /** Chance a month that a group past forming but not yet running itself dissolves. Default 0.02 (assumption). */
  @Value.Default
  public double dissolutionProbability() {
    return 0.02;
  }

  /** Chance a month that a group running itself dissolves. Default 0.01 (assumption). */
  @Value.Default
  public double selfRunningDissolutionProbability() {
    return 0.01;
  }

  /**
   * How much likelier a group is to dissolve in a month with no animator at all. Default 2
   * (assumption).
   */
  @Value.Default
  public int noAnimatorDissolutionFactor() {
    return 2;
  }

  /** Chance a month that a group holds an event, workshop or project (KCS-COST-EVENT). Default 0.25 (assumption). */
  @Value.Default
  public double eventProbability() {
    return 0.25;
  }

  /**
   * Supervision hours a month per animator (KCS-COST-SUPERVISION). Default 1 (assumption). At most
   * {@value #MAX_SUPERVISION_HOURS}, the hours of a 31-day month.
   */
  @Value.Default
  public BigDecimal supervisionHoursPerAnimator() {
    return BigDecimal.ONE;
  }

  /**
   * Chance that a participant feels less lonely than before joining (KCS-EFF-LONELINESS: almost
   * all did). Default: the evaluation model's calibration share of the pilot result, {@link
   * PilotResult#LESS_LONELY} (0.9, its reading of "almost all").
   */
  @Value.Default
  public double lessLonelyProbability() {
    return PilotResult.LESS_LONELY.calibrationShare().getAsDouble();
  }

  /**
   * Chance that a participant feels confident to organise a new group (KCS-EFF-CONFIDENCE: fewer
   * than half did). Default: the evaluation model's calibration share, {@link
   * PilotResult#CONFIDENT_TO_ORGANISE} (0.4).
   */
  @Value.Default
  public double confidentProbability() {
    return PilotResult.CONFIDENT_TO_ORGANISE.calibrationShare().getAsDouble();
  }

  /** The rates costs are computed with. Default: the seed's 2023 rates, {@link RateCard#kcs2023()}. */
  @Value.Default
  public RateCard rateCard() {
    return RateCard.kcs2023();
  }

  /** The defaults: a library with one animator on ¼ of a post, for three years. */
  public static ScenarioParameters defaults() {
    return builder().build();
  }

  /**
   * The pilot as the calibration reads it: three groups started one after another from the first
   * month, followed for 12 months. The pilot's length is not in the source; 12 months is an
   * assumption.
   */
  public static ScenarioParameters pilot() {
    return builder()
        .months(12)
        .maxGroups(PilotResult.PILOT_GROUPS)
        .maxGroupsStarted(PilotResult.PILOT_GROUPS)
        .monthsBeforeFirstGroup(0)
        .newGroupProbability(1)
        .build();
  }

  /** A builder starting from every default. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkState(months() >= 1, "months must be at least 1, was %s", months());
    checkState(months() <= 1200, "months must be at most 1200, was %s", months());
    checkState(animators() >= 0, "animators must not be negative, was %s", animators());
    checkState(animators() <= 1000, "animators must be at most 1000, was %s", animators());
    checkState(maxGroups() >= 1, "maxGroups must be at least 1, was %s", maxGroups());
    checkState(maxGroups() <= 10_000, "maxGroups must be at most 10000, was %s", maxGroups());
    maxGroupsStarted()
        .ifPresent(
            limit -> checkState(limit >= 1, "maxGroupsStarted must be at least 1, was %s", limit));
    checkState(
        monthsBeforeFirstGroup() >= 0,
        "monthsBeforeFirstGroup must not be negative, was %s",
        monthsBeforeFirstGroup());
    checkState(
        initialMembers() >= 2, "initialMembers must be at least 2, was %s", initialMembers());
    checkState(
        initialMembers() <= MAX_INITIAL_MEMBERS,
        "initialMembers must be at most %s, was %s",
        MAX_INITIAL_MEMBERS,
        initialMembers());
    checkState(
        bondedAfterMonths() >= 0,
        "bondedAfterMonths must not be negative, was %s",
        bondedAfterMonths());
    checkState(
        noAnimatorDissolutionFactor() >= 1,
        "noAnimatorDissolutionFactor must be at least 1, was %s",
        noAnimatorDissolutionFactor());
    checkState(
        supervisionHoursPerAnimator().signum() >= 0,
        "supervisionHoursPerAnimator must not be negative, was %s",
        supervisionHoursPerAnimator());
    Checks.checkDecimal("supervisionHoursPerAnimator", supervisionHoursPerAnimator());
    checkState(
        supervisionHoursPerAnimator().compareTo(BigDecimal.valueOf(MAX_SUPERVISION_HOURS)) <= 0,
        "supervisionHoursPerAnimator must be at most %s (the hours of a month), was %s",
        MAX_SUPERVISION_HOURS,
        supervisionHoursPerAnimator());
    checkRunCost();
    probability("newGroupProbability", newGroupProbability());
    probability("existingGroupChannelProbability", existingGroupChannelProbability());
    probability("animatorTurnoverProbability", animatorTurnoverProbability());
    probability("vacancyFillProbability", vacancyFillProbability());
    probability("newcomerProbability", newcomerProbability());
    probability("leaveProbability", leaveProbability());
    probability("firstMeetingProbability", firstMeetingProbability());
    probability("rulesAgreedProbability", rulesAgreedProbability());
    probability("developingProbability", developingProbability());
    probability("selfRunningProbability", selfRunningProbability());
    probability("independenceProbability", independenceProbability());
    probability("formingDissolutionProbability", formingDissolutionProbability());
    probability("dissolutionProbability", dissolutionProbability());
    probability("selfRunningDissolutionProbability", selfRunningDissolutionProbability());
    probability("eventProbability", eventProbability());
    probability("lessLonelyProbability", lessLonelyProbability());
    probability("confidentProbability", confidentProbability());
  }

  /** The costliest run: every animator in post and every group holding an event, every month. */
  private void checkRunCost() {
    BigDecimal run = costliestRunMinorUnits();
    checkState(
        run.compareTo(BigDecimal.valueOf(MAX_RUN_COST_MINOR_UNITS)) <= 0,
        "rateCard must keep the costliest run (every animator in post, every group holding an event, every month)"
            + " at most %s minor units of its currency, was %s",
        MAX_RUN_COST_MINOR_UNITS,
        run.setScale(0, java.math.RoundingMode.CEILING).toPlainString());
  }

  /**
   * In minor units of the currency, the most one replication can cost — every animator in post
   * and every group holding an event, every month — and at least any single rate: the bound of
   * the simulation's exact integer sums.
   */
  final BigDecimal costliestRunMinorUnits() {
    RateCard card = rateCard();
    BigDecimal perAnimator =
        card.animatorMonthlyPay(animatorPost())
            .high()
            .getAmount()
            .add(
                card.supervisionPerHour()
                    .high()
                    .getAmount()
                    .multiply(supervisionHoursPerAnimator()));
    BigDecimal perMonth =
        perAnimator
            .multiply(BigDecimal.valueOf(animators()))
            .add(card.eventEach().high().getAmount().multiply(BigDecimal.valueOf(maxGroups())));
    // Each rate on its own too: with no animator the pay is in no product, but it is still
    // converted.
    return perMonth
        .multiply(BigDecimal.valueOf(months()))
        .max(perAnimator)
        .max(card.eventEach().high().getAmount())
        .movePointRight(card.currency().getDecimalPlaces());
  }

  private static void probability(String name, double value) {
    checkState(value >= 0 && value <= 1, "%s must be a probability in [0, 1], was %s", name, value);
  }

  /** Builds {@link ScenarioParameters}; every parameter has a default. */
  public static final class Builder extends ImmutableScenarioParameters.Builder {
    Builder() {}
  }
}
