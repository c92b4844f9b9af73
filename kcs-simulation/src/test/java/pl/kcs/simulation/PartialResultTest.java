package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

class PartialResultTest {

  /** A run: a small scenario, a seed and a number of replications spanning a few blocks. */
  private static final class Run {
    final ScenarioParameters parameters;
    final RunSettings settings;

    Run(ScenarioParameters parameters, RunSettings settings) {
      this.parameters = parameters;
      this.settings = settings;
    }

    @Override
    public String toString() {
      return "months="
          + parameters.months()
          + ", maxGroups="
          + parameters.maxGroups()
          + ", animators="
          + parameters.animators()
          + ", "
          + settings;
    }
  }

  private static final Gen<Run> RUNS =
      random ->
          new Run(
              ScenarioParameters.builder()
                  .months(1 + random.nextInt(14))
                  .maxGroups(1 + random.nextInt(4))
                  .animators(random.nextInt(3))
                  .newGroupProbability(random.nextDouble())
                  .build(),
              RunSettings.builder()
                  .seed(random.nextLong())
                  .replications(1 + random.nextInt(7 * Simulation.BLOCK_SIZE))
                  .threads(1 + random.nextInt(3))
                  .build());

  @Test
  void parts_of_a_run_merged_in_any_split_and_any_order_give_the_whole_run_byte_for_byte_in_csv() {
    Property.check()
        .trials(40)
        .forAllWithRandom(
            RUNS,
            (run, random) -> {
              Simulation simulation = Simulation.of(run.parameters);
              SimulationResult whole = simulation.run(run.settings);
              long blocks = Simulation.blocks(run.settings.replications());

              // Any split: cut the blocks at random points into ranges, run each range apart.
              List<PartialResult> parts = new ArrayList<>();
              long start = 0;
              while (start < blocks) {
                long end = start + 1 + random.nextInt((int) (blocks - start));
                parts.add(simulation.runBlocks(run.settings, start, end));
                start = end;
              }
              // Any order, any tree: merge two random parts until one is left.
              Collections.shuffle(parts, new Random(random.nextLong()));
              while (parts.size() > 1) {
                PartialResult a = parts.remove(random.nextInt(parts.size()));
                PartialResult b = parts.remove(random.nextInt(parts.size()));
                parts.add(random.nextBoolean() ? a.merge(b) : b.merge(a));
              }
              PartialResult merged = parts.get(0);

              assertThat(merged.isComplete()).isTrue();
              assertThat(merged.toResult().toCsv()).isEqualTo(whole.toCsv());
              assertThat(merged.toResult().groupMonths()).isEqualTo(whole.groupMonths());
              assertThat(merged.toResult().rulesReopened()).isEqualTo(whole.rulesReopened());
              assertThat(merged.toBytes())
                  .isEqualTo(simulation.runBlocks(run.settings, 0, blocks).toBytes());
            });
  }

  @Test
  void a_part_travels_as_bytes_and_comes_back_equal() {
    Property.check()
        .trials(30)
        .forAllWithRandom(
            RUNS,
            (run, random) -> {
              Simulation simulation = Simulation.of(run.parameters);
              long blocks = Simulation.blocks(run.settings.replications());
              long from = random.nextInt((int) blocks);
              PartialResult part =
                  simulation.runBlocks(
                      run.settings, from, from + 1 + random.nextInt((int) (blocks - from)));

              PartialResult back = PartialResult.fromBytes(simulation, part.toBytes());

              assertThat(back).isEqualTo(part);
              assertThat(back.blocksText()).isEqualTo(part.blocksText());
              assertThat(back.replicationsDone()).isEqualTo(part.replicationsDone());
            });
  }

  @Test
  void merging_is_commutative_and_associative() {
    Simulation simulation = Simulation.of(ScenarioParameters.builder().months(10).build());
    RunSettings settings =
        RunSettings.builder().seed(5).replications(3 * Simulation.BLOCK_SIZE).build();
    PartialResult a = simulation.runBlocks(settings, 0, 1);
    PartialResult b = simulation.runBlocks(settings, 1, 2);
    PartialResult c = simulation.runBlocks(settings, 2, 3);

    assertThat(a.merge(b)).isEqualTo(b.merge(a));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
    assertThat(a.merge(c).blocksText()).isEqualTo("0, 2");
    assertThat(a.merge(c).isComplete()).isFalse();
    assertThat(a.merge(c).merge(b).blocksText()).isEqualTo("0-2");
  }

  @Test
  void parts_that_do_not_belong_together_are_refused_naming_what_differs() {
    ScenarioParameters scenario = ScenarioParameters.builder().months(6).build();
    Simulation simulation = Simulation.of(scenario);
    RunSettings settings =
        RunSettings.builder().seed(1).replications(2 * Simulation.BLOCK_SIZE).build();
    PartialResult first = simulation.runBlocks(settings, 0, 1);

    assertThatThrownBy(() -> first.merge(simulation.runBlocks(settings, 0, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block 0 is in both parts");
    assertThatThrownBy(
            () ->
                first.merge(
                    simulation.runBlocks(
                        RunSettings.builder().seed(2).replications(2048).build(), 1, 2)))
        .hasMessage("parts of different seeds cannot be merged: 1 and 2");
    assertThatThrownBy(
            () ->
                first.merge(
                    simulation.runBlocks(
                        RunSettings.builder().seed(1).replications(2049).build(), 1, 2)))
        .hasMessage(
            "parts of runs of different sizes cannot be merged: 2048 and 2049 replications");
    assertThatThrownBy(
            () -> first.merge(Simulation.of(scenario.withMaxGroups(5)).runBlocks(settings, 1, 2)))
        .hasMessage("parts of different scenarios cannot be merged: the parameters differ");
    assertThatThrownBy(first::toResult)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a result needs every block 0-1 of the run, this part holds 0");
    assertThatThrownBy(() -> simulation.runBlocks(settings, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromBlock must be in [0, 2), was 2");
    assertThatThrownBy(() -> simulation.runBlocks(settings, 1, 1))
        .hasMessage("toBlock must be in (1, 2], was 1");
  }

  @Test
  void bytes_that_are_not_a_part_of_this_scenario_are_refused() {
    Simulation simulation = Simulation.of(ScenarioParameters.builder().months(6).build());
    byte[] bytes =
        simulation
            .runBlocks(RunSettings.builder().seed(1).replications(100).build(), 0, 1)
            .toBytes();

    assertThatThrownBy(() -> PartialResult.fromBytes(simulation, new byte[] {1, 2, 3, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a kcs partial result: wrong leading bytes");
    assertThatThrownBy(
            () -> PartialResult.fromBytes(simulation, Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a kcs partial result of this scenario: too short");
    assertThatThrownBy(
            () ->
                PartialResult.fromBytes(
                    Simulation.of(ScenarioParameters.builder().months(7).build()), bytes))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> PartialResult.fromBytes(simulation, longer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a kcs partial result: trailing bytes");
  }

  @Test
  void a_part_of_a_36_month_run_travels_in_a_few_kilobytes() {
    Simulation simulation = Simulation.of(ScenarioParameters.defaults());
    PartialResult part =
        simulation.runBlocks(RunSettings.builder().seed(3).replications(4_096).build(), 0, 4);

    assertThat(part.toBytes().length).isLessThan(16_384);
    assertThat(PartialResult.fromBytes(simulation, part.toBytes()).toResult().toCsv())
        .isEqualTo(part.toResult().toCsv());
  }
}
