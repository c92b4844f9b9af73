package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.example;
import static pl.kcs.cli.CommandRun.kcs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: {@code kcs open} (OPEN-*), {@code kcs group} (KCS-M2, KCS-REM-RULES,
 * KCS-DIF-NEWCOMERS) and {@code kcs autonomy} (MA-*) on their embedded examples, on files, and on
 * bad input.
 */
class OpenGroupAutonomyCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void open_scores_the_culture_houses_self_assessment_in_both_languages_OPEN_COHOST() {
    CommandRun english = kcs("open", "--lang", "en");
    CommandRun polish = kcs("open");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out())
        .startsWith(
            "Gminny Ośrodek Kultury w Lipowie\nSelf-assessment of openness: from client to co-host\n")
        .contains("Overall score: 55% (57 of 102 points; answered: 33 of 34)");
    assertThat(polish.out())
        .startsWith("Gminny Ośrodek Kultury w Lipowie\n")
        .doesNotContain("Overall score");
    assertThat(english.err()).isEmpty();
  }

  @Test
  void open_reads_the_self_assessment_an_implementation_holds_and_refuses_one_without(
      @TempDir Path directory) throws Exception {
    CommandRun without = kcs("open", example("library.json"));

    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err().strip())
        .isEqualTo(
            "kcs: "
                + example("library.json")
                + ": $.selfAssessment: the implementation holds no self-assessment to report on");
  }

  @Test
  void
      group_reports_each_groups_life_on_the_documents_day_and_on_another_with_on_KCS_DIF_NEWCOMERS() {
    CommandRun english = kcs("group", example("group-life.json"), "--lang", "en");
    CommandRun polish = kcs("group");
    CommandRun later = kcs("group", "--on", "2025-01-10", "--lang", "en");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out())
        .startsWith("Group life — Dom Kultury „Zielona”, as of 4 November 2024\n")
        .contains("(kcs.dif.newcomers, KCS-DIF-NEWCOMERS)")
        .contains("(kcs.rem.rules-agreed, KCS-REM-RULES)");
    assertThat(polish.out())
        .startsWith("Życie grup — Dom Kultury „Zielona”, stan na 4 listopada 2024 r.\n");
    assertThat(later.out())
        .startsWith("Group life — Dom Kultury „Zielona”, as of 10 January 2025\n");
  }

  @Test
  void group_reads_an_implementation_document_with_on_and_asks_for_on_without_it() {
    CommandRun withDay =
        kcs(
            "group",
            example("groups.json"),
            "--on",
            "2024-11-04",
            "--lang",
            "en",
            "--format",
            "json");
    CommandRun withoutDay = kcs("group", example("groups.json"));

    assertThat(withDay.exitCode()).isZero();
    assertThat(withDay.out()).isEqualTo(kcs("group", "--lang", "en", "--format", "json").out());
    assertThat(withoutDay.exitCode()).isEqualTo(2);
    assertThat(withoutDay.err().strip())
        .isEqualTo(
            "kcs group: --on DATE is required with an implementation document: the day to look at its groups on (see 'kcs group --help')");
    assertThat(kcs("group", "--on", "4.11.2024").err().strip())
        .isEqualTo(
            "kcs group: --on must be a date YYYY-MM-DD; the value is not repeated (see 'kcs group --help')");
  }

  @Test
  void autonomy_reports_every_group_and_those_without_contact_MA_AUTONOMY_MA_NETWORK() {
    CommandRun english = kcs("autonomy", "--lang", "en");
    CommandRun implementation = kcs("autonomy", example("groups.json"), "--lang", "en");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out())
        .startsWith("Autonomy and mutual aid of the groups — Dom Kultury „Zielona”\n")
        .contains("(ma.autonomy.meetings, MA-AUTONOMY)");
    assertThat(implementation.out()).isEqualTo(english.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"open", "group", "autonomy"})
  void each_writes_json_csv_and_html_of_its_example(String subcommand) throws Exception {
    JsonNode json = JSON.readTree(kcs(subcommand, "--format", "json", "--lang", "en").out());
    String csv = kcs(subcommand, "--format", "csv", "--lang", "en").out();
    String html = kcs(subcommand, "--format", "html", "--lang", "en").out();

    assertThat(json.get("document").asText())
        .isIn("selfAssessmentReport", "groupLifeReports", "autonomyReports");
    assertThat(json.get("language").asText()).isEqualTo("en");
    assertThat(csv)
        .contains(
            ",rule,source,severity,status,applies_to,subjects,observed,expected,message,action\r\n");
    long width = csv.lines().findFirst().orElseThrow().split(",", -1).length;
    assertThat(csv.lines().count()).isGreaterThan(3);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
    assertThat(width).isGreaterThan(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"open", "group", "autonomy"})
  void each_reports_bad_input_in_one_line_with_exit_2(String subcommand, @TempDir Path directory)
      throws Exception {
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"document\": \"budgetPlan\", \"formatVersion\": \"1.0\"}");
    Path empty = directory.resolve("empty.json");
    Files.writeString(
        empty,
        "{\"document\": \""
            + (subcommand.equals("open")
                ? "opening"
                : subcommand.equals("group") ? "groupLife" : "autonomy")
            + "\", \"formatVersion\": \"1.0\"}");

    for (CommandRun run :
        new CommandRun[] {
          kcs(subcommand, broken.toString()),
          kcs(subcommand, empty.toString()),
          kcs(subcommand, "nowhere.json")
        }) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.err()).startsWith("kcs: ");
      assertThat(run.out()).isEmpty();
    }
    assertThat(kcs(subcommand, broken.toString()).err()).contains("$.document: must be '");
  }
}
