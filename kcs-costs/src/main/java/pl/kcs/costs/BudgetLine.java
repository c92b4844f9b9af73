package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.FactId;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.Sourced;
import pl.kcs.core.people.PostFraction;

/**
 * One line of a {@link Budget}: a unit cost from the {@link RateCard}, a quantity of units charged
 * every period, and the number of periods — e.g. supervision at 250–300 PLN an hour
 * (KCS-COST-SUPERVISION), 3 hours a month, for 12 months. It cites the fact its price comes from
 * ({@link #source()}).
 *
 * <p>Every figure is exact: {@code perPeriod = unitCost × quantity}, {@code total = perPeriod ×
 * periods}, and a {@link Recurrence#MONTHLY monthly} line's {@link #perMonth()} is its per-period
 * cost.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetLine implements Labelled, Sourced {

  BudgetLine() {}

  /** What the line pays for. */
  public abstract CostCategory category();

  /** The post fraction of the animators of an {@link CostCategory#ANIMATOR_PAY} line. */
  public abstract Optional<PostFraction> postFraction();

  /** The cost of one unit. */
  public abstract CostRange unitCost();

  /** What one unit is. */
  public abstract CostUnit unit();

  /** How many units are charged every period: animators, hours, events, trainings. */
  public abstract BigDecimal quantity();

  /** How often the quantity is charged. */
  public abstract Recurrence recurrence();

  /** How many periods the line is charged over the plan ({@link Recurrence#periodsIn}). */
  public abstract int periods();

  /** The cost of one period: {@code unitCost × quantity}. */
  public final CostRange perPeriod() {
    return unitCost().multipliedBy(quantity());
  }

  /** The cost of one month, for a monthly line; empty for a yearly or one-off line. */
  public final Optional<CostRange> perMonth() {
    return recurrence() == Recurrence.MONTHLY ? Optional.of(perPeriod()) : Optional.empty();
  }

  /** The cost over the plan: {@code perPeriod × periods}, exactly. */
  public final CostRange total() {
    return perPeriod().multipliedBy(periods());
  }

  /** The category's fact. */
  @Override
  public FactId source() {
    return category().source();
  }

  /**
   * The line's name: the category, with the post fraction of animator pay or the recurrence of
   * events, e.g. "Animator work (1/4 FTE)".
   */
  @Override
  public String label(Locale locale) {
    Language language = Language.of(locale);
    String category = category().label(locale);
    if (postFraction().isPresent()) {
      return CostsLabels.BUNDLE.format(
          language, "line.animatorPay", category, postFraction().get());
    }
    if (category() == CostCategory.EVENTS) {
      return CostsLabels.BUNDLE.format(
          language, "line.withRecurrence", category, recurrence().label(locale));
    }
    return category;
  }

  @Value.Check
  void check() {
    checkState(
        quantity().signum() >= 0,
        "budget line quantity must not be negative, was %s",
        quantity().toPlainString());
    checkState(periods() >= 1, "budget line periods must be at least 1, was %s", periods());
    checkState(
        postFraction().isPresent() == (category() == CostCategory.ANIMATOR_PAY),
        "budget line postFraction must be present exactly for ANIMATOR_PAY, was %s for %s",
        postFraction().map(PostFraction::toString).orElse("empty"),
        category());
  }
}
