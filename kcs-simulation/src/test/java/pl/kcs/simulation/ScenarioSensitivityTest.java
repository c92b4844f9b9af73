package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import pl.kcs.core.people.PostFraction;

class ScenarioSensitivityTest {

  private static final String SOBOL =
      String.join(
          "\n",
          "# Which assumptions drive the independent groups? (a small design for tests)",
          "kind = sensitivity",
          "seed = 42",
          "replications = 300",
          "scenario.months = 24",
          "method = sobol",
          "samples = 24",
          "factor.selfRunningProbability = uniform(0.05, 0.6)",
          "factor.eventProbability = uniform(0.1, 0.4)   # only costs depend on it",
          "factor.independenceProbability = beta(3.4, 6.6)");

  @Test
  void the_assumption_that_moves_independence_ranks_above_one_that_only_moves_costs() {
    DesignFile file = DesignFile.parse(SOBOL);

    SensitivityTable table = file.sensitivity(file.settings(2)).run();

    SensitivityTable.Ranking independent = table.ranking("independent_groups").orElseThrow();
    assertThat(independent.entries().get(2).factor()).isEqualTo("eventProbability");
    // Events cost money but do not change how groups mature: with common random numbers their
    // effect on independence is exactly nil.
    assertThat(independent.entry("eventProbability").orElseThrow().total().getAsDouble()).isZero();
    SensitivityTable.Ranking cost = table.ranking("cost_high").orElseThrow();
    assertThat(cost.entry("eventProbability").orElseThrow().total().getAsDouble())
        .isGreaterThan(0.1);
    assertThat(table.rankings())
        .extracting(SensitivityTable.Ranking::output)
        .containsExactly(
            "independent_groups",
            "self_running_groups",
            "cost_high",
            "share_less_lonely",
            "share_confident");
  }

