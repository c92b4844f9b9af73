package pl.kcs.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

class PostFractionTest {

  @Test
  void distinct_fractions_of_a_post_hash_apart() {
    java.util.Set<PostFraction> fractions = new java.util.HashSet<>();
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (long denominator = 1; denominator <= 12; denominator++) {
      for (long numerator = 1; numerator <= denominator; numerator++) {
        PostFraction fraction = PostFraction.of(numerator, denominator);
        if (fractions.add(fraction)) {
          hashes.add(fraction.hashCode());
        }
      }
    }
    assertThat(hashes).hasSameSizeAs(fractions);
  }

  @Test
  void should_reduce_a_fraction_so_that_equal_posts_are_equal() {
    PostFraction twoQuarters = PostFraction.of(2, 4);

    assertThat(twoQuarters).isEqualTo(PostFraction.HALF).hasSameHashCodeAs(PostFraction.HALF);
    assertThat(twoQuarters.numerator()).isEqualTo(1);
    assertThat(twoQuarters.denominator()).isEqualTo(2);
    assertThat(PostFraction.of(7, 7)).isEqualTo(PostFraction.FULL);
  }

  @Test
  @DisplayName("KCS-REM-FTE, KCS-COST-ANIMATOR: the constants are a full post, ½ and ¼")
  void constants_are_the_posts_of_the_source() {
    assertThat(PostFraction.FULL).hasToString("1");
    assertThat(PostFraction.HALF).hasToString("1/2");
    assertThat(PostFraction.QUARTER).hasToString("1/4");
  }

