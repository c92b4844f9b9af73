package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.wording.Wording;

/**
 * kcs-evaluation's labels follow docs/glossary.md and make every noun agree with its number for
 * counts 0–{@value Wording#MAX_COUNT} in both languages; the errors a native reader found stay fixed.
 */
class BundleWordingTest {

  @Test
  void the_labels_use_no_term_the_glossary_forbids() {
    assertThat(Wording.forbiddenTermsIn(ReportText.BUNDLE)).isEmpty();
  }

  @Test
  void every_noun_after_a_number_agrees_with_it_for_counts_0_to_1000_in_both_languages() {
    assertThat(Wording.pluralDisagreements(ReportText.BUNDLE)).isEmpty();
  }

  @Test
  void the_report_says_less_lonely_as_the_pilot_does() {
    assertThat(ReportText.BUNDLE.text(Language.POLISH, "report.measure.lessLonely"))
        .isEqualTo("Czują się mniej samotni niż przed dołączeniem do grupy");
    assertThat(ReportText.BUNDLE.text(Language.POLISH, "PilotResult.LESS_LONELY"))
        .contains("czują się mniej samotni");
  }

  @Test
  void the_question_on_ties_asks_how_many_so_its_answers_fit() {
    assertThat(ReportText.BUNDLE.text(Language.POLISH, "SeedQuestion.TIES_KEPT_OUTSIDE"))
        .startsWith("Ile znajomości");
    assertThat(ReportText.BUNDLE.text(Language.POLISH, "TiesOutsideGroup.ONE_OR_TWO"))
        .isEqualTo("jedną lub dwie");
  }

  @Test
  void an_inconclusive_verdict_reads_plainly_in_both_languages() {
    assertThat(ReportText.BUNDLE.text(Language.POLISH, "Verdict.INCONCLUSIVE"))
        .isEqualTo(
            "za mało danych, by rozstrzygnąć: przedział obejmuje wartości zarówno zgodne z wynikiem pilotażu, jak i od niego odbiegające");
    assertThat(ReportText.BUNDLE.text(Language.ENGLISH, "Verdict.INCONCLUSIVE"))
        .isEqualTo(
            "too few to tell: the interval includes values both consistent with the pilot’s result and different from it");
  }

  @Test
  void counts_agree_with_their_nouns() {
    assertThat(
            ReportText.BUNDLE.format(
                Language.POLISH, "report.groups.share", 1, 3, "33", "95", "6", "80"))
        .isEqualTo("1 z 3 grup (33%; 95% PU 6–80%)");
    assertThat(
            ReportText.BUNDLE.format(
                Language.POLISH, "report.groups.share", 1, 1, "100", "95", "21", "100"))
        .isEqualTo("1 z 1 grupy (100%; 95% PU 21–100%)");
    assertThat(ReportText.BUNDLE.format(Language.ENGLISH, "report.means", 1, "6,0", "5,0", "−1,0"))
        .isEqualTo("1 respondent: 6,0 → 5,0 (change −1,0)");
    assertThat(ReportText.BUNDLE.format(Language.POLISH, "report.suppression", 2))
        .contains("mniej niż 2 osoby;");
    assertThat(ReportText.BUNDLE.format(Language.POLISH, "report.suppression", 5))
        .contains("mniej niż 5 osób;");
  }
}
