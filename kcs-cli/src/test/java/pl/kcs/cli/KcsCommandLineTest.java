package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.document;
import static pl.kcs.cli.CommandRun.example;
import static pl.kcs.cli.CommandRun.kcs;
import static pl.kcs.cli.CommandRun.kcsWithInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.kcs.examples.LibrarySimulation;
import pl.kcs.rules.stage.StageProgression;

/**
 * The {@code kcs} command end to end, as a user runs it: every subcommand on its embedded example
 * and on files, in Polish and English, as text, JSON and CSV, with the exit codes and the one-line
 * errors of bad input.
 */
class KcsCommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  // ------------------------------------------------------------------ no arguments

  @Test
  void with_no_arguments_it_prints_the_stage_reports_of_the_embedded_library_and_a_hint() {
    CommandRun run = kcs();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Kcs.stageReports() + Kcs.HINT + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  // ------------------------------------------------------------------ assess

  @Test
  void
      assess_without_a_file_reports_on_the_embedded_library_in_polish_by_default_KCS_S2B_blocks_KCS_S2A_advises() {
    CommandRun run = kcs("assess");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            "Biblioteka Publiczna w Lipowie — Etap 2. Inauguracja kulturalnego centrum samopomocy\n"
                + "Następny etap: Etap 3. Działanie kulturalnego centrum samopomocy. Instytucja może przejść do następnego etapu: nie (1 blokada).\n")
        .contains(
            "Blokady:\n"
                + "  - Animatorzy bez żadnego przygotowania (szkolenia): anim-jan. (kcs.s2b.prepared, KCS-S2B)\n")
        .contains("\nPorady:\n")
        .contains(
            "Brakujące kroki do etapu „Etap 3. Działanie kulturalnego centrum samopomocy”, w kolejności\n"
                + "  1. 2b szkolenie animatorów i animatorek\n");
    // Inviting partners "ułatwi" recruitment: advice, listed under Porady and never among the
    // blockers.
    assertThat(run.out().substring(run.out().indexOf("\nPorady:\n")))
        .contains(
            "  - Nie zaproszono jeszcze do współpracy żadnego lokalnego partnera. (kcs.s2a.partners-invited, KCS-S2A)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void assess_reports_in_english_with_lang_en_KCS_S2B_blocks_KCS_S2A_advises() {
    CommandRun run = kcs("assess", "--lang", "en");

    assertThat(run.out())
        .startsWith(
            "Biblioteka Publiczna w Lipowie — Stage 2: inauguration\nNext stage: Stage 3: operation. The institution may move on to the next stage: no (1 blocker).\n")
        .contains(
            "Blockers:\n  - Animators with no preparation (training) at all: anim-jan. (kcs.s2b.prepared, KCS-S2B)\n")
        .contains("\nAdvice:\n");
    assertThat(run.out().substring(run.out().indexOf("\nAdvice:\n")))
        .contains(
            "  - No local partner has been invited to cooperate yet. (kcs.s2a.partners-invited, KCS-S2A)\n");
  }

  @Test
  void the_language_comes_from_the_flag_never_from_the_machines_locale() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(kcs("assess").out()).startsWith("Biblioteka Publiczna w Lipowie — Etap 2.");
      Locale.setDefault(Locale.forLanguageTag("pl"));
      assertThat(kcs("assess", "--lang", "en").out())
          .startsWith("Biblioteka Publiczna w Lipowie — Stage 2: inauguration");
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void assess_reads_the_example_file_and_its_xml_form_to_the_same_report() {
    String embedded = kcs("assess", "--lang", "en").out();

    assertThat(kcs("assess", example("library.json"), "--lang", "en").out()).isEqualTo(embedded);
    assertThat(kcs("assess", example("library.xml"), "--lang", "en").out()).isEqualTo(embedded);
  }

  @Test
  void assess_reads_standard_input_given_as_a_dash() throws IOException {
    String library = Files.readString(Path.of(example("library.json")), StandardCharsets.UTF_8);

    CommandRun run = kcsWithInput(library, "assess", "-", "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(kcs("assess", "--lang", "en").out());
  }

  @Test
  void assess_exits_with_1_on_blockers_only_when_strict() {
    assertThat(kcs("assess").exitCode()).isZero();
    assertThat(kcs("assess", "--strict").exitCode()).isEqualTo(1);
    CommandRun healthy =
        kcs("assess", document("library-stage-3.json"), "--strict", "--lang", "en");
    assertThat(healthy.out()).contains("This is the last stage. No blockers.");
    assertThat(healthy.exitCode()).isZero();
  }

  @Test
  void assess_writes_the_report_as_a_kcs_json_document_in_the_chosen_language() throws IOException {
    JsonNode polish = JSON.readTree(kcs("assess", "--format", "json").out());
    JsonNode english = JSON.readTree(kcs("assess", "--format", "json", "--lang", "en").out());

    assertThat(polish.get("document").asText()).isEqualTo("stageReport");
    assertThat(polish.get("formatVersion").asText()).isEqualTo(pl.kcs.json.KcsJson.FORMAT_VERSION);
    assertThat(polish.get("language").asText()).isEqualTo("pl");
    assertThat(polish.get("currentStage").asText()).isEqualTo("INAUGURATION");
    assertThat(polish.get("missingSteps").get(0).asText()).isEqualTo("S2B_TRAINING");
    assertThat(polish.get("missingSteps")).hasSize(1);
    assertThat(english.get("language").asText()).isEqualTo("en");
  }

  @Test
  void assess_writes_one_csv_row_per_rule() {
    CommandRun run = kcs("assess", "--format", "csv", "--lang", "en");

    assertThat(run.out())
        .startsWith(
            "stage,rule,source,severity,status,applies_to,subjects,observed,expected,message,action\r\n")
        .contains(
            "\r\nINAUGURATION,kcs.s2b.prepared,KCS-S2B,BLOCKER,FAILED,S2B_TRAINING,anim-jan,1,0,Animators with no preparation (training) at all: anim-jan.,")
        .contains(
            "\r\nINAUGURATION,kcs.s2a.partners-invited,KCS-S2A,ADVICE,FAILED,S2A_PARTNERS,,0,1,No local partner has been invited to cooperate yet.,")
        .contains("\r\nINAUGURATION,kcs.s1b.supervision,KCS-S1B-SUPERVISION,BLOCKER,PASSED,");
    assertThat(run.out().split("\r\n")).hasSize(1 + StageProgression.defaultRules().rules().size());
  }

  @Test
  void assess_ignores_the_fields_of_a_newer_minor_format_and_extension_fields() {
    CommandRun run = kcs("assess", document("library-format-1.1.json"), "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(kcs("assess", "--lang", "en").out());
  }

  // ------------------------------------------------------------------ budget

  @Test
  void budget_prices_the_embedded_culture_house_in_polish_and_english_KCS_COST_ANIMATOR() {
    assertThat(kcs("budget").out())
        .startsWith("Budżet KCS: Dom kultury — 12 miesięcy, ceny z 2023 r., PLN\n")
        .contains("Praca animatorów (¼ etatu)")
        .contains("61 847,36–68 647,36");
    assertThat(kcs("budget", "--lang", "en").out())
        .startsWith("KCS budget: Dom kultury — 12 months, 2023 prices, PLN\n")
        .contains("61,847.36–68,647.36");
  }

  @Test
  void budget_reprices_to_another_year_with_the_shipped_cpi_KCS_COST_ANIMATOR() {
    assertThat(kcs("budget", "--price-year", "2024").out())
        .startsWith("Budżet KCS: Dom kultury — 12 miesięcy, ceny z 2024 r., PLN\n")
        .contains("64 073,86–71 118,66");
  }

  @Test
  void budget_reads_a_plan_document_priced_at_the_2023_card_and_writes_csv_and_json()
      throws IOException {
    CommandRun csv = kcs("budget", document("budget-plan.json"), "--format", "csv", "--lang", "en");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).contains("\r\n").contains("61847.36");

    JsonNode json = JSON.readTree(kcs("budget", example("budget.json"), "--format", "json").out());
    assertThat(json.get("document").asText()).isEqualTo("budget");
    assertThat(json.get("total").get("low").asText()).isEqualTo("61847.36");
  }

  // ------------------------------------------------------------------ evaluate

  @Test
  void evaluate_reports_on_the_embedded_three_groups_KCS_EFF_LONELINESS() {
    assertThat(kcs("evaluate").out())
        .startsWith(
            "Raport z ewaluacji KCS: Miejska Biblioteka Publiczna w Przykładowie\nStan na 2 września 2024 r.\n")
        .contains("    Wszystkie grupy: 22 z 27 (81%; 95% PU 63–92%)\n");
    assertThat(kcs("evaluate", example("evaluation.json"), "--lang", "en").out())
        .startsWith(
            "KCS evaluation report: Miejska Biblioteka Publiczna w Przykładowie\nAs of 2 September 2024.\n")
        .contains("    All groups: 22 of 27 (81%; 95% CI 63–92%)\n")
        .doesNotContain("rw-");
  }

  @Test
  void evaluate_writes_json_and_csv_without_respondent_ids() throws IOException {
    JsonNode json = JSON.readTree(kcs("evaluate", "--format", "json").out());
    assertThat(json.get("document").asText()).isEqualTo("evaluationReport");
    assertThat(json.get("lessLonely").get("allGroups").get("value").get("successes").asInt())
        .isEqualTo(22);

    String csv = kcs("evaluate", "--format", "csv").out();
    assertThat(csv)
        .startsWith(
            "measure,instrument,scope,group,state,successes,trials,share,lower,upper,respondents,mean_before,mean_after,mean_change\r\n")
        .contains("\r\nless_lonely,,ALL_GROUPS,,SHOWN,22,27,")
        .contains("\r\nless_lonely,,GROUP,g-mental-health,SUPPRESSED,,,,,,,,,\r\n")
        .doesNotContain("rw-");
  }

  // ------------------------------------------------------------------ simulate

  @Test
  void simulate_summarises_a_scenario_in_polish_and_english_KCS_EFF_INDEPENDENT() {
    String file = document("simulation-small.json");

    assertThat(kcs("simulate", file).out())
        .startsWith(
            "Scenariusz: animatorzy: 1 (po 1/4 etatu), grupy naraz: do 3, miesiące: 36, powtórzenia: 200 (ziarno 20240115, kcs ")
        .contains("\n  grupy usamodzielnione: średnio ")
        .contains("\n  koszt łączny (PLN, bez lokalu): średnio ");
    assertThat(kcs("simulate", file, "--lang", "en", "--threads", "1").out())
        .startsWith(
            "Scenario: animators: 1 (1/4 of a post each), groups at a time: up to 3, months: 36, replications: 200 (seed 20240115, kcs ")
        .contains("\n  independent groups: mean ")
        .contains("\n  total cost (PLN, premises excluded): mean ");
  }

  @Test
  void simulate_gives_the_same_figures_for_the_same_seed_on_any_number_of_threads() {
    String file = document("simulation-small.json");

    assertThat(kcs("simulate", file, "--format", "json", "--threads", "1").out())
        .isEqualTo(kcs("simulate", file, "--format", "json", "--threads", "2").out());
    assertThat(kcs("simulate", file, "--seed", "1", "--format", "csv").out())
        .startsWith(
            "kcs_version,seed,generator,replications,uncertain,month,quantity,mean,p5,median,p95,min,max\r\n")
        .contains(",1,\"java.util.SplittableRandom;")
        .isNotEqualTo(kcs("simulate", file, "--format", "csv").out());
  }

  // ------------------------------------------------------------------ example, help, version

  @Test
  void example_prints_the_embedded_documents_to_start_from() throws IOException {
    assertThat(kcs("example", "library").out())
        .startsWith("{\n  \"document\": \"implementation\",\n  \"formatVersion\": \"1.1\",\n");
    assertThat(kcs("example", "library", "--format", "xml").out())
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<implementation formatVersion=\"1.1\" xmlns=\"urn:pl:kcs:implementation:1\">\n");
    assertThat(JSON.readTree(kcs("example", "simulation").out()).get("seed").asLong())
        .isEqualTo(LibrarySimulation.SEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "budget", "evaluate", "simulate", "example"})
  void every_subcommand_has_help(String subcommand) {
    CommandRun run = kcs(subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\nUsage: kcs " + subcommand + " [-hV]").contains("Exit codes:");
    assertThat(run.err()).isEmpty();
  }

  /** Every subcommand that writes a report, as the command lists them: a new one is covered. */
  static Stream<String> reportSubcommands() {
    return KcsCommand.SUBCOMMANDS.entrySet().stream()
        .filter(entry -> ReportCommand.class.isAssignableFrom(entry.getValue()))
        .map(Map.Entry::getKey);
  }

  @ParameterizedTest
  @MethodSource("reportSubcommands")
  void every_report_subcommands_help_lists_its_exit_codes_and_1_only_with_strict(
      String subcommand) {
    boolean strict = subcommand.equals("assess") || subcommand.equals("club");

    String english = kcs(subcommand, "--help").out();
    String polish = kcs(subcommand, "--help", "--lang", "pl").out();

    assertThat(english)
        .contains(
            "\nExit codes:\n  0   ok\n"
                + (strict ? "  1   blockers found, with --strict\n" : "")
                + "  2   bad input or option\n  3   an error of kcs itself\n");
    assertThat(polish)
        .contains(
            "\nKody wyjścia:\n  0   w porządku\n"
                + (strict ? "  1   znaleziono blokady, z --strict\n" : "")
                + "  2   błędne dane albo opcja\n  3   błąd samego kcs\n");
  }

  @Test
  void the_command_has_help_and_a_version() {
    assertThat(kcs("--help").out())
        .startsWith("Usage: kcs [-hV] [COMMAND]\n")
        .contains(
            "  assess       The stage report of an implementation: may it advance, and if not, what is missing.\n")
        .contains(
            "  recommend    The fitting operating models of every group of an implementation, with the reasons.\n")
        .contains(
            "  2   bad input: an unreadable file, bad JSON or XML, an invalid value, an unknown format version,");
    assertThat(kcs("--version").out()).startsWith("kcs ");
  }

  // ------------------------------------------------------------------ bad input: exit 2, one line

  @Test
  void a_bad_value_fails_with_its_json_path_KCS_REM_FTE() {
    String file = document("library-post-fraction.json");

    assertBadInput(
        kcs("assess", file),
        "kcs: " + file + ": $.animators[1].postFraction: must be in (0, 1], was 3/2");
  }

  @Test
  void a_document_of_an_unknown_major_version_is_refused() {
    String file = document("library-format-2.json");

    assertBadInput(
        kcs("assess", file),
        "kcs: "
            + file
            + ": $.formatVersion: must be 1.x, was 2.0: this kcs reads format "
            + pl.kcs.json.KcsJson.FORMAT_VERSION
            + "; a newer kcs is needed");
  }

  @Test
  void text_that_is_not_json_fails_with_its_line_and_column() {
    String file = document("library-broken.json");

    assertBadInput(
        kcs("assess", file),
        "kcs: "
            + file
            + ": line 10, column 8: not JSON: unexpected end-of-input within/between Object entries");
  }

  @Test
  void xml_invalid_against_the_xsd_fails_with_the_path_of_the_element_KCS_HOST() {
    String file = document("library-bad-kind.xml");

    assertBadInput(
        kcs("assess", file),
        "kcs: "
            + file
            + ": /implementation/host/kind: invalid against the XSD: Value 'BIBLIOTEKA' is not facet-valid with"
            + " respect to enumeration '[CULTURE_HOUSE, LIBRARY, LOCAL_ACTIVITY_CENTRE, EXISTING_SELF_HELP_GROUP,"
            + " SOCIAL_ASSISTANCE_CENTRE]'. It must be a value from the enumeration.");
  }

  @Test
  void a_budget_kcs_rejects_fails_as_bad_input_KCS_COST_PARTNERS() {
    String file = document("budget-partner-too-generous.json");

    assertBadInput(
        kcs("budget", file),
        "kcs: "
            + file
            + ": partner contributions to EVENTS must not exceed what it costs at most, PLN 4200.00, were PLN 5000.00");
    assertBadInput(
        kcs("budget", "--price-year", "2030"),
        "kcs: --price-year 2030: the shipped GUS consumer price index has no index for 2025; it covers 2019 to 2024");
    assertBadInput(
        kcs("budget", example("library.json")),
        "kcs: "
            + example("library.json")
            + ": $.document: must be 'budgetScenario' or 'budgetPlan', was 'implementation'");
  }

  @Test
  void an_evaluation_or_a_simulation_kcs_rejects_fails_as_bad_input() {
    String evaluation = document("evaluation-unknown-group.json");
    String simulation = document("simulation-bad-probability.json");

    assertBadInput(
        kcs("evaluate", evaluation),
        "kcs: " + evaluation + ": $.survey: names group g-choir, which is not among the groups");
    assertBadInput(
        kcs("simulate", simulation),
        "kcs: "
            + simulation
            + ": $.parameters.newGroupProbability: must be a probability in [0, 1], was 1.5");
  }

  @Test
  void a_file_that_cannot_be_read_fails_in_one_line() throws IOException {
    assertBadInput(
        kcs("assess", "no-such-library.json"), "kcs: no-such-library.json: no such file");
    Path directory = Path.of("target");
    assertBadInput(kcs("assess", directory.toString()), "kcs: target: is a directory, not a file");
    Path latin2 = Files.createTempFile("latin2", ".json");
    Files.write(latin2, new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xB3, '"', '}'});
    assertBadInput(kcs("assess", latin2.toString()), "kcs: " + latin2 + ": is not UTF-8 text");
    Files.delete(latin2);
  }

  @Test
  void a_bad_option_fails_in_one_line_with_exit_2() {
    assertBadInput(
        kcs("assess", "--lang", "de"),
        "kcs assess: Invalid value for option '--lang': must be pl or en, was 'de' (see 'kcs assess --help')");
    assertBadInput(
        kcs("assess", "--frmat", "json"),
        "kcs assess: Unknown option: '--frmat' (see 'kcs assess --help')");
    assertBadInput(
        kcs("evaluate", "--format", "yaml"),
        "kcs evaluate: Invalid value for option '--format': must be text, json, csv or html, was 'yaml' (see 'kcs evaluate --help')");
    assertBadInput(
        kcs("example", "budget", "--format", "xml"),
        "kcs example: --format must be json for budget, was 'xml' (see 'kcs example --help')");
    assertBadInput(
        kcs("simulate", "--replications", "0"),
        "kcs simulate: --replications must be from 1 to 100000000, was 0 (see 'kcs simulate --help')");
    assertBadInput(
        kcs("recommends"),
        "kcs: unknown subcommand 'recommends'; the subcommands are assess, recommend, club, open, group, autonomy, budget, evaluate, simulate, sweep, sensitivity, example, help (see 'kcs --help')");
    assertBadInput(
        kcs("opem", "--help"),
        "kcs: unknown subcommand 'opem'; the subcommands are assess, recommend, club, open, group, autonomy, budget, evaluate, simulate, sweep, sensitivity, example, help (see 'kcs --help')");
  }

  private static void assertBadInput(CommandRun run, String line) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(line + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }
}
