package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcs;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.kcs.core.Language;
import pl.kcs.evaluation.report.Cell;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.GroupRow;
import pl.kcs.evaluation.report.MeanScores;
import pl.kcs.evaluation.report.ScaleSection;
import pl.kcs.testing.Property;

/**
 * {@code --format html} of {@code kcs budget}, {@code evaluate} and {@code simulate}, read with an
 * HTML parser (jsoup): one self-contained printable page each, its tables first, then the whole
 * text report; every text escaped; the evaluation's page never shows a suppressed cell
 * (KCS-EFF-LONELINESS).
 */
class HtmlPagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"budget", "evaluate", "simulate"})
  void every_page_is_self_contained_printable_and_has_one_heading_tables_and_the_text(
      String subcommand) {
    CommandRun run =
        subcommand.equals("simulate")
            ? kcs(subcommand, "--format", "html", "--replications", "100")
            : kcs(subcommand, "--format", "html");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Document page = Jsoup.parse(run.out());
    assertThat(page.select("script, link, img, iframe, object, [src]")).isEmpty();
    assertThat(page.select("style").html()).contains("@media print");
    assertThat(page.select("html").attr("lang")).isEqualTo("pl");
    assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("header p.summary").text()).isNotBlank();
    assertThat(page.select("table.data")).isNotEmpty();
    assertThat(page.select("table.data thead th")).isNotEmpty();
    List<String> sections = page.select("body > section").eachAttr("class");
    assertThat(sections).last().isEqualTo("text");
    assertThat(page.select("section.text pre").text()).isNotBlank();
  }

  @Test
  void the_budget_page_has_a_row_per_line_with_its_fact_and_the_totals_KCS_COST_ANIMATOR() {
    Document page = Jsoup.parse(kcs("budget", "--format", "html", "--lang", "en").out());

    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("header p.summary").text())
        .isEqualTo("Amounts in PLN, premises excluded (KCS-COST-*)");
    Element table = page.selectFirst("section.costs table.data");
    assertThat(table.select("thead th").eachText()).startsWith("Item", "Fact");
    assertThat(page.selectFirst("section.costs h2").text()).isEqualTo("Items");
    assertThat(table.select("tbody tr.item td.fact a.fact").eachText())
        .contains("KCS-COST-ANIMATOR", "KCS-COST-TRAINING");
    assertThat(table.select("td.fact a.fact"))
        .allMatch(link -> link.attr("href").startsWith(HtmlReport.FACTS + "#kcs-cost-"));
    assertThat(table.select("tbody tr.item th").eachText())
        .anyMatch(label -> label.startsWith("Animator work"));
    assertThat(table.select("tbody tr.total")).hasSize(1);
    assertThat(page.select("section.costs p.note").size()).isGreaterThan(1);
    assertThat(page.select("section.costs p.note").first().text()).startsWith("Premises are not");
  }

  @Test
  void the_simulation_page_shows_the_distributions_at_the_end_and_says_the_model_is_kcss() {
    Document page =
        Jsoup.parse(
            kcs("simulate", "--format", "html", "--lang", "en", "--replications", "100").out());

    assertThat(page.title()).isEqualTo("Simulated scenario");
    assertThat(page.select("header p.summary").text())
        .startsWith("Replications: 100 · seed 20240115 · kcs ");
    Element table = page.selectFirst("section.simulation table.data");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Quantity", "mean", "5th percentile", "median", "95th percentile");
    assertThat(table.select("tbody tr th").eachText())
        .contains("independent groups (KCS-EFF-INDEPENDENT)", "total cost, high, PLN");
    assertThat(page.select("section.simulation p.note").text())
        .contains("kcs defaults, not the method's");
  }

  @Test
  void the_evaluation_page_shows_the_examples_groups_before_and_after_KCS_EFF_LONELINESS() {
    Document page = Jsoup.parse(kcs("evaluate", "--format", "html", "--lang", "en").out());

    Element scores = page.selectFirst("section.scores");
    assertThat(scores.selectFirst("h2").text()).endsWith(": mean score before and after");
    assertThat(scores.select("thead th").eachText())
        .containsExactly("Group", "respondents", "before", "after", "change");
    assertThat(scores.select("tbody th").eachText())
        .contains("Grupa kobiet z doświadczeniem uchodźstwa", "all groups");
    assertThat(page.select("section.shares")).isNotEmpty();
  }

  @Test
  void the_evaluation_page_of_any_survey_never_shows_a_suppressed_cell() {
    Property.check()
        .trials(60)
        .forAll(
            EvaluationDisclosurePropertyTest.CASES,
            input -> {
              EvaluationReport report = input.report();
              Document page = Jsoup.parse(HtmlPages.evaluation(report, Language.ENGLISH));
              List<Element> tables = page.select("section.scores");
              assertThat(tables).hasSize(report.scales().size());
              for (int i = 0; i < tables.size(); i++) {
                ScaleSection scale = report.scales().get(i);
                List<String> shown = new ArrayList<>();
                int left = 0;
                for (GroupRow<MeanScores> row : scale.scores().groups()) {
                  if (row.cell() instanceof Cell.Shown) {
                    shown.add(row.name());
                  } else {
                    left++;
                  }
                }
                if (scale.scores().allGroups() instanceof Cell.Shown) {
                  shown.add("all groups");
                } else {
                  left++;
                }
                Element table = tables.get(i);
                assertThat(table.select("tbody th").eachText()).isEqualTo(shown);
                assertThat(table.select("tbody tr")).allMatch(row -> row.select("td").size() == 4);
                if (left > 0) {
                  assertThat(table.select("p.note").text())
                      .startsWith("Rows left out: " + left + " (");
                } else {
                  assertThat(table.select("p.note")).isEmpty();
                }
              }
              // Every share table: its rows are exactly the cells shown.
              for (Element shares : page.select("section.shares")) {
                assertThat(shares.select("tbody tr"))
                    .allMatch(
                        row ->
                            row.select("td").size() == 3
                                && !row.select("td").get(1).text().isEmpty());
              }
            });
  }

  @Test
  void the_evaluation_page_publishes_exactly_the_figures_the_other_formats_show_and_no_other() {
    // EvaluationDisclosurePropertyTest proves text, JSON and CSV publish the same figures and that
    // no attack on them determines an answer; the page must publish those and nothing more.
    Property.check()
        .trials(100)
        .forAll(
            EvaluationDisclosurePropertyTest.CASES,
            input -> {
              EvaluationReport report = input.report();
              Map<String, Map<String, EvaluationDisclosurePropertyTest.Figure>> csv =
                  EvaluationDisclosurePropertyTest.fromCsv(report);
              Map<String, String> ids = new HashMap<>();
              report.groups().forEach(g -> ids.put(g.name(), g.group().value()));
              Document page = Jsoup.parse(HtmlPages.evaluation(report, Language.ENGLISH));
              List<Element> sections = page.select("section.scores, section.shares");
              List<String> keys = new ArrayList<>(csv.keySet());
              assertThat(sections).hasSize(keys.size());
              for (int i = 0; i < keys.size(); i++) {
                Map<String, EvaluationDisclosurePropertyTest.Figure> expected = new HashMap<>();
                csv.get(keys.get(i))
                    .forEach(
                        (scope, figure) -> {
                          if (figure.shown()) {
                            expected.put(scope, figure);
                          }
                        });
                Map<String, EvaluationDisclosurePropertyTest.Figure> published = new HashMap<>();
                Element section = sections.get(i);
                for (Element row : section.select("tbody tr")) {
                  String name = row.selectFirst("th").text();
                  List<String> cells = row.select("td").eachText();
                  published.put(
                      name.equals("all groups")
                          ? EvaluationDisclosurePropertyTest.ALL
                          : ids.get(name),
                      section.hasClass("scores")
                          ? new EvaluationDisclosurePropertyTest.Figure(
                              "SHOWN",
                              -1,
                              Integer.parseInt(cells.get(0)),
                              new BigDecimal(cells.get(1)),
                              new BigDecimal(cells.get(2)))
                          : new EvaluationDisclosurePropertyTest.Figure(
                              "SHOWN",
                              Integer.parseInt(cells.get(0).split(" of ")[0]),
                              Integer.parseInt(cells.get(0).split(" of ")[1]),
                              null,
                              null));
                }
                assertThat(published).as(keys.get(i)).isEqualTo(expected);
              }
            });
  }

  @Test
  void text_from_a_document_is_escaped_on_the_budget_and_evaluation_pages(@TempDir Path directory)
      throws Exception {
    Path budget = directory.resolve("budget.json");
    Files.writeString(
        budget,
        kcs("example", "budget").out().replace("Dom kultury", "<script>alert(1)</script> & Co"));
    Path evaluation = directory.resolve("evaluation.json");
    Files.writeString(
        evaluation,
        kcs("example", "evaluation")
            .out()
            .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"<b>bold</b> & Co\""));

    String budgetHtml = kcs("budget", budget.toString(), "--format", "html").out();
    String evaluationHtml = kcs("evaluate", evaluation.toString(), "--format", "html").out();

    assertThat(Jsoup.parse(budgetHtml).select("script")).isEmpty();
    assertThat(budgetHtml).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    assertThat(Jsoup.parse(evaluationHtml).select("b")).isEmpty();
    assertThat(Jsoup.parse(evaluationHtml).title()).isEqualTo("<b>bold</b> & Co");
  }
}
