package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.Checks;
import pl.kcs.core.stage.KcsImplementation;

/**
 * What an institution plans to do over some months, in the terms the source method prices it: its
 * animators with their post fractions and trainings (KCS-COST-ANIMATOR, KCS-COST-TRAINING),
 * supervision hours a month for the animators and, optionally, group leaders
 * (KCS-COST-SUPERVISION), workshops, events and group projects a month or a year (KCS-COST-EVENT),
 * the number of groups and participants, and what partners cover (KCS-COST-PARTNERS). A {@link
 * Budget} prices it with a {@link RateCard}.
 *
 * <p>A bad plan fails when built, with a message that names the field and the bad value: fewer than
 * one month, negative hours or counts, more groups than participants, partner contributions in two
 * currencies. Whether a partner covers more than an item costs depends on the rates, so {@link
 * Budget#of} checks it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetPlan implements WithBudgetPlan {

  BudgetPlan() {}

  /** A name for the plan, shown in its budget's title, e.g. the institution or the scenario. */
  public abstract Optional<String> name();

  /** How many months the plan runs; at least one. */
  public abstract int months();

  /** The animators, each paid every month of the plan (KCS-COST-ANIMATOR). */
  public abstract ImmutableList<AnimatorPost> animators();

  /** Supervision hours a month for the animators, in total (KCS-COST-SUPERVISION); none by default. */
  @Value.Default
  public BigDecimal animatorSupervisionHoursPerMonth() {
    return BigDecimal.ZERO;
  }

  /**
   * Supervision hours a month for group leaders, in total, which the source calls optional
   * (KCS-COST-SUPERVISION: "oraz ewentualnie liderów lub liderek grup"); none by default.
   */
  @Value.Default
  public BigDecimal groupLeaderSupervisionHoursPerMonth() {
    return BigDecimal.ZERO;
  }

  /** Workshops, cultural events or group projects every month (KCS-COST-EVENT); none by default. */
  @Value.Default
  public int eventsPerMonth() {
    return 0;
  }

  /**
   * Workshops, cultural events or group projects every year, charged for each started twelve months
   * of the plan (KCS-COST-EVENT; see {@link Recurrence#YEARLY}); none by default.
   */
  @Value.Default
  public int eventsPerYear() {
    return 0;
  }

  /** The number of self-help groups the plan supports; at least one. */
  public abstract int groups();

  /** The number of participants of all groups; at least one per group. */
  public abstract int participants();

  /** What partners cover, in one currency (KCS-COST-PARTNERS). */
  public abstract ImmutableList<PartnerContribution> partnerContributions();

  /** A builder of a plan; months, groups and participants are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How long one supervision session is, in hours, when a budget is built from an implementation's
   * supervision schedules ({@link #builderFrom}): one hour. A kcs default, not the method's: the
   * source prices supervision per hour (KCS-COST-SUPERVISION) and asks for it regularly
   * (KCS-S1B-SUPERVISION), but names no session length.
   */
  public static final int SUPERVISION_SESSION_HOURS = 1;

  /**
   * A builder pre-filled with what {@code implementation} already declares, so that nobody types it
   * twice; the number of months is left to set, and events, group leaders' supervision and partners'
   * money, which an implementation does not record, default to none.
   *
   * <ul>
   *   <li>{@link #name()}: the host institution's name;
   *   <li>{@link #animators()}: each animator's post fraction (KCS-COST-ANIMATOR) and the number of
   *       trainings recorded for them (KCS-COST-TRAINING);
   *   <li>{@link #animatorSupervisionHoursPerMonth()}: the sessions a year of every animator's
   *       supervision schedule (KCS-S1B-SUPERVISION; occasional or no supervision plans none) times
   *       {@link #SUPERVISION_SESSION_HOURS}, divided by twelve (KCS-COST-SUPERVISION), to 34
   *       significant digits when the division does not end;
   *   <li>{@link #groups()} and {@link #participants()}: the implementation's groups and the sum of
   *       their participants.
   * </ul>
   *
   * @throws IllegalArgumentException if the implementation has no groups yet
   */
  public static Builder builderFrom(KcsImplementation implementation) {
    return ImplementationBudget.builderFrom(
        java.util.Objects.requireNonNull(implementation, "implementation"));
  }

  /** The trainings of all animators together (KCS-COST-TRAINING). */
  public final int trainings() {
    int trainings = 0;
    for (AnimatorPost animator : animators()) {
      trainings = Math.addExact(trainings, animator.trainings());
    }
    return trainings;
  }

  @Value.Check
  void check() {
    name().ifPresent(name -> Checks.checkName("plan name", name));
    checkState(months() >= 1, "months must be at least 1, was %s", months());
    checkNotNegative("animatorSupervisionHoursPerMonth", animatorSupervisionHoursPerMonth());
    checkNotNegative("groupLeaderSupervisionHoursPerMonth", groupLeaderSupervisionHoursPerMonth());
    Checks.checkNotNegative("eventsPerMonth", eventsPerMonth());
    Checks.checkNotNegative("eventsPerYear", eventsPerYear());
    Checks.checkPositive("groups", groups());
    checkState(
        participants() >= groups(),
        "participants must be at least the number of groups %s, was %s",
        groups(),
        participants());
    CurrencyUnit currency = null;
    for (PartnerContribution contribution : partnerContributions()) {
      CurrencyUnit other = contribution.amount().getCurrencyUnit();
      checkState(
          currency == null || currency.equals(other),
          "partner contributions must all be in one currency, were %s and %s",
          currency,
          other);
      currency = other;
    }
  }

  private static void checkNotNegative(String field, BigDecimal hours) {
    checkState(
        hours.signum() >= 0, "%s must not be negative, was %s", field, hours.toPlainString());
  }

  /** Builds a {@link BudgetPlan}. */
  public static final class Builder extends ImmutableBudgetPlan.Builder {
    Builder() {}
  }
}
