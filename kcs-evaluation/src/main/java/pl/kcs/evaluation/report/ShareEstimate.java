package pl.kcs.evaluation.report;

import org.immutables.value.Value;
import pl.kcs.evaluation.stats.ConfidenceLevel;
import pl.kcs.evaluation.stats.Interval;
import pl.kcs.evaluation.stats.Proportion;

/**
 * A share of respondents or groups as a report shows it: the count, the total and the Wilson
 * score interval at the report's confidence level — never a bare percentage.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ShareEstimate {

  ShareEstimate() {}

  /** The count of the total. */
  @Value.Parameter
  public abstract Proportion proportion();

  /** The level of {@link #interval()}. */
  @Value.Parameter
  public abstract ConfidenceLevel level();

  /** {@code proportion} with its interval at {@code level}. */
  public static ShareEstimate of(Proportion proportion, ConfidenceLevel level) {
    return ImmutableShareEstimate.of(proportion, level);
  }

  /** The Wilson score interval. */
  @Value.Derived
  public Interval interval() {
    return proportion().wilsonInterval(level());
  }
}
