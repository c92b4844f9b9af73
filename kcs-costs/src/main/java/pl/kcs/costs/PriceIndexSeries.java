package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.Year;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * Annual price indices, previous year = 100, by year: what re-prices a {@link RateCard} from the
 * year of its prices — 2023 for the source method's figures (KCS-COST-ANIMATOR,
 * KCS-COST-TRAINING, KCS-COST-SUPERVISION, KCS-COST-EVENT) — to a later year.
 *
 * <p>kcs ships one series, {@link #polishCpi()}: the annual consumer price index of Statistics
 * Poland (GUS) for 2019–2024. Every other year is the user's to supply, with its source ({@link
 * #withIndex}); a user may as well build a series of their own (a regional index, a wage index).
 * A missing year throws {@link MissingPriceIndexException}: never a silent 1.0.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PriceIndexSeries implements WithPriceIndexSeries {

  PriceIndexSeries() {}

  /**
   * The publication the shipped Polish consumer price indices come from: the table of annual
   * consumer price indices of Statistics Poland (GUS), published at stat.gov.pl; each year's figure
   * is also announced by the President of GUS in Monitor Polski in the following January.
   */
  public static final String GUS_CPI_SOURCE =
      "GUS, Roczne wskaźniki cen towarów i usług konsumpcyjnych, previous year = 100, stat.gov.pl";

  private static final PriceIndexSeries POLISH_CPI =
      of("Polish CPI (GUS)")
          .withIndex(Year.of(2019), new BigDecimal("102.3"), GUS_CPI_SOURCE)
          .withIndex(Year.of(2020), new BigDecimal("103.4"), GUS_CPI_SOURCE)
          .withIndex(Year.of(2021), new BigDecimal("105.1"), GUS_CPI_SOURCE)
          .withIndex(Year.of(2022), new BigDecimal("114.4"), GUS_CPI_SOURCE)
          .withIndex(Year.of(2023), new BigDecimal("111.4"), GUS_CPI_SOURCE)
          .withIndex(Year.of(2024), new BigDecimal("103.6"), GUS_CPI_SOURCE);

  /** The series' name, e.g. {@code Polish CPI (GUS)}. */
  public abstract String name();

  /** The index of each year it has, previous year = 100. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Year, PriceIndex> indices();

  /**
   * The annual consumer price index of Statistics Poland (GUS), previous year = 100, for 2019 to
   * 2024: 102.3, 103.4, 105.1, 114.4, 111.4, 103.6. Source: {@link #GUS_CPI_SOURCE}. Re-pricing
   * the source method's 2023 figures to 2024 multiplies them by 1.036.
   */
  public static PriceIndexSeries polishCpi() {
    return POLISH_CPI;
  }

  /**
   * An empty series named {@code name}, to fill with {@link #withIndex}.
   *
   * @throws IllegalStateException if the name is blank
   */
  public static PriceIndexSeries of(String name) {
    return ImmutablePriceIndexSeries.builder().name(name).build();
  }

  /**
   * This series with {@code year}'s index {@code value} (previous year = 100) from {@code source},
   * replacing any index the year had.
   */
  public final PriceIndexSeries withIndex(Year year, BigDecimal value, String source) {
    requireNonNull(year, "year");
    SortedMap<Year, PriceIndex> indices = new TreeMap<>(indices());
    indices.put(year, PriceIndex.of(value, source));
    return withIndices(indices);
  }

  /**
   * The index of {@code year}.
   *
   * @throws MissingPriceIndexException if the series has none
   */
  public final PriceIndex index(Year year) {
    requireNonNull(year, "year");
    PriceIndex index = indices().get(year);
    if (index == null) {
      throw new MissingPriceIndexException(year, name());
    }
    return index;
  }

  /**
   * The factor that takes prices of {@code from} to prices of {@code to}: the product of the
   * factors of the years after {@code from} up to {@code to}, exactly (2023 → 2024 with {@link
   * #polishCpi()}: 1.036). One for the same year.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws MissingPriceIndexException naming the first year in between with no index
   */
  public final BigDecimal factor(Year from, Year to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(
        !to.isBefore(from), "target year must not be before the base year %s, was %s", from, to);
    BigDecimal factor = BigDecimal.ONE;
    for (Year year = from.plusYears(1); !year.isAfter(to); year = year.plusYears(1)) {
      factor = factor.multiply(index(year).factor());
    }
    return factor;
  }

  /**
   * Where the figures come from: the series' name and every distinct source of its indices, for a
   * budget's notes.
   */
  public final String source() {
    ImmutableSortedSet<String> sources =
        indices().values().stream()
            .map(PriceIndex::source)
            .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    return sources.isEmpty() ? name() : name() + " — " + String.join("; ", sources);
  }

  @Value.Check
  void check() {
    Checks.checkName("price index series name", name());
  }
}
