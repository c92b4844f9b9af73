package pl.kcs.costs;

import org.immutables.value.Value;
import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;

/**
 * What one partner contribution covers in a {@link Budget} (KCS-COST-PARTNERS). A partner who
 * pays {@code X} towards a cost of {@code L} to {@code H} covers {@code X} of it, but never more
 * than it actually costs: from {@code min(X, L)} to {@code X}. Where several partners cover one
 * category, the low end is shared out in the plan's order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PartnerLine implements Sourced {

  PartnerLine() {}

  /** The contribution, as the plan states it. */
  @Value.Parameter
  public abstract PartnerContribution contribution();

  /** What it covers of the category's cost. */
  @Value.Parameter
  public abstract CostRange covered();

  /** KCS-COST-PARTNERS. */
  @Override
  public FactId source() {
    return contribution().source();
  }

  static PartnerLine of(PartnerContribution contribution, CostRange covered) {
    return ImmutablePartnerLine.of(contribution, covered);
  }
}
