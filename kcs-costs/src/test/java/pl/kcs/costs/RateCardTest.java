package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.costs.CostFixtures.EUR;
import static pl.kcs.costs.CostFixtures.PLN;
import static pl.kcs.costs.CostFixtures.eur;
import static pl.kcs.costs.CostFixtures.pln;
import static pl.kcs.costs.CostFixtures.plnExactly;
import static pl.kcs.costs.CostFixtures.plnRange;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.Year;
import org.joda.money.CurrencyMismatchException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.people.PostFraction;
import pl.kcs.testing.Property;

class RateCardTest {

  private final RateCard card = RateCard.kcs2023();

  @Test
  @DisplayName(
      "KCS-COST-ANIMATOR: 7,200 PLN gross a month per full post, so 1,800 at ¼ and 3,600 at ½")
  void should_pay_animators_linearly_in_the_post_fraction_KCS_COST_ANIMATOR() {
    assertThat(card.animatorPayPerFullPost()).isEqualTo(plnExactly("7200"));
    assertThat(card.animatorMonthlyPay(PostFraction.QUARTER)).isEqualTo(plnExactly("1800.00"));
    assertThat(card.animatorMonthlyPay(PostFraction.HALF)).isEqualTo(plnExactly("3600.00"));
    assertThat(card.animatorMonthlyPay(PostFraction.of(1, 3))).isEqualTo(plnExactly("2400.00"));
    assertThat(card.animatorMonthlyPay(PostFraction.FULL)).isEqualTo(plnExactly("7200.00"));
  }

  @Test
  @DisplayName("KCS-COST-TRAINING: one training for one animator costs 400–800 PLN")
  void should_price_one_training_of_one_animator_at_400_to_800_KCS_COST_TRAINING() {
    assertThat(card.trainingPerAnimator()).isEqualTo(plnRange("400", "800"));
  }

  @Test
  @DisplayName("KCS-COST-SUPERVISION: supervision costs 250–300 PLN an hour")
  void should_price_supervision_at_250_to_300_an_hour_KCS_COST_SUPERVISION() {
    assertThat(card.supervisionPerHour()).isEqualTo(plnRange("250", "300"));
  }

  @Test
  @DisplayName("KCS-COST-EVENT: an event costs up to 700 PLN, from a lower bound of 0 by default")
  void should_price_events_up_to_700_from_zero_KCS_COST_EVENT() {
    assertThat(card.eventEach()).isEqualTo(plnRange("0", "700"));
    assertThat(card.withEventLowerBound(pln("150")).eventEach()).isEqualTo(plnRange("150", "700"));
  }

