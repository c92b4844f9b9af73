package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The price-index series that re-price the source's 2023 figures (KCS-COST-ANIMATOR … KCS-COST-EVENT). */
class PriceIndexSeriesTest {

  private final PriceIndexSeries cpi = PriceIndexSeries.polishCpi();

  @Test
  void should_ship_the_gus_annual_cpi_for_2019_to_2024() {
    assertThat(cpi.indices().keySet())
        .containsExactly(
            Year.of(2019),
            Year.of(2020),
            Year.of(2021),
            Year.of(2022),
            Year.of(2023),
            Year.of(2024));
    assertThat(cpi.index(Year.of(2019)).value()).isEqualByComparingTo("102.3");
    assertThat(cpi.index(Year.of(2020)).value()).isEqualByComparingTo("103.4");
    assertThat(cpi.index(Year.of(2021)).value()).isEqualByComparingTo("105.1");
    assertThat(cpi.index(Year.of(2022)).value()).isEqualByComparingTo("114.4");
    assertThat(cpi.index(Year.of(2023)).value()).isEqualByComparingTo("111.4");
    assertThat(cpi.index(Year.of(2024)).value()).isEqualByComparingTo("103.6");
  }

  @Test
  void should_name_its_source_and_publication() {
    assertThat(cpi.name()).isEqualTo("Polish CPI (GUS)");
    assertThat(cpi.index(Year.of(2024)).source()).isEqualTo(PriceIndexSeries.GUS_CPI_SOURCE);
    assertThat(cpi.source())
        .isEqualTo(
            "Polish CPI (GUS) — GUS, Roczne wskaźniki cen towarów i usług konsumpcyjnych, previous"
                + " year = 100, stat.gov.pl");
  }

  @Test
  void should_give_1_036_from_2023_to_2024_and_one_for_the_same_year() {
    assertThat(cpi.factor(Year.of(2023), Year.of(2024))).isEqualTo(new BigDecimal("1.036"));
    assertThat(cpi.factor(Year.of(2024), Year.of(2024))).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void should_chain_the_years_exactly() {
    assertThat(cpi.factor(Year.of(2018), Year.of(2024)))
        .isEqualTo(
            new BigDecimal("1.023")
                .multiply(new BigDecimal("1.034"))
                .multiply(new BigDecimal("1.051"))
                .multiply(new BigDecimal("1.144"))
                .multiply(new BigDecimal("1.114"))
                .multiply(new BigDecimal("1.036")));
  }

  @Test
  void should_throw_an_exception_that_names_the_missing_year() {
    MissingPriceIndexException missing =
        catchThrowableOfType(
            MissingPriceIndexException.class, () -> cpi.factor(Year.of(2024), Year.of(2026)));

    assertThat(missing.year()).isEqualTo(Year.of(2025));
    assertThat(missing.seriesName()).isEqualTo("Polish CPI (GUS)");
    assertThat(missing)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "price index for 2025 is missing from the series 'Polish CPI (GUS)'; supply it with"
                + " withIndex(Year.of(2025), value, source)");
    assertThatThrownBy(() -> cpi.index(Year.of(2018)))
        .isInstanceOf(MissingPriceIndexException.class)
        .hasMessageStartingWith("price index for 2018 is missing");
  }

  @Test
  void should_take_years_the_user_supplies_with_their_source() {
    PriceIndexSeries extended = cpi.withIndex(Year.of(2025), new BigDecimal("104.2"), "user");

    assertThat(extended.factor(Year.of(2023), Year.of(2025))).isEqualTo(new BigDecimal("1.079512"));
    assertThat(extended.index(Year.of(2025)).source()).isEqualTo("user");
    assertThat(extended.source()).endsWith("; user");
    assertThat(cpi.indices()).doesNotContainKey(Year.of(2025));
  }

  @Test
  void should_reject_an_index_that_is_not_positive_or_has_no_source() {
    assertThatThrownBy(() -> PriceIndex.of(BigDecimal.ZERO, "user"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("price index must be positive (previous year = 100), was 0");
    assertThatThrownBy(() -> PriceIndex.of(BigDecimal.TEN, " "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("price index source must not be blank");
  }

  @Test
  void should_refuse_a_target_year_before_the_base_year() {
    assertThatThrownBy(() -> cpi.factor(Year.of(2024), Year.of(2023)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target year must not be before the base year 2024, was 2023");
  }

  @Test
  void should_be_values() {
    new EqualsTester()
        .addEqualityGroup(cpi, PriceIndexSeries.polishCpi())
        .addEqualityGroup(cpi.withIndex(Year.of(2025), BigDecimal.TEN, "user"))
        .addEqualityGroup(PriceIndexSeries.of("empty"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PriceIndex.of(BigDecimal.TEN, "a"), PriceIndex.of(BigDecimal.TEN, "a"))
        .addEqualityGroup(PriceIndex.of(BigDecimal.TEN, "b"))
        .testEquals();
  }

  @Test
  void should_reject_nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Year.class, Year.of(2024))
            .setDefault(BigDecimal.class, BigDecimal.TEN);
    tester.testAllPublicStaticMethods(PriceIndexSeries.class);
    tester.testAllPublicInstanceMethods(cpi);
  }
}
