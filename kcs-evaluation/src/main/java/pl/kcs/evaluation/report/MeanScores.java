package pl.kcs.evaluation.report;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import pl.kcs.evaluation.instrument.Instrument;

/**
 * The mean score of respondents on one instrument at the start and after, and the mean change
 * (KCS-EFF-LONELINESS). Means are exact sums divided by the count, rounded to one decimal, half
 * up; the change is the difference of the two rounded means, so the three figures a report shows
 * agree ("7.0 → 5.6 (change −1.4)"), and no report shows more digits of a mean than these.
 *
 * <p>The exact sums are held for the library's own checks; kcs-json and the {@code kcs} command
 * publish only the rounded means, the count and the change (see {@link SuppressionPolicy}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class MeanScores {

  MeanScores() {}

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

  /**
   * The change of the mean (after − before; negative is less lonely): the difference of {@link
   * #meanAfter()} and {@link #meanBefore()} as shown, to one decimal.
   */
  public final BigDecimal meanChange() {
    return meanAfter().subtract(meanBefore());
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
