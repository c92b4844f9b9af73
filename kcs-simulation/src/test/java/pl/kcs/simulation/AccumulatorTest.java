package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The aggregation bins money without a long division per replication and month (issue 17); the
 * bin must still be exactly {@code min(MONEY_BINS, amount / width)}. Costs tallied by their counts
 * and priced once give exactly the aggregates of pricing every replication.
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

  @Test
  void costs_tallied_and_priced_once_give_the_aggregates_of_pricing_every_replication() {
    for (ScenarioParameters scenario :
        List.of(
            ScenarioParameters.defaults(),
            ScenarioParameters.pilot(),
            ScenarioParameters.builder().months(30).animators(2).maxGroups(4).build())) {
      MonthlyRates rates = new MonthlyRates(scenario);
      Accumulator tallied = new Accumulator(scenario, rates);
      Accumulator priced = new Accumulator(scenario, rates, 0);
      Model model = new Model(scenario);
      SplittableRandom root = new SplittableRandom(3);
      for (int r = 0; r < 3000; r++) {
        model.run(root.split());
        tallied.add(model);
        priced.add(model);
        if (r == 1000) {
          tallied.flush(); // a flush midway changes nothing
        }
      }
      assertThat(fields(tallied)).as("%s", scenario).isEqualTo(fields(priced));
    }
  }

  private static List<Long> fields(Accumulator accumulator) {
    List<Long> fields = new ArrayList<>();
    accumulator.visit(fields::add);
    return fields;
  }
}
