package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.kcs.core.Language;
import pl.kcs.simulation.SimulationResult;

class LibrarySimulationTest {

  @Test
  void the_library_scenario_draws_a_progress_bar_and_writes_a_chart_and_the_csv(
      @TempDir Path directory) throws IOException {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    SimulationResult result =
        LibrarySimulation.run(new PrintStream(progress, true, StandardCharsets.UTF_8));
    LibrarySimulation.write(result, directory);

    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("] 100%").contains("[########");
    assertThat(result.replications()).isEqualTo(10_000);
    assertThat(result.months()).hasSize(36);
    BufferedImage chart = ImageIO.read(directory.resolve("simulation.png").toFile());
    assertThat(chart.getWidth()).isEqualTo(900);
    assertThat(chart.getHeight()).isEqualTo(760);
    String csv = Files.readString(directory.resolve("simulation.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("# kcs,")
        .contains("36,independent_groups,")
        .contains("36,cumulative_cost_high,");
  }

  @Test
  void the_summary_reads_in_polish_and_english() {
    SimulationResult result =
        LibrarySimulation.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(LibrarySimulation.summary(result, Language.POLISH))
        .startsWith(
            "Biblioteka, 1 animator(ka) na 1/4 etatu, 36 miesięcy, 10 000 powtórzeń (ziarno 20240115")
        .contains("grupy usamodzielnione: średnio ")
        .contains("koszt łączny (PLN, bez lokalu): średnio ");
    assertThat(LibrarySimulation.summary(result, Language.ENGLISH))
        .contains("independent groups: mean ")
        .contains("total cost (PLN, premises excluded): mean ");
  }
}
