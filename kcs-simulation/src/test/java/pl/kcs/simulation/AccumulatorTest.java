package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The aggregation bins money without a long division per replication and month (issue 17); the
 * bin must still be exactly {@code min(MONEY_BINS, amount / width)}.
 */
class AccumulatorTest {

  @Test
  void a_money_bin_is_the_exact_quotient_capped_at_the_last_bin() {
    long seed = 17;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200_000; i++) {
      long width = 1 + random.nextLong(i % 2 == 0 ? 1_000 : 10_000_000_000L);
      long amount = random.nextLong(width * (Accumulator.MONEY_BINS + 50));
      assertThat(Accumulator.bin(amount, width, 1.0 / width))
          .as("amount %s, width %s (seed %s)", amount, width, seed)
          .isEqualTo((int) Math.min(Accumulator.MONEY_BINS, amount / width));
    }
  }

  @Test
  void amounts_on_a_bin_boundary_fall_into_the_upper_bin() {
    for (long width : new long[] {1, 3, 7, 1000, 99_991, 1L << 40, 123_456_789_012L}) {
      for (long bin = 0; bin <= Accumulator.MONEY_BINS; bin += 37) {
        long boundary = bin * width;
        assertThat(Accumulator.bin(boundary, width, 1.0 / width)).isEqualTo((int) bin);
        if (boundary > 0) {
          assertThat(Accumulator.bin(boundary - 1, width, 1.0 / width)).isEqualTo((int) bin - 1);
        }
      }
    }
  }

  @Test
  void zero_costs_fall_into_the_first_bin_and_costs_past_the_bound_into_the_last() {
    assertThat(Accumulator.bin(0, 5, 0.2)).isZero();
    assertThat(Accumulator.bin(5L * Accumulator.MONEY_BINS * 3, 5, 0.2))
        .isEqualTo(Accumulator.MONEY_BINS);
  }
}
