package pl.kcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.Sourced;
import pl.kcs.evaluation.instrument.DjgAnswer;
import pl.kcs.evaluation.instrument.DjgAnswerFormat;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.DjgItem;
import pl.kcs.evaluation.instrument.DjgSubscale;
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.instrument.LonelinessBand;
import pl.kcs.evaluation.instrument.MissingAnswerTreatment;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaItem;
import pl.kcs.evaluation.report.Verdict;

/** Every labelled constant of kcs-evaluation has a Polish and an English label. */
class LabelsTest {

  private static final List<Class<? extends EvaluationTerm>> TERMS =
      List.of(
          Wave.class,
          SeedQuestion.class,
          LessLonelyAnswer.class,
          OrganiserConfidence.class,
          TiesOutsideGroup.class,
          PilotResult.class,
          PilotResult.Unit.class,
          Instrument.class,
          UclaItem.class,
          UclaAnswer.class,
          DjgSubscale.class,
          DjgAnswer.class,
          DjgAnswerFormat.class,
          DjgItem.class,
          DjgForm.class,
          LonelinessBand.class,
          MissingAnswerTreatment.class,
          Verdict.class);

  @Test
  void every_constant_has_a_polish_and_an_english_label() {
    for (Class<? extends EvaluationTerm> type : TERMS) {
      for (EvaluationTerm term : type.getEnumConstants()) {
        assertThat(term.label(Language.POLISH.locale())).as("pl %s.%s", type, term).isNotBlank();
        assertThat(term.label(Locale.ENGLISH)).as("en %s.%s", type, term).isNotBlank();
      }
    }
  }

  @Test
  void every_sourced_constant_cites_an_evaluation_fact() {
    for (Class<? extends EvaluationTerm> type : TERMS) {
      for (EvaluationTerm term : type.getEnumConstants()) {
        if (term instanceof Sourced) {
          assertThat(((Sourced) term).source().id()).as("%s.%s", type, term).startsWith("KCS-EFF-");
        }
      }
    }
  }

  @Test
  void labels_are_read_in_utf_8_and_never_in_the_default_locale() {
    // Surefire runs under a Turkish locale: it must fall back to English, not to a default bundle.
    assertThat(Wave.BASELINE.label(Locale.forLanguageTag("tr-TR"))).isEqualTo("at the start");
    assertThat(Wave.BASELINE.label(Language.POLISH.locale())).isEqualTo("na początku");
    assertThat(PilotResult.INDEPENDENT_GROUPS.label(Language.POLISH.locale()))
        .isEqualTo("jedna z trzech grup się usamodzielniła");
    assertThat(SeedQuestion.COULD_ORGANISE_A_GROUP.label(Locale.ENGLISH))
        .isEqualTo("Do you feel confident enough to organise a new self-help group yourself?");
  }

  @Test
  void both_languages_have_the_same_keys() {
    pl.kcs.core.LocalizedBundle bundle =
        pl.kcs.core.LocalizedBundle.load(
            "pl.kcs.evaluation.labels", LabelsTest.class.getClassLoader());
    assertThat(bundle.keys(Language.POLISH))
        .containsExactlyInAnyOrderElementsOf(bundle.keys(Language.ENGLISH));
  }
}