  @Test
  void should_reject_a_post_fraction_outside_zero_to_one() {
    assertThatThrownBy(() -> PostFraction.of(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was 3/2");
    assertThatThrownBy(() -> PostFraction.of(0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was 0/4");
    assertThatThrownBy(() -> PostFraction.of(-1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was -1/4");
  }

  @Test
  void should_reject_a_denominator_that_is_not_positive() {
    assertThatThrownBy(() -> PostFraction.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction denominator must be positive, was 0");
    assertThatThrownBy(() -> PostFraction.of(-1, -4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction denominator must be positive, was -4");
  }

  @Test
  void should_take_a_decimal_exactly() {
    assertThat(PostFraction.ofDecimal(new BigDecimal("0.25"))).isEqualTo(PostFraction.QUARTER);
    assertThat(PostFraction.ofDecimal(new BigDecimal("0.3"))).isEqualTo(PostFraction.of(3, 10));
    assertThat(PostFraction.ofDecimal(new BigDecimal("0.500"))).isEqualTo(PostFraction.HALF);
    assertThat(PostFraction.ofDecimal(new BigDecimal("1.00"))).isEqualTo(PostFraction.FULL);
    assertThat(PostFraction.ofDecimal(new BigDecimal("1E-18")))
        .isEqualTo(PostFraction.of(1, 1_000_000_000_000_000_000L));
  }

  @Test
  void should_reject_a_decimal_outside_zero_to_one() {
    assertThatThrownBy(() -> PostFraction.ofDecimal(new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was 1.5");
    assertThatThrownBy(() -> PostFraction.ofDecimal(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was 0");
    assertThatThrownBy(() -> PostFraction.ofDecimal(new BigDecimal("-0.25")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was -0.25");
    assertThatThrownBy(() -> PostFraction.ofDecimal(new BigDecimal("1E+1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was 10");
    assertThatThrownBy(() -> PostFraction.ofDecimal(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("decimal");
  }

  @Test
  void should_reject_a_decimal_whose_denominator_does_not_fit_in_a_long() {
    assertThatThrownBy(() -> PostFraction.ofDecimal(new BigDecimal("0.0000000000000000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "postFraction must have a denominator that fits in a long, was 0.0000000000000000001");
    assertThatThrownBy(() -> PostFraction.parse("0.1234567890123456789"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "postFraction must have a denominator that fits in a long, was 0.1234567890123456789");
  }

  @Test
  void should_parse_fractions_whole_numbers_and_decimals() {
    assertThat(PostFraction.parse("1/4")).isEqualTo(PostFraction.QUARTER);
    assertThat(PostFraction.parse(" 2 / 4 ")).isEqualTo(PostFraction.HALF);
    assertThat(PostFraction.parse("1")).isEqualTo(PostFraction.FULL);
    assertThat(PostFraction.parse("0.25")).isEqualTo(PostFraction.QUARTER);
    assertThat(PostFraction.parse("1/3")).hasToString("1/3");
  }

  @Test
  void should_reject_text_that_is_not_a_fraction_naming_the_field_but_not_repeating_the_text() {
    for (String bad : new String[] {"", "abc", "1/", "/4", "1/4/5", "¼", "0,25", "1 / x"}) {
      assertThatThrownBy(() -> PostFraction.parse(bad))
          .as("'%s'", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "postFraction must be a fraction like 1/4 or a decimal like 0.25; the value is not repeated");
    }
    assertThatThrownBy(() -> PostFraction.parse("5/4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be in (0, 1], was 5/4");
    assertThatThrownBy(() -> PostFraction.parse("1/0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction denominator must be positive, was 0");
    assertThatThrownBy(() -> PostFraction.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void should_convert_to_a_decimal_only_with_an_explicit_context() {
    assertThat(PostFraction.QUARTER.toBigDecimal(MathContext.DECIMAL64))
        .isEqualByComparingTo("0.25");
    assertThat(PostFraction.of(1, 3).toBigDecimal(new MathContext(4, RoundingMode.HALF_EVEN)))
        .isEqualTo(new BigDecimal("0.3333"));
    assertThat(PostFraction.of(2, 3).toBigDecimal(new MathContext(2, RoundingMode.DOWN)))
        .isEqualTo(new BigDecimal("0.66"));
  }

  @Test
  void should_order_fractions_by_size() {
    assertThat(PostFraction.QUARTER.isLessThan(PostFraction.of(1, 3))).isTrue();
    assertThat(PostFraction.HALF.isLessThan(PostFraction.of(2, 4))).isFalse();
    assertThat(PostFraction.FULL).isGreaterThan(PostFraction.of(999, 1000));
    assertThat(PostFraction.of(1, 3).compareTo(PostFraction.of(2, 6))).isZero();
  }

  @Test
  @DisplayName("KCS-REM-FTE: a post fraction is an amount of full-time posts")
  void converts_to_fte() {
    assertThat(PostFraction.of(3, 4).toFte()).isEqualTo(Fte.of(3, 4));
  }

  // ------------------------------------------------------------------ properties

  @Test
  void property_toString_and_parse_round_trip() {
    Property.check()
        .forAll(
            CoreGenerators.postFractions(),
            fraction -> {
              assertThat(PostFraction.parse(fraction.toString())).isEqualTo(fraction);
              assertThat(PostFraction.parse(fraction.toString()).toString())
                  .isEqualTo(fraction.toString());
            });
  }

  @Test
  void property_of_decimal_is_exact() {
    Gen<BigDecimal> decimals =
        random -> {
          int scale = random.nextInt(0, 19);
          long unscaled = random.nextLong(1, BigDecimal.TEN.pow(scale).longValueExact() + 1);
          return BigDecimal.valueOf(unscaled, scale);
        };
    Property.check()
        .forAll(
            decimals,
            decimal -> {
              PostFraction fraction = PostFraction.ofDecimal(decimal);
              assertThat(new BigDecimal(fraction.numerator()))
                  .isEqualByComparingTo(decimal.multiply(new BigDecimal(fraction.denominator())));
              assertThat(PostFraction.parse(decimal.toPlainString())).isEqualTo(fraction);
              assertThat(fraction.toBigDecimal(MathContext.UNLIMITED))
                  .isEqualByComparingTo(decimal);
            });
  }

  @Test
  void property_of_n_d_equals_of_kn_kd() {
    Gen<long[]> fractionAndFactor =
        random -> {
          long denominator = random.nextLong(1, 1_000);
          return new long[] {
            random.nextLong(1, denominator + 1), denominator, random.nextLong(1, 10_000)
          };
        };
    Property.check()
        .forAll(
            fractionAndFactor,
            input -> {
              long n = input[0];
              long d = input[1];
              long k = input[2];
              PostFraction fraction = PostFraction.of(n, d);
              PostFraction scaled = PostFraction.of(k * n, k * d);
              assertThat(scaled)
                  .isEqualTo(fraction)
                  .hasSameHashCodeAs(fraction)
                  .hasToString(fraction.toString());
              assertThat(scaled.compareTo(fraction)).isZero();
            });
  }

  @Test
  void property_fractions_outside_zero_to_one_are_rejected_with_a_message_naming_the_field() {
    Gen<long[]> outside =
        Gens.frequencyOneOf(
            random -> {
              long d = random.nextLong(1, 1_000);
              return new long[] {random.nextLong(d + 1, 10 * d + 2), d};
            },
            random -> new long[] {random.nextLong(-1_000, 1), random.nextLong(1, 1_000)},
            random -> new long[] {random.nextLong(-1_000, 1_000), random.nextLong(-1_000, 1)});
    Property.check()
        .forAll(
            outside,
            input -> {
              assertThatThrownBy(() -> PostFraction.of(input[0], input[1]))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("postFraction ")
                  .hasMessageEndingWith(
                      input[1] > 0 ? input[0] + "/" + input[1] : String.valueOf(input[1]));
              assertThatThrownBy(() -> PostFraction.parse(input[0] + "/" + input[1]))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("postFraction ");
            });
  }
}
