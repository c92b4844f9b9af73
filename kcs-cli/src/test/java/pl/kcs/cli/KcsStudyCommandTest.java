package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KcsStudyCommandTest {

  private static final String SENSITIVITY =
      "kind = sensitivity\nseed = 5\nreplications = 200\nscenario.months = 12\nmethod = sobol\nsamples = 6\n"
          + "factor.selfRunningProbability = uniform(0.1, 0.5)\nfactor.independenceProbability = beta(3.4, 6.6)\n";

  private static final String SWEEP =
      "kind = sweep\nseed = 5\nreplications = 300\nscenario.months = 12\nvary.maxGroups = 2, 3\n";

  @TempDir Path dir;

  @Test
  void kcs_sensitivity_ranks_the_assumptions_shows_progress_and_draws_a_chart() throws IOException {
    String file = write("design.txt", SENSITIVITY);
    Path chart = dir.resolve("tornado.png");

    CommandRun run =
        kcs("sensitivity", file, "--format", "csv", "--threads", "2", "--chart", chart.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "method,output,rank,factor,mu_star,mu,sigma,first_order,total\r\nSOBOL,independent_groups,1,");
    assertThat(run.err()).contains("] 100%");
    assertThat(Files.readAllBytes(chart)).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void the_text_of_kcs_sensitivity_says_which_defaults_are_the_librarys_assumptions()
      throws IOException {
    CommandRun run = kcs("sensitivity", write("design.txt", SENSITIVITY), "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("independent_groups — Sobol, N = 6, seed 5, 2 factors\n")
        .contains(
            "  selfRunningProbability ~ uniform(0.1, 0.5): its default is a kcs default, not the method's (KCS-EFF-SELFRUN)\n")
        .contains(
            "  independenceProbability ~ beta(3.4, 6.6): its default is calibrated to the pilot (KCS-EFF-INDEPENDENT)\n");
    assertThat(
            kcs("sensitivity", write("design.txt", SENSITIVITY), "--quiet", "--format", "json")
                .out())
        .startsWith("{\"method\":\"sobol\",\"samples\":6,");
  }

  @Test
  void kcs_sweep_prints_one_row_per_grid_point_and_draws_a_chart() throws IOException {
    Path chart = dir.resolve("sweep.png");

    CommandRun run =
        kcs("sweep", write("sweep.txt", SWEEP), "--chart", chart.toString(), "--seed", "6");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().split("\r\n")).hasSize(3);
    assertThat(run.out().split("\r\n")[0])
        .isEqualTo(
            "max_groups,mean_active_groups,mean_self_running_groups,mean_independent_groups,mean_cost_high,"
                + "p95_cost_high,share_less_lonely,share_confident");
    assertThat(run.err()).contains("] 100%");
    assertThat(Files.readAllBytes(chart)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(
            kcs("sweep", write("sweep.txt", SWEEP), "--seed", "6", "--threads", "1", "--quiet")
                .out())
        .isEqualTo(run.out());
  }

  @Test
  void a_bad_design_file_is_bad_input_naming_the_line() throws IOException {
    String file =
        write(
            "bad.txt",
            "kind = sensitivity\nseed = 1\nmethod = sobol\nsamples = 0\nfactor.leaveProbability = uniform(0, 1)\n");

    CommandRun run = kcs("sensitivity", file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("kcs: " + file + ": line 4: samples must be at least 2, was 0\n");
    CommandRun wrongKind = kcs("sweep", write("s.txt", SENSITIVITY));
    assertThat(wrongKind.exitCode()).isEqualTo(2);
    assertThat(wrongKind.err())
        .endsWith("kind must be sweep for kcs sweep (kcs sensitivity runs sensitivity designs)\n");
    CommandRun noFile = kcs("sweep");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).startsWith("kcs sweep: FILE is required: a design file");
  }

  private String write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path.toString();
  }
}
