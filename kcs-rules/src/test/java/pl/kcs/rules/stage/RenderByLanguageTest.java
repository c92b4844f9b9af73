package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;

/**
 * kcs names a language with {@link Language} across its API (issue 14): a report, an outcome and a
 * step's progress say the same in {@code render(Language)} as in {@code render(Locale)}.
 */
class RenderByLanguageTest {

  private final StageReport report =
      StageProgression.withDefaultRules()
          .assess(LibraryFixture.lacking(Stage.OPERATION, Gap.NO_GROUPS));

  @Test
  void a_stage_report_reads_the_same_whether_asked_by_language_or_by_locale() {
    for (Language language : Language.values()) {
      assertThat(report.render(language)).isEqualTo(report.render(language.locale()));
      assertThat(report.evaluation().render(language))
          .isEqualTo(report.evaluation().render(language.locale()));
    }
    assertThat(report.render(Language.POLISH)).isNotEqualTo(report.render(Language.ENGLISH));
  }

  @Test
  void every_outcome_says_the_same_whether_asked_by_language_or_by_locale() {
    assertThat(report.blockers()).isNotEmpty();
    for (Outcome outcome : report.evaluation().outcomes()) {
      for (Language language : Language.values()) {
        assertThat(outcome.message(language)).isEqualTo(outcome.message(language.locale()));
        assertThat(outcome.action(language)).isEqualTo(outcome.action(language.locale()));
        assertThat(outcome.render(language)).isEqualTo(outcome.render(language.locale()));
        assertThat(outcome.renderAsListItem(language))
            .isEqualTo(outcome.renderAsListItem(language.locale()));
      }
    }
  }
}
