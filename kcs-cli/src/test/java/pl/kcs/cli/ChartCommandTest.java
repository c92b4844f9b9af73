package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.cli.CommandRun.kcs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.CategoryChart;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import pl.kcs.core.Language;
import pl.kcs.evaluation.report.Cell;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.GroupRow;
import pl.kcs.evaluation.report.MeanScores;
import pl.kcs.evaluation.report.ScaleSection;
import pl.kcs.testing.Property;

/**
 * {@code --chart FILE.png|FILE.svg} on {@code kcs simulate}, {@code budget} and {@code evaluate}:
 * a real PNG (ImageIO reads it, of the size drawn) and a real SVG (an XML parser reads it, the
 * series and categories named in it), in the command's language, the same bytes for the same
 * input; the evaluation's chart never draws a suppressed cell (KCS-EFF-LONELINESS); another ending
 * or an unwritable path is exit 2 with one line that does not repeat the path.
 */
class ChartCommandTest {

  @TempDir Path directory;

  // ------------------------------------------------------------------ simulate

  @Test
  void kcs_simulate_draws_the_library_examples_chart_as_png_for_the_example() throws IOException {
    Path png = directory.resolve("simulation.png");

    CommandRun run = kcs("simulate", "--replications", "200", "--chart", png.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(760);
  }

  @Test
  void kcs_simulate_draws_any_scenario_as_svg_in_the_commands_language_KCS_EFF_INDEPENDENT()
      throws Exception {
    Path svg = directory.resolve("small.svg");

    CommandRun run =
        kcs(
            "simulate",
            CommandRun.document("simulation-small.json"),
            "--lang",
            "en",
            "--chart",
            svg.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String text = svgText(svg);
    assertThat(text)
        .contains("Independent groups (KCS-EFF-INDEPENDENT)")
        .contains("kcs's model, not the method's")
        .contains("Cumulative cost")
        .contains("month")
        .contains("mean", "5th percentile", "95th percentile", "high, 95th percentile");
    Path polish = directory.resolve("small-pl.svg");
    kcs(
        "simulate",
        CommandRun.document("simulation-small.json"),
        "--lang",
        "pl",
        "--chart",
        polish.toString());
    assertThat(svgText(polish))
        .contains("Grupy usamodzielnione (KCS-EFF-INDEPENDENT)")
        .contains("model kcs, nie metody")
        .contains("miesiąc", "średnia", "95. percentyl");
  }

  // ------------------------------------------------------------------ budget

  @Test
  void kcs_budget_draws_the_cost_of_every_category_low_to_high_KCS_COST_ANIMATOR()
      throws Exception {
    Path png = directory.resolve("budget.png");
    Path svg = directory.resolve("budget.svg");

    CommandRun first = kcs("budget", "--lang", "en", "--chart", png.toString());
    CommandRun second = kcs("budget", "--lang", "en", "--chart", svg.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(svgText(svg))
        .contains("Cost by category, low to high")
        .contains("(KCS-COST-ANIMATOR)")
        .contains("Employer contributions (kcs addition)")
        .contains("(KCS-COST-SUPERVISION)")
        .contains("low estimate", "up to the high estimate")
        .contains("PLN, premises excluded");
  }

  @Test
  void kcs_budget_from_an_implementation_marks_the_employers_contributions_as_a_kcs_default(
      @TempDir Path here) throws Exception {
    Path svg = here.resolve("from.svg");

    CommandRun run =
        kcs(
            "budget",
            "--from",
            CommandRun.example("library.json"),
            "--lang",
            "pl",
            "--chart",
            svg.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String text = svgText(svg);
    assertThat(text)
        .contains("Koszt według kategorii", "niski szacunek")
        .contains("miesiące: 12 (ustawienie domyślne kcs, nie metody)");
  }

  // ------------------------------------------------------------------ evaluate

  @Test
  void kcs_evaluate_draws_before_and_after_per_scale_for_the_example_KCS_EFF_LONELINESS()
      throws Exception {
    Path png = directory.resolve("evaluation.png");
    Path svg = directory.resolve("evaluation.svg");

    assertThat(kcs("evaluate", "--lang", "en", "--chart", png.toString()).exitCode()).isZero();
    assertThat(kcs("evaluate", "--lang", "en", "--chart", svg.toString()).exitCode()).isZero();

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(560);
    assertThat(svgText(svg))
        .contains("before", "after", "all groups")
        .contains("(KCS-EFF-LONELINESS)")
        .contains("the scale is kcs's addition, not the method's")
        .contains("Grupa kobiet z doświadczeniem uchodźstwa");
  }

  @Test
  void the_evaluation_chart_of_any_survey_draws_every_shown_cell_and_never_a_suppressed_one() {
    Property.check()
        .trials(40)
        .forAll(
            EvaluationDisclosurePropertyTest.CASES,
            input -> {
              EvaluationReport report = input.report();
              boolean anyShown =
                  report.scales().stream()
                      .anyMatch(
                          scale ->
                              scale.scores().allGroups() instanceof Cell.Shown
                                  || scale.scores().groups().stream()
                                      .anyMatch(row -> row.cell() instanceof Cell.Shown));
              if (!anyShown) {
                assertThatThrownBy(() -> ReportCharts.evaluation(report, Language.ENGLISH))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("nothing to draw");
                return;
              }
              List<CategoryChart> charts = ReportCharts.evaluation(report, Language.ENGLISH);
              String svg;
              byte[] png;
              try {
                svg = svgText(ChartFile.svg(charts));
                png = ChartFile.png(charts);
                assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
              } catch (Exception e) {
                throw new AssertionError(e);
              }
              List<String> shown = new ArrayList<>();
              List<String> hidden = new ArrayList<>();
              for (ScaleSection scale : report.scales()) {
                for (GroupRow<MeanScores> row : scale.scores().groups()) {
                  (row.cell() instanceof Cell.Shown ? shown : hidden).add(row.name());
                }
              }
              for (String name : shown) {
                assertThat(svg).contains(name);
              }
              for (String name : hidden) {
                if (!shown.contains(name)) {
                  assertThat(svg).doesNotContain(name);
                }
              }
              assertThat(charts).allMatch(c -> c.getSeriesMap().size() == 2);
            });
  }

  @Test
  void an_evaluation_whose_every_mean_is_suppressed_gets_no_chart_and_one_line_saying_so()
      throws IOException {
    // Two respondents of one group: fewer than the example's minimum cell size of 5.
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode document =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(kcs("example", "evaluation").out());
    com.fasterxml.jackson.databind.node.ArrayNode responses =
        (com.fasterxml.jackson.databind.node.ArrayNode) document.at("/survey/responses");
    for (int i = responses.size() - 1; i >= 0; i--) {
      String respondent = responses.get(i).get("respondent").asText();
      if (!respondent.equals("rw-1") && !respondent.equals("rw-2")) {
        responses.remove(i);
      }
    }
    Path file = directory.resolve("two-respondents.json");
    Files.writeString(file, json.writeValueAsString(document));
    Path png = directory.resolve("nothing.png");

    CommandRun run = kcs("evaluate", file.toString(), "--chart", png.toString());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(KcsCommand.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "kcs: --chart: nothing to draw: every mean score is suppressed or has no answers;"
                + " no chart written\n");
    assertThat(run.out()).isEmpty();
    assertThat(png).doesNotExist();
    assertThat(kcs("evaluate", file.toString()).exitCode()).as("the report itself").isZero();
  }

  // ------------------------------------------------------------------ all three

  @ParameterizedTest
  @ValueSource(strings = {"budget", "evaluate", "simulate"})
  void the_same_input_gives_the_same_chart_bytes(String subcommand) throws IOException {
    for (String ending : List.of("png", "svg")) {
      Path one = directory.resolve(subcommand + "-1." + ending);
      Path two = directory.resolve(subcommand + "-2." + ending);

      assertThat(run(subcommand, "--chart", one.toString()).exitCode()).isZero();
      assertThat(run(subcommand, "--chart", two.toString()).exitCode()).isZero();

      assertThat(Files.readAllBytes(one)).as(ending).isEqualTo(Files.readAllBytes(two));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget", "evaluate", "simulate", "sweep", "sensitivity"})
  void another_ending_is_exit_2_in_one_line_that_does_not_repeat_the_path(String subcommand) {
    String path = directory.resolve("secret-name").resolve("chart.jpeg").toString();

    CommandRun run = kcs(subcommand, CommandRun.document("simulation-small.json"), "--chart", path);
    if (!subcommand.equals("sweep") && !subcommand.equals("sensitivity")) {
      run = kcs(subcommand, "--chart", path);
    }

    assertThat(run.exitCode()).isEqualTo(KcsCommand.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .doesNotContain("\n")
        .contains("--chart must name a .png or .svg file, was .jpeg");
    assertThat(run.err()).doesNotContain("secret-name").doesNotContain(directory.toString());
  }

  @Test
  void a_name_without_an_ending_or_with_a_strange_one_is_not_repeated() {
    CommandRun none = kcs("budget", "--chart", "my-chart");
    CommandRun strange = kcs("budget", "--chart", "x.<script>&\u001b[31m");

    assertThat(none.exitCode()).isEqualTo(KcsCommand.BAD_INPUT);
    assertThat(none.err()).contains("the name has no ending").doesNotContain("my-chart");
    assertThat(strange.exitCode()).isEqualTo(KcsCommand.BAD_INPUT);
    assertThat(strange.err())
        .contains("the ending is not repeated")
        .doesNotContain("script")
        .doesNotContain("\u001b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget", "evaluate", "simulate"})
  void an_unwritable_path_is_exit_2_in_one_line_that_does_not_repeat_the_path(String subcommand)
      throws IOException {
    Path missing = directory.resolve("no-such-directory").resolve("chart.png");
    Path folder = Files.createDirectories(directory.resolve("a-folder.svg"));

    CommandRun noDirectory = run(subcommand, "--chart", missing.toString());
    CommandRun aFolder = run(subcommand, "--chart", folder.toString());
    CommandRun polish = run(subcommand, "--chart", missing.toString(), "--lang", "pl");

    assertThat(noDirectory.exitCode()).isEqualTo(KcsCommand.BAD_INPUT);
    assertThat(noDirectory.err())
        .isEqualTo("kcs: --chart: cannot write the chart: no such directory\n");
    assertThat(polish.err())
        .isEqualTo("kcs: --chart: nie można zapisać wykresu: nie ma takiego katalogu\n");
    assertThat(aFolder.exitCode()).isEqualTo(KcsCommand.BAD_INPUT);
    assertThat(aFolder.err().strip())
        .doesNotContain("\n")
        .startsWith("kcs: --chart: cannot write the chart");
    assertThat(noDirectory.err() + aFolder.err()).doesNotContain(directory.toString());
    assertThat(noDirectory.out() + aFolder.out()).as("no report before a failed chart").isEmpty();
  }

  /** {@code kcs subcommand args}, with few replications for simulate. */
  private static CommandRun run(String subcommand, String... args) {
    List<String> all = new ArrayList<>(List.of(subcommand));
    if (subcommand.equals("simulate")) {
      all.addAll(List.of("--replications", "50"));
    }
    all.addAll(List.of(args));
    return kcs(all.toArray(new String[0]));
  }

  // ------------------------------------------------------------------ helpers

  /** The text of every element of an SVG file, read by an XML parser: it fails if the file is not XML. */
  static String svgText(Path svg) throws Exception {
    return svgText(Files.readAllBytes(svg));
  }

  static String svgText(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    // XChart draws text as glyph outlines; kcs names what it drew in <title> and <desc>.
    StringBuilder all = new StringBuilder();
    for (String element : List.of("title", "desc")) {
      NodeList texts = document.getElementsByTagNameNS("*", element);
      for (int i = 0; i < texts.getLength(); i++) {
        all.append(texts.item(i).getTextContent()).append('\n');
      }
    }
    return all.toString();
  }
}
