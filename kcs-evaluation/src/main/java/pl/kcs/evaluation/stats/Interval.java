package pl.kcs.evaluation.stats;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * A closed interval of shares within [0, 1], such as a Wilson score interval.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Interval {

  Interval() {}

  /** The lower bound, in [0, 1]. */
  @Value.Parameter
  public abstract double lower();

  /** The upper bound, in [lower, 1]. */
  @Value.Parameter
  public abstract double upper();

  /** The interval [lower, upper]. */
  public static Interval of(double lower, double upper) {
    return ImmutableInterval.of(lower, upper);
  }

  /** Whether {@code share} lies within the interval, bounds included. */
  public final boolean contains(double share) {
    return lower() <= share && share <= upper();
  }

  @Value.Check
  void check() {
    checkState(lower() >= 0 && lower() <= 1, "lower must be in [0, 1], was %s", lower());
    checkState(
        upper() >= lower() && upper() <= 1,
        "upper must be in [lower, 1], was %s with lower %s",
        upper(),
        lower());
  }
}
