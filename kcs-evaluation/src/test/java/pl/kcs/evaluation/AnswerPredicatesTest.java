package pl.kcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;
import static pl.kcs.evaluation.SurveyFixtures.aGroup;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.evaluation.stats.Proportion;

/**
 * What each answer to kcs's questions counts as, pinned answer by answer, and seen through a report
 * (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES). A predicate that said "yes" to every
 * answer would make every group look like the pilot; these tests fail on it.
 */
class AnswerPredicatesTest {

  @ParameterizedTest(name = "{0} counts as less lonely: {1}")
  @CsvSource({
    "LESS_LONELY, true",
    "NO_DIFFERENCE, false",
    "MORE_LONELY, false",
    "CANNOT_SAY, false"
  })
  void only_less_lonely_counts_as_less_lonely_KCS_EFF_LONELINESS(
      LessLonelyAnswer answer, boolean lessLonely) {
    assertThat(answer.isLessLonely()).isEqualTo(lessLonely);
  }

  @ParameterizedTest(name = "{0} counts as keeping ties: {1}")
  @CsvSource({"NONE, false", "ONE_OR_TWO, true", "THREE_OR_MORE, true"})
  void none_is_the_only_answer_without_ties_KCS_EFF_TIES(TiesOutsideGroup answer, boolean ties) {
    assertThat(answer.hasTies()).isEqualTo(ties);
  }

  @ParameterizedTest(name = "{0} counts as confident: {1}")
  @CsvSource({
    "DEFINITELY_YES, true",
    "RATHER_YES, true",
    "RATHER_NOT, false",
    "DEFINITELY_NOT, false",
    "HARD_TO_SAY, false"
  })
  void definitely_and_rather_yes_count_as_confident_KCS_EFF_CONFIDENCE(
      OrganiserConfidence answer, boolean confident) {
    assertThat(answer.isConfident()).isEqualTo(confident);
  }

  @Test
  void a_report_counts_only_the_less_lonely_and_those_with_ties_KCS_EFF_LONELINESS_KCS_EFF_TIES() {
    // GIVEN ten respondents: the first five less lonely, with ties, confident; the others not.
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      responses.add(
          aFollowUp("r-" + i, "g-1")
              .lessLonely(
                  i < 5 ? LessLonelyAnswer.LESS_LONELY : LessLonelyAnswer.values()[1 + i % 3])
              .ties(i < 5 ? TiesOutsideGroup.values()[1 + i % 2] : TiesOutsideGroup.NONE)
              .confidence(i < 5 ? OrganiserConfidence.RATHER_YES : OrganiserConfidence.RATHER_NOT)
              .build());
    }

    // WHEN reported
    EvaluationReport report =
        Evaluator.standard()
            .report(
                "KCS",
                List.of(aGroup("g-1")),
                EvaluationSurvey.of(responses),
                SurveyFixtures.SIX_MONTHS_LATER);

    // THEN five of ten, not ten of ten (which would be suppressed as an answer about everyone).
    assertThat(report.lessLonely().allGroups().value().get().proportion())
        .isEqualTo(Proportion.of(5, 10));
    assertThat(report.ties().allGroups().value().get().proportion())
        .isEqualTo(Proportion.of(5, 10));
    assertThat(report.confident().allGroups().value().get().proportion())
        .isEqualTo(Proportion.of(5, 10));
  }
}
