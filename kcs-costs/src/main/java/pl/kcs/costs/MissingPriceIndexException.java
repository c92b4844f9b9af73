package pl.kcs.costs;

import static java.util.Objects.requireNonNull;

import java.time.Year;

/**
 * Thrown when a {@link PriceIndexSeries} has no index for a year it is asked about. A missing year
 * is never taken as "no change": re-pricing a grant budget with a silent 1.0 would understate it.
 * The exception names the year, so that the caller can supply it with {@link
 * PriceIndexSeries#withIndex}.
 */
public class MissingPriceIndexException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Year year;
  private final String seriesName;

  /** An exception for the missing {@code year} of the series named {@code seriesName}. */
  public MissingPriceIndexException(Year year, String seriesName) {
    super(
        "price index for "
            + requireNonNull(year, "year")
            + " is missing from the series '"
            + requireNonNull(seriesName, "seriesName")
            + "'; supply it with withIndex(Year.of("
            + year
            + "), value, source)");
    this.year = year;
    this.seriesName = seriesName;
  }

  /** The year with no index. */
  public Year year() {
    return year;
  }

  /** The name of the series. */
  public String seriesName() {
    return seriesName;
  }
}
