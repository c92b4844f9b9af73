package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.time.Year;
import org.immutables.value.Value;

/**
 * The record of one re-pricing of a {@link RateCard}: from which year's prices to which, by what
 * factor and with which series. It keeps an indexed card traceable to the source method's 2023
 * figures (KCS-COST-ANIMATOR, KCS-COST-TRAINING, KCS-COST-SUPERVISION, KCS-COST-EVENT).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indexation {

  Indexation() {}

  /** The year of the prices before. */
  public abstract Year fromYear();

  /** The year of the prices after. */
  public abstract Year toYear();

  /** The factor every rate was multiplied by. */
  public abstract BigDecimal factor();

  /** The series used, with its sources ({@link PriceIndexSeries#source()}). */
  public abstract String series();

  /** The record of re-pricing from {@code fromYear} to {@code toYear} by {@code factor}. */
  public static Indexation of(Year fromYear, Year toYear, BigDecimal factor, String series) {
    return ImmutableIndexation.builder()
        .fromYear(fromYear)
        .toYear(toYear)
        .factor(factor)
        .series(series)
        .build();
  }

  @Value.Check
  void check() {
    checkState(
        toYear().isAfter(fromYear()),
        "indexation toYear must be after fromYear %s, was %s",
        fromYear(),
        toYear());
    checkState(
        factor().signum() > 0,
        "indexation factor must be positive, was %s",
        factor().toPlainString());
  }
}
