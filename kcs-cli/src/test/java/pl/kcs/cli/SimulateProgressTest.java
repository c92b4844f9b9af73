package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.document;
import static pl.kcs.cli.CommandRun.kcsWithEnvironment;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code kcs simulate} draws a progress bar on standard error when it is a terminal, and never
 * when it is not or with {@code --quiet}; the figures on standard output are the same either way.
 */
class SimulateProgressTest {

  private static final Map<String, String> TERMINAL = Map.of(Kcs.TERMINAL, "1");
  private static final Map<String, String> PIPE = Map.of(Kcs.TERMINAL, "0");

  @Test
  void on_a_terminal_the_bar_reaches_100_percent_on_standard_error() {
    CommandRun run =
        kcsWithEnvironment(TERMINAL, "simulate", document("simulation-small.json"), "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("\r[").contains("] 100%").endsWith("\n");
    assertThat(run.out())
        .isEqualTo(
            kcsWithEnvironment(PIPE, "simulate", document("simulation-small.json"), "--lang", "en")
                .out());
  }

  @Test
  void in_a_pipe_or_with_quiet_standard_error_stays_empty() {
    assertThat(kcsWithEnvironment(PIPE, "simulate", document("simulation-small.json")).err())
        .isEmpty();
    assertThat(
            kcsWithEnvironment(TERMINAL, "simulate", document("simulation-small.json"), "--quiet")
                .err())
        .isEmpty();
    assertThat(
            kcsWithEnvironment(
                    TERMINAL, "simulate", document("simulation-small.json"), "--format", "json")
                .err())
        .contains("100%");
  }
}
