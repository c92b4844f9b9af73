package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * One year's price index with the previous year as 100 (e.g. 103.6: prices rose 3.6%), and where
 * it comes from. Used by a {@link PriceIndexSeries} to re-price a {@link RateCard} from the source
 * method's 2023 prices (KCS-COST-ANIMATOR … KCS-COST-EVENT give 2023 figures).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PriceIndex {

  PriceIndex() {}

  /** The index, previous year = 100; positive. */
  @Value.Parameter
  public abstract BigDecimal value();

  /** Where the figure comes from: the publication, or who supplied it. */
  @Value.Parameter
  public abstract String source();

  /**
   * The index {@code value} (previous year = 100) from {@code source}.
   *
   * @throws IllegalStateException if {@code value} is not positive or {@code source} is blank
   */
  public static PriceIndex of(BigDecimal value, String source) {
    return ImmutablePriceIndex.of(value, source);
  }

  /** The index as a factor: {@code value / 100}, exactly (103.6 → 1.036). */
  public final BigDecimal factor() {
    return value().movePointLeft(2);
  }

  @Value.Check
  void check() {
    checkState(
        value().signum() > 0,
        "price index must be positive (previous year = 100), was %s",
        value().toPlainString());
    Checks.checkName("price index source", source());
  }
}
