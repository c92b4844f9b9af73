package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityDesignTest {

  private static final double A = 7;
  private static final double B = 0.1;

  /** The Ishigami function (Ishigami and Homma 1990), the standard test of Sobol estimators. */
  private static double[] ishigami(double[] x) {
    return new double[] {
      Math.sin(x[0]) + A * Math.sin(x[1]) * Math.sin(x[1]) + B * Math.pow(x[2], 4) * Math.sin(x[0])
    };
  }

  private static SensitivityDesign withIshigamiFactors(SensitivityDesign design) {
    ParameterDistribution pi = ParameterDistribution.uniform(-Math.PI, Math.PI);
    return design.withFactor("x1", pi).withFactor("x2", pi).withFactor("x3", pi);
  }

  /**
   * Analytic indices: V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½, V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0,
   * V13 = 8b²π⁸/225. With N = 20,000 pseudo-random base samples the estimators' standard errors are
   * about 0.01; the stated tolerance is 0.03.
   */
  @Test
  void sobol_indices_of_the_ishigami_function_match_the_analytic_ones_within_0_03() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = 8 * B * B * pi8 / 225;

    SensitivityTable table =
        withIshigamiFactors(SensitivityDesign.sobol(20_000, 2026))
            .evaluate(List.of("y"), SensitivityDesignTest::ishigami);

    SensitivityTable.Ranking y = table.ranking("y").orElseThrow();
    assertThat(first(y, "x1")).isCloseTo(v1 / v, within(0.03)); // 0.3139
    assertThat(first(y, "x2")).isCloseTo(v2 / v, within(0.03)); // 0.4424
    assertThat(first(y, "x3")).isCloseTo(0, within(0.03));
    assertThat(total(y, "x1")).isCloseTo((v1 + v13) / v, within(0.03)); // 0.5576
    assertThat(total(y, "x2")).isCloseTo(v2 / v, within(0.03)); // 0.4424
    assertThat(total(y, "x3")).isCloseTo(v13 / v, within(0.03)); // 0.2437
    assertThat(y.entries())
        .extracting(SensitivityTable.Entry::factor)
        .containsExactly("x1", "x2", "x3");
  }

  @Test
  void morris_effects_of_a_linear_function_are_its_slopes_times_the_ranges_with_no_spread() {
    SensitivityDesign design =
        SensitivityDesign.morris(20, 4, 5)
            .withFactor("a", ParameterDistribution.uniform(0, 1))
            .withFactor("b", ParameterDistribution.uniform(10, 14))
            .withFactor("c", ParameterDistribution.uniform(-1, 1));

    SensitivityTable table =
        design.evaluate(List.of("y"), x -> new double[] {3 * x[0] - 0.5 * x[1] + 0.1 * x[2]});

    SensitivityTable.Ranking y = table.ranking("y").orElseThrow();
    assertThat(y.entries())
        .extracting(SensitivityTable.Entry::factor)
        .containsExactly("a", "b", "c");
    assertThat(y.entry("a").orElseThrow().muStar().getAsDouble()).isCloseTo(3, within(1e-9));
    assertThat(y.entry("b").orElseThrow().mu().getAsDouble()).isCloseTo(-2, within(1e-9));
    assertThat(y.entry("c").orElseThrow().muStar().getAsDouble()).isCloseTo(0.2, within(1e-9));
    assertThat(y.entry("a").orElseThrow().sigma().getAsDouble()).isCloseTo(0, within(1e-9));
  }

  @Test
  void morris_separates_interacting_factors_from_additive_ones_and_finds_ishigamis_x3() {
    SensitivityTable interacting =
        SensitivityDesign.morris(40, 4, 11)
            .withFactor("additive", ParameterDistribution.uniform(0, 1))
            .withFactor("u", ParameterDistribution.uniform(0, 1))
            .withFactor("v", ParameterDistribution.uniform(0, 1))
            .evaluate(List.of("y"), x -> new double[] {x[0] + 4 * x[1] * x[2]});
    SensitivityTable.Ranking y = interacting.ranking("y").orElseThrow();
    assertThat(y.entry("additive").orElseThrow().sigma().getAsDouble()).isCloseTo(0, within(1e-9));
    assertThat(y.entry("u").orElseThrow().sigma().getAsDouble()).isGreaterThan(0.5);

    // x3 acts only through its interaction with x1: no first-order effect, but Morris sees it.
    SensitivityTable ishigami =
        withIshigamiFactors(SensitivityDesign.morris(100, 4, 3))
            .evaluate(List.of("y"), SensitivityDesignTest::ishigami);
    assertThat(ishigami.ranking("y").orElseThrow().entry("x3").orElseThrow().muStar().getAsDouble())
        .isGreaterThan(1);
  }

  @Test
  void the_table_reads_as_text_csv_and_json() {
    SensitivityTable table =
        SensitivityDesign.sobol(2_000, 1)
            .withFactor("a", ParameterDistribution.uniform(0, 1))
            .withFactor("b", ParameterDistribution.beta(2, 2))
            .evaluate(List.of("y", "undefined"), x -> new double[] {x[0] + 0.1 * x[1], Double.NaN});

    assertThat(table.omittedOutputs()).containsExactly("undefined");
    assertThat(table.toText())
        .startsWith(
            "y — Sobol, N = 2000, seed 1, 2 factors\nrank factor  S1          ST\n1    a       ")
        .contains("\n2    b       ")
        .endsWith("omitted (undefined at some point): undefined\n");
    String[] csv = table.toCsv().split("\r\n");
    assertThat(csv[0]).isEqualTo("output,rank,factor,first_order,total");
    assertThat(csv[1]).matches("y,1,a,-?\\d\\.\\d{6},-?\\d\\.\\d{6}");
    assertThat(csv).hasSize(3);
    assertThat(table.toJson())
        .startsWith(
            "{\"method\":\"sobol\",\"samples\":2000,\"seed\":1,\"factors\":[{\"name\":\"a\",\"distribution\":\"uniform(0.0, 1.0)\"},")
        .contains(
            "\"outputs\":[{\"output\":\"y\",\"ranking\":[{\"rank\":1,\"factor\":\"a\",\"firstOrder\":")
        .endsWith("\"omittedOutputs\":[\"undefined\"]}");
  }

  @Test
  void the_same_design_and_seed_give_the_same_points_and_another_seed_others() {
    SensitivityDesign design = withIshigamiFactors(SensitivityDesign.sobol(10, 8));
    assertThat(design.points())
        .hasSize(50)
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(design.points());
    assertThat(withIshigamiFactors(SensitivityDesign.sobol(10, 9)).points().get(0))
        .isNotEqualTo(design.points().get(0));
    assertThat(withIshigamiFactors(SensitivityDesign.morris(10, 4, 8)).points()).hasSize(40);
  }

  @Test
  void bad_designs_fail_naming_the_field_and_the_value() {
    assertThatThrownBy(() -> SensitivityDesign.sobol(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("samples must be at least 2, was 0");
    assertThatThrownBy(() -> SensitivityDesign.morris(1, 4, 1))
        .hasMessage("trajectories must be at least 2, was 1");
    assertThatThrownBy(() -> SensitivityDesign.morris(10, 5, 1))
        .hasMessage("levels must be even, 2 to 1000, was 5");
    assertThatThrownBy(
            () ->
                SensitivityDesign.sobol(10, 1)
                    .withFactor("a", ParameterDistribution.uniform(0, 1))
                    .withFactor("a", ParameterDistribution.uniform(0, 1)))
        .hasMessage("factor a is given twice");
    assertThatThrownBy(() -> SensitivityDesign.sobol(10, 1).points())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a sensitivity design needs at least one factor");
    assertThatThrownBy(
            () ->
                SensitivityDesign.sobol(5_000_000, 1)
                    .withFactor("a", ParameterDistribution.uniform(0, 1)))
        .hasMessage("the design needs 15000000 model evaluations, at most 10000000 are allowed");
    SensitivityDesign design =
        SensitivityDesign.sobol(2, 1).withFactor("a", ParameterDistribution.uniform(0, 1));
    assertThatThrownBy(() -> design.analyse(List.of("y"), new double[5][1]))
        .hasMessage("outputs must have one row per point, 6, was 5");
  }

  private static double first(SensitivityTable.Ranking ranking, String factor) {
    return ranking.entry(factor).orElseThrow().firstOrder().getAsDouble();
  }

  private static double total(SensitivityTable.Ranking ranking, String factor) {
    return ranking.entry(factor).orElseThrow().total().getAsDouble();
  }
}
