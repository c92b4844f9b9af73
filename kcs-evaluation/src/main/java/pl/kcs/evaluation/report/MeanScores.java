package pl.kcs.evaluation.report;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import pl.kcs.evaluation.instrument.Instrument;

/**
 * The mean score of respondents on one instrument at the start and after, and the mean change
 * (KCS-EFF-LONELINESS). Means are exact sums divided by the count; they are rounded only when
 * {@link #mean(long, int)} presents them, to one decimal, half up — and the change is computed from
 * the exact sums, so it may differ by 0.1 from the difference of the rounded means.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class MeanScores {

  /** The instrument. */
  @Value.Parameter
  public abstract Instrument instrument();

  /** How many respondents answered at the start and after; at least 1. */
  @Value.Parameter
  public abstract int respondents();

  /** The sum of their scores at the start. */
  @Value.Parameter
  public abstract long sumBefore();

  /** The sum of their scores after. */
  @Value.Parameter
  public abstract long sumAfter();

  static MeanScores of(Instrument instrument, int respondents, long sumBefore, long sumAfter) {
    return ImmutableMeanScores.of(instrument, respondents, sumBefore, sumAfter);
  }

  /** The mean score at the start, to one decimal. */
  public final BigDecimal meanBefore() {
    return mean(sumBefore(), respondents());
  }

  /** The mean score after, to one decimal. */
  public final BigDecimal meanAfter() {
    return mean(sumAfter(), respondents());
  }

  /** The mean change (after − before; negative is less lonely), to one decimal. */
  public final BigDecimal meanChange() {
    return mean(sumAfter() - sumBefore(), respondents());
  }

  static BigDecimal mean(long sum, int count) {
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    checkState(respondents() >= 1, "respondents must be positive, was %s", respondents());
    long min = (long) instrument().minScore() * respondents();
    long max = (long) instrument().maxScore() * respondents();
    checkState(
        sumBefore() >= min && sumBefore() <= max && sumAfter() >= min && sumAfter() <= max,
        "sums must lie within [%s, %s] for %s respondents on %s, was %s and %s",
        min,
        max,
        respondents(),
        instrument(),
        sumBefore(),
        sumAfter());
  }
}
