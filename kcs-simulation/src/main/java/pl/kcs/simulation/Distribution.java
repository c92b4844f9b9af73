package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A simulated quantity across replications: its mean, 5th, 50th and 95th percentiles, minimum and
 * maximum, as exact decimals. Percentiles are nearest-rank over the replications. Counts (groups,
 * animators) are exact; money percentiles come from a histogram of 1,000 bins up to the largest
 * cost the scenario allows, and are the upper edge of their bin (never above the maximum), so they
 * are within 0.1% of that bound; shares are per mille, rounded down.
 *
 * <p>Immutable and thread-safe.
 */
public final class Distribution {

  private final long count;
  private final BigDecimal mean;
  private final BigDecimal p5;
  private final BigDecimal median;
  private final BigDecimal p95;
  private final BigDecimal min;
  private final BigDecimal max;

  Distribution(
      long count,
      BigDecimal mean,
      BigDecimal p5,
      BigDecimal median,
      BigDecimal p95,
      BigDecimal min,
      BigDecimal max) {
    this.count = count;
    this.mean = mean;
    this.p5 = p5;
    this.median = median;
    this.p95 = p95;
    this.min = min;
    this.max = max;
  }

  /** From a histogram whose bin {@code i} holds the value {@code i × scale}. */
  static Distribution ofHistogram(long[] histogram, BigDecimal scale) {
    long count = 0;
    long sum = 0;
    int first = -1;
    int last = -1;
    for (int value = 0; value < histogram.length; value++) {
      if (histogram[value] > 0) {
        count += histogram[value];
        sum += histogram[value] * value;
        first = first < 0 ? value : first;
        last = value;
      }
    }
    checkArgument(count > 0, "a distribution needs at least one replication");
    return new Distribution(
        count,
        BigDecimal.valueOf(sum)
            .multiply(scale)
            .divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_EVEN),
        scale.multiply(BigDecimal.valueOf(percentileBin(histogram, count, 5))),
        scale.multiply(BigDecimal.valueOf(percentileBin(histogram, count, 50))),
        scale.multiply(BigDecimal.valueOf(percentileBin(histogram, count, 95))),
        scale.multiply(BigDecimal.valueOf(first)),
        scale.multiply(BigDecimal.valueOf(last)));
  }

  /** For money: an exact sum, minimum and maximum, and percentiles from a bounded-resolution histogram. */
  static Distribution ofMoney(
      long[] histogram,
      long binWidth,
      long sum,
      long minimum,
      long maximum,
      long count,
      MonthlyRates rates) {
    checkArgument(count > 0, "a distribution needs at least one replication");
    return new Distribution(
        count,
        rates.toMajor(sum).divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_EVEN),
        rates.toMajor(moneyPercentile(histogram, binWidth, count, 5, maximum)),
        rates.toMajor(moneyPercentile(histogram, binWidth, count, 50, maximum)),
        rates.toMajor(moneyPercentile(histogram, binWidth, count, 95, maximum)),
        rates.toMajor(minimum),
        rates.toMajor(maximum));
  }

  private static long moneyPercentile(
      long[] histogram, long width, long count, int percent, long maximum) {
    int bin = percentileBin(histogram, count, percent);
    return Math.min(maximum, (bin + 1L) * width - 1);
  }

  private static int percentileBin(long[] histogram, long count, int percent) {
    long rank = Math.max(1, (count * percent + 99) / 100);
    long seen = 0;
    for (int bin = 0; bin < histogram.length; bin++) {
      seen += histogram[bin];
      if (seen >= rank) {
        return bin;
      }
    }
    return histogram.length - 1;
  }

  /** How many replications the distribution is over. */
  public long count() {
    return count;
  }

  /** The mean, to six decimal places. */
  public BigDecimal mean() {
    return mean;
  }

  /** The 5th percentile. */
  public BigDecimal p5() {
    return p5;
  }

  /** The median. */
  public BigDecimal median() {
    return median;
  }

  /** The 95th percentile. */
  public BigDecimal p95() {
    return p95;
  }

  /** The smallest value. */
  public BigDecimal min() {
    return min;
  }

  /** The largest value. */
  public BigDecimal max() {
    return max;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Distribution)) {
      return false;
    }
    Distribution that = (Distribution) other;
    return count == that.count
        && mean.equals(that.mean)
        && p5.equals(that.p5)
        && median.equals(that.median)
        && p95.equals(that.p95)
        && min.equals(that.min)
        && max.equals(that.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, mean, p5, median, p95, min, max);
  }

  @Override
  public String toString() {
    return "mean "
        + mean.stripTrailingZeros().toPlainString()
        + " [p5 "
        + p5.toPlainString()
        + ", median "
        + median.toPlainString()
        + ", p95 "
        + p95.toPlainString()
        + "]";
  }
}