  @Test
  void the_analysis_does_not_depend_on_threads_or_executor_and_reports_progress() throws Exception {
    DesignFile file = DesignFile.parse(SOBOL);
    String one = file.sensitivity(file.settings(1)).run().toCsv();
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      RunSettings watched =
          RunSettings.builder()
              .seed(42)
              .replications(300)
              .threads(3)
              .progress((done, total) -> seen.add(done))
              .build();
      assertThat(file.sensitivity(watched).run(executor).toCsv()).isEqualTo(one);
    } finally {
      executor.shutdownNow();
    }
    assertThat(seen).hasSize(24 * 5).contains(24L * 5 * 300);
  }

  @Test
  void a_sensitivity_analysis_can_be_cancelled() {
    DesignFile file = DesignFile.parse(SOBOL);
    Cancellation cancellation = new Cancellation();
    RunSettings cancelling =
        RunSettings.builder()
            .seed(42)
            .replications(300)
            .threads(2)
            .cancellation(cancellation)
            .progress((done, total) -> cancellation.cancel())
            .build();

    assertThatThrownBy(() -> file.sensitivity(cancelling).run())
        .isInstanceOf(CancellationException.class)
        .hasMessageContaining("cancelled after ");
  }

  @Test
  void a_morris_screen_of_the_library_assumptions_runs_from_a_file() {
    DesignFile file =
        DesignFile.parse(
            "kind = sensitivity\nseed = 3\nreplications = 200\nscenario.months = 12\nmethod = morris\ntrajectories = 4\n"
                + "factor.newGroupProbability = triangular(0.3, 0.5, 0.7)\nfactor.leaveProbability = uniform(0.05, 0.2)\n");

    SensitivityTable table = file.sensitivity(file.settings(1)).run();

    assertThat(file.design().pointCount()).isEqualTo(12);
    assertThat(table.toCsv())
        .startsWith("output,rank,factor,mu_star,mu,sigma\r\nindependent_groups,1,");
  }

  @Test
  void a_sweep_file_gives_the_same_table_as_the_sweep_written_in_java() {
    DesignFile file =
        DesignFile.parse(
            "kind = sweep\nseed = 11\nreplications = 500\nscenario.months = 12\n"
                + "vary.animatorPost = 1/4, 1/2\nvary.maxGroups = 2, 4\n");
    SweepTable java =
        Sweep.of(ScenarioParameters.builder().months(12).build())
            .vary(
                "animatorPost",
                List.of(PostFraction.QUARTER, PostFraction.HALF),
                ScenarioParameters::withAnimatorPost)
            .vary("maxGroups", List.of(2, 4), ScenarioParameters::withMaxGroups)
            .run(RunSettings.builder().seed(11).replications(500).build());

    assertThat(file.sweep().run(file.settings(2)).toCsv()).isEqualTo(java.toCsv());
    assertThat(file.scenarios()).hasSize(4);
  }

  @Test
  void a_sweep_file_may_give_probabilities_as_distributions_drawn_per_replication() {
    DesignFile file =
        DesignFile.parse(
            "kind = sweep\nseed = 11\nreplications = 500\nscenario.months = 12\nvary.maxGroups = 2, 4\n"
                + "uncertain.selfRunningProbability = beta(3, 7)\n");
    Uncertainty uncertainty =
        Uncertainty.none()
            .with(ProbabilityParameter.SELF_RUNNING, ParameterDistribution.beta(3, 7));
    SweepTable java =
        Sweep.of(ScenarioParameters.builder().months(12).build())
            .vary("maxGroups", List.of(2, 4), ScenarioParameters::withMaxGroups)
            .withUncertainty(uncertainty)
            .run(RunSettings.builder().seed(11).replications(500).build());

    assertThat(file.uncertainty()).isEqualTo(uncertainty);
    assertThat(file.sweep().run(file.settings(2)).toCsv()).isEqualTo(java.toCsv());
    assertThat(java.rows().get(0).result().uncertainty()).isEqualTo(uncertainty);
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sweep\nseed = 1\nvary.leaveProbability = 0.1, 0.2\nuncertain.leaveProbability = beta(1, 9)\n"))
        .hasMessage("line 4: leaveProbability cannot be both varied and uncertain");
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sweep\nseed = 1\nvary.maxGroups = 2\nuncertain.leaveProbability = uniform(0.5, 2)\n"))
        .hasMessage(
            "line 4: leaveProbability is a probability: its distribution must lie in [0, 1], was uniform(0.5, 2.0)");
  }

  @Test
  void bad_design_files_fail_naming_the_line_and_the_field() {
    assertThatThrownBy(() -> DesignFile.parse("kind = sweep\nseed = 1\nvary.maxGroups = 2, 0\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: maxGroups must be at least 1, was 0");
    assertThatThrownBy(() -> DesignFile.parse("kind = sweep\nseed = 1\nvary.maxGroups = 2, many\n"))
        .hasMessage("line 3: maxGroups must be a whole number of at most 9 digits");
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sensitivity\nseed = 1\nmethod = sobol\nsamples = 0\nfactor.leaveProbability = uniform(0, 1)\n"))
        .hasMessage("line 4: samples must be at least 2, was 0");
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sensitivity\nseed = 1\nmethod = sobol\nsamples = 8\nfactor.leaveProbability = beta(0, 1)\n"))
        .hasMessage("line 5: beta alpha must be positive and at most 1000000.0, was 0.0");
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sensitivity\nseed = 1\nmethod = sobol\nsamples = 8\nfactor.leaveProbability = triangular(0.1, 0.6, 0.5)\n"))
        .hasMessage("line 5: triangular mode must be in [min, max] = [0.1, 0.5], was 0.6");
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sensitivity\nseed = 1\nmethod = sobol\nsamples = 8\nfactor.leaveProbability = uniform(0.5, 2)\n"))
        .hasMessage(
            "line 5: leaveProbability is a probability: its distribution must lie in [0, 1], was uniform(0.5, 2.0)");
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sensitivity\nseed = 1\nmethod = sobol\nsamples = 8\nfactor.maxGroups = uniform(0.5, 1)\n"))
        .hasMessageStartingWith("line 5: unknown probability parameter");
    assertThatThrownBy(() -> DesignFile.parse("kind = sweep\nseed = 1\nseed = 2\n"))
        .hasMessage("line 3: a key is given twice (first on line 2)");
    assertThatThrownBy(
            () -> DesignFile.parse("kind = sweep\nseed = 1\nvary.maxGroups = 2\ncolour = blue\n"))
        .hasMessage("line 4: unknown key for a sweep design file");
    assertThatThrownBy(() -> DesignFile.parse("kind = sweep\nvary.maxGroups = 2\n"))
        .hasMessage("a design file needs a seed line");
    assertThatThrownBy(
            () ->
                DesignFile.parse("kind = sweep\nseed = 1\nreplications = 0\nvary.maxGroups = 2\n"))
        .hasMessage("line 3: replications must be 1 to 100000000, was 0");
    assertThatThrownBy(
            () ->
                DesignFile.parse(
                    "kind = sweep\nseed = 1\nscenario.rateCard = cheap\nvary.maxGroups = 2\n"))
        .hasMessageStartingWith("line 3: unknown scenario parameter");
    assertThatThrownBy(() -> DesignFile.parse("just words\n"))
        .hasMessage("line 1: expected key = value");
    assertThatThrownBy(() -> DesignFile.parse("kind = sweep\nseed = 1\n"))
        .hasMessage("a sweep design file needs at least one vary.FIELD line");
  }
}
