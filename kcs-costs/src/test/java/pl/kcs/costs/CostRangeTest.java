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
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import pl.kcs.core.people.PostFraction;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

class CostRangeTest {

  @Test
  void should_hold_the_training_range_of_the_source_KCS_COST_TRAINING() {
    CostRange training = plnRange("400", "800");

    assertThat(training.low()).isEqualTo(pln("400.00"));
    assertThat(training.high()).isEqualTo(pln("800.00"));
    assertThat(training.currency()).isEqualTo(PLN);
    assertThat(training.isExact()).isFalse();
    assertThat(training).hasToString("PLN 400.00–800.00");
  }

  @Test
  void should_hold_an_exact_figure_as_a_range_with_equal_bounds_KCS_COST_ANIMATOR() {
    CostRange pay = CostRange.exactly(pln("1800"));

    assertThat(pay.isExact()).isTrue();
    assertThat(pay).hasToString("PLN 1800.00");
  }

  @Test
  void should_make_up_to_ranges_start_at_zero_KCS_COST_EVENT() {
    assertThat(CostRange.upTo(pln("700"))).isEqualTo(plnRange("0", "700"));
  }

  @Test
  void should_reject_a_low_bound_above_the_high_bound() {
    assertThatThrownBy(() -> plnRange("800", "400"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost range low must not exceed high, was PLN 800 > PLN 400");
  }

  @Test
  void should_reject_a_negative_cost() {
    assertThatThrownBy(() -> plnRange("-1", "400"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost range low must not be negative, was PLN -1");
  }

  @Test
  void should_reject_bounds_in_two_currencies() {
    assertThatThrownBy(() -> CostRange.of(pln("1"), eur("2")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: PLN/EUR");
  }

  @Test
  void should_add_bound_by_bound_exactly() {
    assertThat(plnRange("250.10", "300").plus(plnRange("0.005", "0.2")))
        .isEqualTo(plnRange("250.105", "300.20"));
  }

  @Test
  void should_refuse_to_add_another_currency() {
    CostRange pln = plnRange("1", "2");
    CostRange eur = CostRange.of(eur("1"), eur("2"));

    assertThatThrownBy(() -> pln.plus(eur))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: PLN/EUR");
  }

  @Test
  void should_multiply_supervision_hours_exactly_KCS_COST_SUPERVISION() {
    assertThat(plnRange("250", "300").multipliedBy(10)).isEqualTo(plnRange("2500", "3000"));
    assertThat(plnRange("250", "300").multipliedBy(new BigDecimal("1.5")))
        .isEqualTo(plnRange("375", "450"));
  }

  @Test
  void should_cost_nothing_zero_times_KCS_COST_EVENT() {
    // no events planned, no supervision hours: a rate times zero is zero, not an error
    assertThat(plnRange("500", "800").multipliedBy(0)).isEqualTo(CostRange.zero(PLN));
    assertThat(plnRange("500", "800").multipliedBy(0).isZero()).isTrue();
    assertThat(plnRange("250", "300").multipliedBy(BigDecimal.ZERO)).isEqualTo(CostRange.zero(PLN));
    assertThat(plnRange("250", "300").multipliedBy(new BigDecimal("0.00")))
        .isEqualTo(CostRange.zero(PLN));
    assertThat(plnRange("250", "300").multipliedBy(1)).isEqualTo(plnRange("250", "300"));
  }

  @Test
  void should_tell_a_zero_range_from_one_that_costs_something() {
    assertThat(CostRange.zero(PLN).isZero()).isTrue();
    assertThat(plnRange("0", "0.01").isZero()).isFalse();
    assertThat(plnExactly("1").isZero()).isFalse();
  }

  @Test
  void distinct_ranges_hash_apart() {
    assertThat(
            List.of(
                    plnRange("1", "2"),
                    plnRange("2", "1000"),
                    plnExactly("1"),
                    plnExactly("2"),
                    CostRange.zero(PLN))
                .stream()
                .map(CostRange::hashCode)
                .distinct()
                .count())
        .isEqualTo(5);
  }

  @Test
  void should_reject_a_negative_multiplier() {
    assertThatThrownBy(() -> plnRange("1", "2").multipliedBy(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiplier must not be negative, was -1");
    assertThatThrownBy(() -> plnRange("1", "2").multipliedBy(new BigDecimal("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiplier must not be negative, was -0.5");
  }

  @Test
  void should_scale_the_full_post_pay_by_a_post_fraction_exactly_KCS_COST_ANIMATOR() {
    CostRange fullPost = plnExactly("7200");
    MathContext context = CostRange.QUOTIENT_CONTEXT;

    assertThat(fullPost.multipliedBy(PostFraction.QUARTER, context)).isEqualTo(plnExactly("1800"));
    assertThat(fullPost.multipliedBy(PostFraction.HALF, context)).isEqualTo(plnExactly("3600"));
    assertThat(fullPost.multipliedBy(PostFraction.of(1, 3), context)).isEqualTo(plnExactly("2400"));
  }

  @Test
  void should_carry_a_non_terminating_quotient_to_34_digits() {
    CostRange third = plnExactly("5000").dividedBy(3, CostRange.QUOTIENT_CONTEXT);

    assertThat(third.low().getAmount()).isEqualByComparingTo("1666.666666666666666666666666666667");
    assertThat(third.low().getAmount().precision()).isEqualTo(34);
  }

  @Test
  void should_reject_a_divisor_that_is_not_positive() {
    assertThatThrownBy(() -> plnExactly("1").dividedBy(0, CostRange.QUOTIENT_CONTEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("divisor must be positive, was 0");
  }

  @Test
  void should_round_once_to_the_grosz_with_the_given_mode() {
    CostRange raw = plnRange("381.91104", "382.005");

    assertThat(raw.roundedToMinorUnit(RoundingMode.HALF_UP))
        .isEqualTo(plnRange("381.91", "382.01"));
    assertThat(raw.roundedToMinorUnit(RoundingMode.HALF_EVEN))
        .isEqualTo(plnRange("381.91", "382.00"));
    assertThat(raw.roundedToMinorUnit(RoundingMode.DOWN)).isEqualTo(plnRange("381.91", "382.00"));
  }

  @Test
  void should_fail_rounding_with_UNNECESSARY_when_a_fraction_of_a_grosz_is_left() {
    assertThatThrownBy(() -> plnExactly("0.005").roundedToMinorUnit(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(plnExactly("0.50").roundedToMinorUnit(RoundingMode.UNNECESSARY))
        .isEqualTo(plnExactly("0.5"));
  }

  @Test
  void should_round_to_the_minor_unit_of_a_currency_without_one() {
    CurrencyUnit yen = CurrencyUnit.JPY;
    CostRange range = CostRange.of(yen, new BigDecimal("10.5"), new BigDecimal("11.4"));

    assertThat(range.roundedToMinorUnit(RoundingMode.HALF_UP))
        .isEqualTo(CostRange.of(yen, new BigDecimal("11"), new BigDecimal("11")));
  }

  @Test
  void should_compare_without_a_total_order() {
    CostRange wide = plnRange("100", "900");
    CostRange narrow = plnRange("400", "500");

    assertThat(wide.isAtMost(narrow)).isFalse();
    assertThat(wide.isAtLeast(narrow)).isFalse();
    assertThat(wide.encloses(narrow)).isTrue();
    assertThat(narrow.encloses(wide)).isFalse();
    assertThat(plnRange("100", "200").isAtMost(plnRange("100", "300"))).isTrue();
    assertThat(plnRange("100", "300").isAtLeast(plnRange("100", "200"))).isTrue();
    assertThat(narrow.contains(pln("400"))).isTrue();
    assertThat(narrow.contains(pln("500.01"))).isFalse();
  }

  @Test
  void should_refuse_to_compare_with_another_currency() {
    assertThatThrownBy(() -> plnRange("1", "2").isAtMost(CostRange.zero(EUR)))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> plnRange("1", "2").contains(eur("1")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void should_sum_ranges_and_give_zero_for_none() {
    assertThat(CostRange.total(PLN, List.of())).isEqualTo(CostRange.zero(PLN));
    assertThat(CostRange.total(PLN, List.of(plnRange("1", "2"), plnRange("3", "4"))))
        .isEqualTo(plnRange("4", "6"));
    assertThat(CostRange.zero(PLN).isZero()).isTrue();
  }

  @Test
  void should_be_equal_by_value_whatever_the_scale() {
    new EqualsTester()
        .addEqualityGroup(
            plnExactly("1800"),
            plnExactly("1800.00"),
            plnExactly("1800.0000"),
            CostRange.exactly(PLN, new BigDecimal("1.8E+3")))
        .addEqualityGroup(plnRange("1800", "1800.01"))
        .addEqualityGroup(CostRange.exactly(eur("1800")))
        .addEqualityGroup(CostRange.zero(PLN), plnRange("0.000", "0"))
        .testEquals();
  }

  @Test
  void should_keep_every_decimal_a_bound_needs_and_at_least_the_currency_scale() {
    assertThat(plnExactly("1.8E+3").low().getAmount().toPlainString()).isEqualTo("1800.00");
    assertThat(plnExactly("381.911040").low().getAmount().toPlainString()).isEqualTo("381.91104");
    assertThat(CostRange.zero(PLN).low().getAmount().toPlainString()).isEqualTo("0.00");
  }

  @Test
  void should_reject_nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(BigMoney.class, pln("1"))
            .setDefault(CurrencyUnit.class, PLN)
            .setDefault(CostRange.class, plnRange("1", "2"))
            .setDefault(PostFraction.class, PostFraction.HALF)
            .setDefault(MathContext.class, MathContext.DECIMAL128);
    tester.testAllPublicStaticMethods(CostRange.class);
    tester.testAllPublicInstanceMethods(plnRange("1", "2"));
  }

  @Test
  void should_keep_low_at_most_high_under_every_operation() {
    Property.check()
        .forAll(
            CostGens.pairs(CostGens.plnRanges(), CostGens.plnRanges()),
            pair -> {
              CostRange a = pair.first();
              CostRange b = pair.second();
              for (CostRange result :
                  List.of(
                      a.plus(b),
                      a.multipliedBy(7),
                      a.multipliedBy(new BigDecimal("1.036")),
                      a.dividedBy(7, CostRange.QUOTIENT_CONTEXT),
                      a.roundedToMinorUnit(RoundingMode.HALF_UP))) {
                assertThat(result.low().isLessThanOrEqual(result.high())).isTrue();
                assertThat(result.low().isNegative()).isFalse();
              }
            });
  }

  @Test
  void should_add_commutatively_and_associatively_and_with_zero_as_identity() {
    Gen<CostRange> ranges = CostGens.plnRanges();
    Property.check()
        .forAll(
            CostGens.pairs(ranges, CostGens.pairs(ranges, ranges)),
            triple -> {
              CostRange a = triple.first();
              CostRange b = triple.second().first();
              CostRange c = triple.second().second();
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.plus(CostRange.zero(PLN))).isEqualTo(a);
              assertThat(a.plus(b).isAtLeast(a)).isTrue();
            });
  }

  @Test
  void should_never_cost_less_when_multiplied_by_more() {
    Property.check()
        .forAll(
            CostGens.pairs(CostGens.plnRanges(), Gens.ints(0, 1_000)),
            pair ->
                assertThat(pair.first().multipliedBy(pair.second() + 1L))
                    .matches(more -> more.isAtLeast(pair.first().multipliedBy(pair.second()))));
  }

  @Test
  void should_never_move_a_bound_by_more_than_half_a_grosz_when_rounding_half_up() {
    Property.check()
        .forAll(
            CostGens.plnRanges(),
            range -> {
              CostRange rounded = range.roundedToMinorUnit(RoundingMode.HALF_UP);
              BigDecimal half = new BigDecimal("0.005");
              assertThat(rounded.low().minus(range.low()).getAmount().abs())
                  .isLessThanOrEqualTo(half);
              assertThat(rounded.high().minus(range.high()).getAmount().abs())
                  .isLessThanOrEqualTo(half);
              assertThat(rounded.low().getScale()).isEqualTo(2);
            });
  }
}
