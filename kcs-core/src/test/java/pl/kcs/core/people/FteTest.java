package pl.kcs.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

class FteTest {

  @Test
  void should_reduce_and_allow_zero_and_more_than_one_post() {
    assertThat(Fte.of(0, 7)).isSameAs(Fte.ZERO).hasToString("0");
    assertThat(Fte.of(6, 4)).isEqualTo(Fte.of(3, 2)).hasToString("3/2");
    assertThat(Fte.of(4, 2)).hasToString("2");
    assertThat(Fte.of(6, 4).numerator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Fte.of(6, 4).denominator()).isEqualTo(BigInteger.valueOf(2));
  }

  @Test
  void should_reject_a_negative_amount_or_a_denominator_that_is_not_positive() {
    assertThatThrownBy(() -> Fte.of(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fte must not be negative, was -1/2");
    assertThatThrownBy(() -> Fte.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fte denominator must be positive, was 0");
    assertThatThrownBy(() -> Fte.of(1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fte denominator must be positive, was -2");
  }

  @Test
  @DisplayName("KCS-REM-FTE: two ¼ posts make the ½ FTE the source deems enough")
  void two_quarter_posts_make_half_a_post() {
    Fte total = Fte.ZERO.plus(PostFraction.QUARTER).plus(PostFraction.QUARTER);

    assertThat(total).isEqualTo(PostFraction.HALF.toFte());
    assertThat(total.isLessThan(PostFraction.HALF)).isFalse();
    assertThat(Fte.ZERO.plus(PostFraction.QUARTER).isLessThan(PostFraction.HALF)).isTrue();
  }

  @Test
  void should_add_exactly_without_rounding() {
    Fte thirds =
        Fte.ZERO
            .plus(PostFraction.of(1, 3))
            .plus(PostFraction.of(1, 3))
            .plus(PostFraction.of(1, 3));

    assertThat(thirds).isEqualTo(Fte.of(1, 1));
    assertThat(Fte.of(1, 6).plus(Fte.of(1, 3))).isEqualTo(Fte.of(1, 2));
    assertThat(Fte.of(1, 3).toBigDecimal(MathContext.DECIMAL32))
        .isEqualTo(new BigDecimal("0.3333333"));
    assertThat(Fte.of(5, 4)).isGreaterThan(Fte.of(6, 5));
  }

  @Test
  void should_add_posts_exactly_however_large_their_sum_or_its_denominator() {
    Fte huge = Fte.of(Long.MAX_VALUE / 2, 1);
    assertThat(huge.plus(huge).plus(huge).toString())
        .isEqualTo(
            BigInteger.valueOf(Long.MAX_VALUE / 2).multiply(BigInteger.valueOf(3)).toString());

    // Issue 16: 1/999999999989 + 1/999999999961 ended in an ArithmeticException (exit 3).
    Fte sum =
        PostFraction.of(1, 999_999_999_989L).toFte().plus(PostFraction.of(1, 999_999_999_961L));
    BigInteger p = BigInteger.valueOf(999_999_999_989L);
    BigInteger q = BigInteger.valueOf(999_999_999_961L);
    assertThat(sum).isEqualTo(Fte.of(p.add(q), p.multiply(q)));
    assertThat(sum.isLessThan(PostFraction.HALF)).isTrue();
  }

  @Test
  void should_compare_exactly_where_cross_products_overflow_a_long() {
    long big = 1L << 62;
    // both cross products beyond a long: big/(big-1) = 1 + 1/(big-1) < (big-1)/(big-3) = 1 +
    // 2/(big-3)
    assertThat(Fte.of(big, big - 1)).isLessThan(Fte.of(big - 1, big - 3));
    // one cross product beyond a long whose low 64 bits are small: 3·(2^63 - 1) wraps to 2^63 - 3
    assertThat(Fte.of(Long.MAX_VALUE, 1)).isGreaterThan(Fte.of(Long.MAX_VALUE - 1, 3));
    // a cross product in [2^63, 2^64): its high half is zero, its low half negative as a long
    assertThat(Fte.of(big, 5)).isGreaterThan(Fte.of(1, 3));
    assertThat(Fte.of(1, 3)).isLessThan(Fte.of(big, 5));
    assertThat(Fte.of(big, 3).compareTo(Fte.of(big, 3))).isZero();
  }

  @Test
  void property_comparison_agrees_with_exact_cross_multiplication_for_any_amounts() {
    Gen<Long> positive = Gens.longs(1, Long.MAX_VALUE);
    Gen<long[]> quadruples =
        Gens.zip(
            Gens.zip(positive, positive, (a, b) -> new long[] {a, b}),
            Gens.zip(positive, positive, (c, d) -> new long[] {c, d}),
            (ab, cd) -> new long[] {ab[0], ab[1], cd[0], cd[1]});
    Property.check()
        .forAll(
            quadruples,
            q -> {
              Fte x = Fte.of(q[0], q[1]);
              Fte y = Fte.of(q[2], q[3]);
              int exact =
                  x.numerator()
                      .multiply(y.denominator())
                      .compareTo(y.numerator().multiply(x.denominator()));
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(exact);
              assertThat(Integer.signum(y.compareTo(x))).isEqualTo(-exact);
            });
  }

  @Test
  void distinct_amounts_of_posts_hash_apart() {
    Set<Integer> hashes = new HashSet<>();
    Set<Fte> amounts = new HashSet<>();
    for (long denominator = 1; denominator <= 12; denominator++) {
      for (long numerator = 0; numerator <= 2 * denominator; numerator++) {
        Fte amount = Fte.of(numerator, denominator);
        if (amounts.add(amount)) {
          hashes.add(amount.hashCode());
        }
      }
    }
    assertThat(hashes).hasSameSizeAs(amounts);
  }

  @Test
  void property_a_sum_of_posts_is_exact_and_does_not_depend_on_their_order() {
    Property.check()
        .forAllWithRandom(
            Gens.listsOf(CoreGenerators.commonPostFractions(), 0, 30),
            (posts, random) -> {
              Fte forwards = sum(posts);
              Fte shuffled = sum(Gens.shuffled(posts, random));
              assertThat(shuffled).isEqualTo(forwards);
              BigDecimal exact = BigDecimal.ZERO;
              BigDecimal commonDenominator = BigDecimal.ONE;
              for (PostFraction post : posts) {
                commonDenominator =
                    commonDenominator.multiply(BigDecimal.valueOf(post.denominator()));
              }
              for (PostFraction post : posts) {
                exact =
                    exact.add(
                        commonDenominator
                            .divide(BigDecimal.valueOf(post.denominator()))
                            .multiply(BigDecimal.valueOf(post.numerator())));
              }
              // forwards == exact / commonDenominator, compared without division
              assertThat(new BigDecimal(forwards.numerator()).multiply(commonDenominator))
                  .isEqualByComparingTo(exact.multiply(new BigDecimal(forwards.denominator())));
            });
  }

  @Test
  void property_adding_an_amount_equals_adding_its_parts() {
    Property.check()
        .forAll(
            Gens.listsOf(CoreGenerators.commonPostFractions(), 0, 8),
            posts -> {
              int half = posts.size() / 2;
              Fte whole = sum(posts);
              Fte inParts =
                  sum(posts.subList(0, half)).plus(sum(posts.subList(half, posts.size())));
              assertThat(inParts).isEqualTo(whole);
            });
  }

  private static Fte sum(List<PostFraction> posts) {
    Fte total = Fte.ZERO;
    for (PostFraction post : posts) {
      total = total.plus(post);
    }
    return total;
  }
}
