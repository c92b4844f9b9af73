package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import pl.kcs.core.FactId;
import pl.kcs.core.Labelled;
import pl.kcs.core.Sourced;

/**
 * How often a {@link BudgetLine} is charged over a plan of some months. The source prices animator
 * pay per month (KCS-COST-ANIMATOR) and the other costs per unit; how units repeat is the plan's.
 */
public enum Recurrence implements Labelled, Sourced {
  /** Every month of the plan: pay, supervision, events per month (KCS-COST-ANIMATOR). */
  MONTHLY("KCS-COST-ANIMATOR"),
  /**
   * Once for every started twelve months of the plan: events per year (KCS-COST-EVENT). An event
   * is indivisible, so a 13-month plan has two years' events; library reading, not in the source
   * method.
   */
  YEARLY("KCS-COST-EVENT"),
  /** Once for the whole plan: trainings (KCS-COST-TRAINING). */
  ONCE("KCS-COST-TRAINING");

  private final FactId source;

  Recurrence(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  /**
   * The number of times a line recurring this way is charged over {@code months} months.
   *
   * @throws IllegalArgumentException if {@code months} is less than 1
   */
  public int periodsIn(int months) {
    checkArgument(months >= 1, "months must be at least 1, was %s", months);
    switch (this) {
      case MONTHLY:
        return months;
      case YEARLY:
        return (months - 1) / 12 + 1;
      case ONCE:
        return 1;
      default:
        throw new AssertionError(this);
    }
  }

  @Override
  public String label(Locale locale) {
    return CostsLabels.BUNDLE.text(locale, CostsLabels.key(this));
  }
}
