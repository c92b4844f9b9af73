package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The cut-offs that split a De Jong Gierveld total into bands (KCS-EFF-LONELINESS): below {@link
 * #moderateFrom()} not lonely, then moderately lonely, from {@link #severeFrom()} severely lonely,
 * and from {@link #verySevereFrom()}, where set, very severely lonely.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DjgBands {

  DjgBands() {}

  /** The lowest total that counts as moderately lonely; at least 1. */
  @Value.Parameter
  public abstract int moderateFrom();

  /** The lowest total that counts as severely lonely; above {@link #moderateFrom()}. */
  @Value.Parameter
  public abstract int severeFrom();

  /** The lowest total that counts as very severely lonely, if the scale has that band. */
  @Value.Parameter
  public abstract OptionalInt verySevereFrom();

  /** Three bands: not lonely, moderately lonely from {@code moderateFrom}, severely from {@code severeFrom}. */
  public static DjgBands of(int moderateFrom, int severeFrom) {
    return ImmutableDjgBands.of(moderateFrom, severeFrom, OptionalInt.empty());
  }

  /** Four bands, the last very severely lonely from {@code verySevereFrom}. */
  public static DjgBands of(int moderateFrom, int severeFrom, int verySevereFrom) {
    return ImmutableDjgBands.of(moderateFrom, severeFrom, OptionalInt.of(verySevereFrom));
  }

  /**
   * The 6-item scale's bands in the Manual of the Loneliness Scale's syntax for the short scale:
   * 0–1 not lonely, 2–4 moderately lonely, 5–6 severely lonely.
   */
  public static DjgBands sixItemManual() {
    return of(2, 5);
  }

  /**
   * The 11-item scale's bands (van Tilburg &amp; de Jong Gierveld 1999, the source the Manual of
   * the Loneliness Scale names for its cut-off points): 0–2 not lonely, 3–8 moderately lonely,
   * 9–10 severely lonely, 11 very severely lonely.
   */
  public static DjgBands elevenItemManual() {
    return of(3, 9, 11);
  }

  /** The band {@code points} fall in. */
  public final LonelinessBand band(int points) {
    if (verySevereFrom().isPresent() && points >= verySevereFrom().getAsInt()) {
      return LonelinessBand.VERY_SEVERELY_LONELY;
    }
    if (points >= severeFrom()) {
      return LonelinessBand.SEVERELY_LONELY;
    }
    return points >= moderateFrom() ? LonelinessBand.MODERATELY_LONELY : LonelinessBand.NOT_LONELY;
  }

  /** The highest total any of the cut-offs names. */
  final int highestCutOff() {
    return verySevereFrom().orElse(severeFrom());
  }

  @Value.Check
  void check() {
    checkState(moderateFrom() >= 1, "moderateFrom must be at least 1, was %s", moderateFrom());
    checkState(
        severeFrom() > moderateFrom(),
        "severeFrom must be above moderateFrom, was %s with moderateFrom %s",
        severeFrom(),
        moderateFrom());
    checkState(
        verySevereFrom().isEmpty() || verySevereFrom().getAsInt() > severeFrom(),
        "verySevereFrom must be above severeFrom, was %s with severeFrom %s",
        verySevereFrom().orElse(0),
        severeFrom());
  }
}
