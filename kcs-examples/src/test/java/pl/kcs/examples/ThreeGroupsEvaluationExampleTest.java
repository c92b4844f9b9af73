package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.evaluation.PilotResult;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.PilotComparison;
import pl.kcs.evaluation.report.Verdict;

/**
 * The three-group example runs and reads right in both languages (KCS-EFF-LONELINESS,
 * KCS-EFF-CONFIDENCE, KCS-EFF-TIES, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT).
 */
class ThreeGroupsEvaluationExampleTest {

  @Test
  void should_print_the_report_in_polish_and_english() {
    PrintStream originalOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      ThreeGroupsEvaluationExample.main(new String[0]);
    } finally {
      System.setOut(originalOut);
    }

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains(ThreeGroupsEvaluationExample.report(Language.POLISH))
        .contains(ThreeGroupsEvaluationExample.report(Language.ENGLISH));
  }

  @Test
  void should_read_in_polish() {
    assertThat(ThreeGroupsEvaluationExample.report(Language.POLISH))
        .startsWith(
            "Raport z ewaluacji KCS: Miejska Biblioteka Publiczna w Przykładowie\nStan na 2 września 2024 r.\n")
        .contains("    Wszystkie grupy: liczba osób: 27; 7,0 → 5,6 (zmiana −1,4)\n")
        .contains(
            "  Czują się mniej samotni niż przed dołączeniem do grupy [KCS-EFF-LONELINESS]\n    Wszystkie grupy: 22 z 27 (81%; 95% PU 63–92%)\n")
        .contains("    Wszystkie grupy: 11 z 27 (41%; 95% PU 24–60%)\n")
        .contains(
            "    Grupa kobiet z doświadczeniem uchodźstwa (g-refugee-women): od 19 sierpnia 2024 r.\n")
        .contains(
            "Pilotaż: jedna z trzech grup się usamodzielniła [KCS-EFF-INDEPENDENT]. Tutaj: 1 z 3 grup (33%; 95% PU 6–80%).")
        .contains("ukryte, by chronić respondentów")
        .doesNotContain("rw-")
        .doesNotContain("pa-")
        .doesNotContain("mh-");
  }

  @Test
  void should_read_in_english() {
    assertThat(ThreeGroupsEvaluationExample.report(Language.ENGLISH))
        .startsWith(
            "KCS evaluation report: Miejska Biblioteka Publiczna w Przykładowie\nAs of 2 September 2024.\n")
        .contains("    All groups: 27 respondents: 7.0 → 5.6 (change −1.4)\n")
        .contains(
            "  Feel less lonely than before joining the group [KCS-EFF-LONELINESS]\n    All groups: 22 of 27 (81%; 95% CI 63–92%)\n")
        .contains(
            "Groups meeting without the animator on 2 September 2024 [KCS-EFF-SELFRUN]\n  2 of 3 groups (67%; 95% CI 20–94%)\n")
        .contains(
            "  Keep up acquaintances from the group outside it [KCS-EFF-TIES]\n    All groups: 10 of 27 (37%; 95% CI 21–56%)\n")
        .contains("suppressed to protect respondents")
        .doesNotContain("rw-");
  }

  @Test
  void should_set_the_three_groups_beside_the_pilot() {
    EvaluationReport report = ThreeGroupsEvaluationExample.evaluationReport();

    assertThat(report.pilotComparisons())
        .extracting(PilotComparison::verdict)
        .containsExactly(
            Verdict.INCONCLUSIVE,
            Verdict.CONSISTENT,
            Verdict.INCONCLUSIVE,
            Verdict.INCONCLUSIVE,
            Verdict.CONSISTENT);
    assertThat(report.pilotComparisons().get(2).pilot()).isEqualTo(PilotResult.INDEPENDENT_GROUPS);
    assertThat(report.groups()).hasSize(PilotResult.PILOT_GROUPS);
  }
}