  @Test
  void should_reject_an_event_lower_bound_above_700_KCS_COST_EVENT() {
    assertThatThrownBy(() -> card.withEventLowerBound(pln("701")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost range low must not exceed high, was PLN 701 > PLN 700.00");
  }

  @Test
  void should_hold_2023_PLN_prices_with_the_common_polish_employer_rate() {
    assertThat(card.currency()).isEqualTo(PLN);
    assertThat(card.priceYear()).isEqualTo(Year.of(2023));
    assertThat(card.name()).isEqualTo("KCS");
    assertThat(card.region()).isEmpty();
    assertThat(card.indexations()).isEmpty();
    assertThat(card.employerContributions()).isEqualTo(EmployerContributions.polishDefault());
  }

  @Test
  void should_let_a_user_bring_a_card_of_another_year_region_currency_and_rate() {
    RateCard own =
        RateCard.builder()
            .name("Programme X")
            .region("Saxony")
            .currency(EUR)
            .priceYear(Year.of(2025))
            .animatorPayPerFullPost(CostRange.exactly(eur("4000")))
            .trainingPerAnimator(CostRange.of(eur("150"), eur("300")))
            .supervisionPerHour(CostRange.exactly(eur("90")))
            .eventEach(CostRange.of(eur("50"), eur("400")))
            .build();

    assertThat(own.animatorMonthlyPay(PostFraction.QUARTER))
        .isEqualTo(CostRange.exactly(eur("1000")));
    assertThat(own.employerContributions().isNone()).isTrue();
    assertThat(own.region()).contains("Saxony");
  }

  @Test
  void should_reject_a_rate_in_another_currency_than_the_card() {
    assertThatThrownBy(() -> card.withSupervisionPerHour(CostRange.exactly(eur("90"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("supervisionPerHour must be in the card's currency PLN, was EUR");
    assertThatThrownBy(
            () ->
                card.withEmployerContributions(
                    EmployerContributions.polishDefault().withLabourFundThreshold(eur("1000"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("labourFundThreshold must be in the card's currency PLN, was EUR");
  }

  @Test
  void should_reject_a_blank_name() {
    assertThatThrownBy(() -> card.withName(" "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rate card name must not be blank");
  }

  @Test
  @DisplayName(
      "Indexed to 2024 with the shipped GUS CPI, every 2023 rate is multiplied by 1.036 exactly")
  void should_reprice_the_2023_rates_to_2024_with_the_shipped_cpi() {
    RateCard indexed = card.indexedTo(Year.of(2024), PriceIndexSeries.polishCpi());

    assertThat(indexed.priceYear()).isEqualTo(Year.of(2024));
    assertThat(indexed.animatorPayPerFullPost()).isEqualTo(plnExactly("7459.20"));
    assertThat(indexed.animatorMonthlyPay(PostFraction.QUARTER)).isEqualTo(plnExactly("1864.80"));
    assertThat(indexed.trainingPerAnimator()).isEqualTo(plnRange("414.40", "828.80"));
    assertThat(indexed.supervisionPerHour()).isEqualTo(plnRange("259", "310.80"));
    assertThat(indexed.eventEach()).isEqualTo(plnRange("0", "725.20"));
    assertThat(indexed.employerContributions()).isEqualTo(card.employerContributions());
    assertThat(indexed.indexations())
        .containsExactly(
            Indexation.of(
                Year.of(2023),
                Year.of(2024),
                new BigDecimal("1.036"),
                PriceIndexSeries.polishCpi().source()));
  }

  @Test
  void should_record_every_repricing_in_order() {
    PriceIndexSeries series =
        PriceIndexSeries.polishCpi()
            .withIndex(Year.of(2025), new BigDecimal("104.0"), "user estimate");

    RateCard twice = card.indexedTo(Year.of(2024), series).indexedTo(Year.of(2025), series);

    assertThat(twice.indexations())
        .extracting(Indexation::toYear)
        .containsExactly(Year.of(2024), Year.of(2025));
    assertThat(twice.supervisionPerHour()).isEqualTo(plnRange("269.36", "323.232"));
  }

  @Test
  void should_fail_naming_the_missing_year_instead_of_assuming_no_change() {
    assertThatThrownBy(() -> card.indexedTo(Year.of(2026), PriceIndexSeries.polishCpi()))
        .isInstanceOf(MissingPriceIndexException.class)
        .hasMessage(
            "price index for 2025 is missing from the series 'Polish CPI (GUS)'; supply it with"
                + " withIndex(Year.of(2025), value, source)");
  }

  @Test
  void should_refuse_to_index_backwards() {
    assertThatThrownBy(() -> card.indexedTo(Year.of(2022), PriceIndexSeries.polishCpi()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target year must not be before the card's price year 2023, was 2022");
  }

  @Test
  void should_leave_a_card_indexed_to_its_own_year_as_it_is() {
    assertThat(card.indexedTo(Year.of(2023), PriceIndexSeries.of("empty"))).isSameAs(card);
  }

  @Test
  void should_change_no_rate_when_indexed_by_a_series_of_ones() {
    Property.check()
        .forAll(
            CostGens.rateCards(),
            card -> {
              PriceIndexSeries flat = PriceIndexSeries.of("flat");
              for (int year = 2019; year <= 2040; year++) {
                flat = flat.withIndex(Year.of(year), new BigDecimal("100.0"), "test");
              }
              RateCard indexed = card.indexedTo(Year.of(2040), flat);
              assertThat(indexed.animatorPayPerFullPost()).isEqualTo(card.animatorPayPerFullPost());
              assertThat(indexed.trainingPerAnimator()).isEqualTo(card.trainingPerAnimator());
              assertThat(indexed.supervisionPerHour()).isEqualTo(card.supervisionPerHour());
              assertThat(indexed.eventEach()).isEqualTo(card.eventEach());
              assertThat(indexed.withPriceYear(card.priceYear()).withIndexations()).isEqualTo(card);
            });
  }

  @Test
  void should_be_a_value() {
    new EqualsTester()
        .addEqualityGroup(RateCard.kcs2023(), RateCard.kcs2023().withName("KCS"))
        .addEqualityGroup(RateCard.kcs2023().withRegion("Mazowsze"))
        .addEqualityGroup(RateCard.kcs2023().withEventLowerBound(pln("100")))
        .testEquals();
  }

  @Test
  void should_report_a_currency_mismatch_between_two_bounds_of_a_rate() {
    assertThatThrownBy(() -> CostRange.of(pln("1"), eur("2")))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
