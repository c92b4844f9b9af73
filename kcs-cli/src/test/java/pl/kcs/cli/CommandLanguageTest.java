package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.example;
import static pl.kcs.cli.CommandRun.kcs;
import static pl.kcs.cli.CommandRun.kcsWithEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command speaks the user's language (issue 13): {@code --lang}, then {@code KCS_LANG}, then
 * English for help, usage errors and error messages; reports without either stay Polish, the
 * language of the method.
 */
class CommandLanguageTest {

  @Test
  void kcs_help_with_lang_pl_is_in_polish() {
    CommandRun run = kcs("--help", "--lang", "pl");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            "Użycie: kcs [-hV] [COMMAND]\nMetoda KCS (Kulturalne Centrum Samopomocy) i klub samopomocy z wiersza poleceń.\n")
        .contains(
            "\nPolecenia:\n  assess       Raport etapu wdrożenia: czy może przejść dalej, a jeśli nie, czego brakuje.\n")
        .contains("\nKody wyjścia:\n  0   w porządku\n")
        .doesNotContain("Usage:");
  }

  @Test
  void every_subcommands_help_with_lang_pl_is_in_polish_and_lists_its_formats() {
    for (String subcommand :
        new String[] {
          "assess",
          "recommend",
          "club",
          "open",
          "group",
          "autonomy",
          "budget",
          "evaluate",
          "simulate",
          "sweep",
          "sensitivity",
          "example"
        }) {
      CommandRun run = kcs(subcommand, "--help", "--lang=pl");
      assertThat(run.out())
          .as(subcommand)
          .startsWith("")
          .contains("Użycie: kcs " + subcommand)
          .contains("Kody wyjścia:")
          .doesNotContain("Exit codes:");
      if (!subcommand.equals("example")) {
        assertThat(run.out()).as(subcommand).contains("Formaty (--format): ");
      }
    }
    assertThat(kcs("open", "--help", "--lang", "pl").out())
        .contains("Samoocena otwartości instytucji na mieszkańców");
  }

  @Test
  void a_bad_file_and_a_bad_option_with_lang_pl_are_reported_in_polish(@TempDir Path directory)
      throws Exception {
    Path broken = directory.resolve("library.json");
    Files.writeString(broken, "{\"document\": \"implementation\", \"formatVersion\": \"1.0\"}");

    assertThat(kcs("assess", "nowhere.json", "--lang", "pl").err())
        .isEqualTo("kcs: nowhere.json: nie ma takiego pliku\n");
    assertThat(kcs("assess", broken.toString(), "--lang", "pl").err())
        .isEqualTo("kcs: " + broken + ": błąd w dokumencie: $.host: is required\n");
    assertThat(kcs("assess", "--lang", "pl", "--frmat", "json").err())
        .isEqualTo("kcs assess: Nieznana opcja: '--frmat' (zobaczcie 'kcs assess --help')\n");
    assertThat(kcs("opem", "--lang", "pl").err())
        .startsWith("kcs: nieznane polecenie 'opem'; polecenia to assess, ");
    // Without --lang and KCS_LANG, help and errors are in English.
    assertThat(kcs("assess", "nowhere.json").err()).isEqualTo("kcs: nowhere.json: no such file\n");
  }

  @Test
  void kcs_lang_sets_the_language_of_help_errors_and_reports_and_lang_wins_over_it() {
    Map<String, String> polish = Map.of("KCS_LANG", "pl");
    Map<String, String> english = Map.of("KCS_LANG", "en");

    assertThat(kcsWithEnvironment(polish, "--help").out()).startsWith("Użycie: kcs ");
    assertThat(kcsWithEnvironment(polish, "assess", "nowhere.json").err())
        .isEqualTo("kcs: nowhere.json: nie ma takiego pliku\n");
    assertThat(kcsWithEnvironment(english, "assess", example("library.json")).out())
        .startsWith("Biblioteka Publiczna w Lipowie — Stage 2: inauguration\n");
    assertThat(kcsWithEnvironment(english, "assess", "--lang", "pl").out())
        .isEqualTo(kcs("assess").out());
    assertThat(kcsWithEnvironment(polish, "--help", "--lang", "en").out())
        .startsWith("Usage: kcs ");
    CommandRun bad = kcsWithEnvironment(Map.of("KCS_LANG", "de"), "assess");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("kcs: KCS_LANG must be pl or en, was 'de'\n");
  }

  @Test
  void reports_without_lang_or_kcs_lang_stay_polish_the_language_of_the_method() {
    assertThat(kcs("assess").out()).startsWith("Biblioteka Publiczna w Lipowie — Etap 2.");
  }
}
