package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * The points of a loneliness scale or subscale, its range and the band the points fall in
 * (KCS-EFF-LONELINESS). Higher is lonelier.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ScaleScore {

  ScaleScore() {}

  /** The points, in [min, max]. */
  @Value.Parameter
  public abstract int points();

  /** The lowest points possible. */
  @Value.Parameter
  public abstract int min();

  /** The highest points possible. */
  @Value.Parameter
  public abstract int max();

  /** The band the points fall in. */
  @Value.Parameter
  public abstract LonelinessBand band();

  /** {@code points} of the range [min, max], in {@code band}. */
  public static ScaleScore of(int points, int min, int max, LonelinessBand band) {
    return ImmutableScaleScore.of(points, min, max, band);
  }

  /** Whether the band counts as lonely. */
  public final boolean isLonely() {
    return band().isLonely();
  }

  @Value.Check
  void check() {
    checkState(min() < max(), "min must be below max, was %s and %s", min(), max());
    checkState(
        points() >= min() && points() <= max(),
        "points must be in [%s, %s], was %s",
        min(),
        max(),
        points());
  }
}
