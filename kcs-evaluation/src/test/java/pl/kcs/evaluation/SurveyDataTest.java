package pl.kcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.evaluation.SurveyFixtures.START;
import static pl.kcs.evaluation.SurveyFixtures.aBaseline;
import static pl.kcs.evaluation.SurveyFixtures.aFollowUp;
import static pl.kcs.evaluation.SurveyFixtures.uclaTotal;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.GroupId;

/**
 * Pseudonymous survey data (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES): no respondent id
 * or answer in a {@code toString()} or an exception message.
 */
class SurveyDataTest {

  private static final String PLANTED = "planted-Maria-Nowak-1961";

  @Test
  void should_never_print_a_respondent_id() {
    RespondentId id = RespondentId.of(PLANTED);

    assertThat(id.toString()).isEqualTo("RespondentId[redacted]");
    assertThat(id.value()).isEqualTo(PLANTED);
  }

  @Test
  void should_reject_a_respondent_id_without_repeating_it() {
    assertThatThrownBy(() -> RespondentId.of("Maria Nowak"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "respondentId must be 1 to 64 letters, digits or . _ : - starting with a letter or"
                + " digit, was a value of 11 characters (not shown: it may identify a person)");
  }

  @Test
  void should_print_neither_the_respondent_nor_the_answers_of_a_response() {
    SurveyResponse response =
        aFollowUp(PLANTED, "g-1")
            .ucla(uclaTotal(9))
            .lessLonely(LessLonelyAnswer.MORE_LONELY)
            .confidence(OrganiserConfidence.DEFINITELY_NOT)
            .ties(TiesOutsideGroup.NONE)
            .build();

    assertThat(response.toString())
        .doesNotContain(PLANTED)
        .doesNotContain("MORE_LONELY")
        .doesNotContain("DEFINITELY_NOT")
        .doesNotContain("OFTEN")
        .contains("g-1")
        .contains("FOLLOW_UP");
    assertThat(EvaluationSurvey.of(List.of(response)).toString()).doesNotContain(PLANTED);
  }

  @Test
  void should_ask_the_retrospective_question_only_after_kcs_eff_loneliness() {
    assertThatThrownBy(
            () -> aBaseline("r-1", "g-1").lessLonely(LessLonelyAnswer.LESS_LONELY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "lessLonely must be asked at FOLLOW_UP only (it looks back to the time before joining),"
                + " was given at BASELINE");
    assertThatThrownBy(() -> aBaseline("r-1", "g-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a survey response must hold at least one answer, was a BASELINE response without any");
  }

  @Test
  void should_reject_a_second_response_in_one_wave_without_naming_the_respondent() {
    SurveyResponse first = aBaseline(PLANTED, "g-1").ucla(uclaTotal(5)).build();
    SurveyResponse second = aBaseline(PLANTED, "g-1").ucla(uclaTotal(6)).build();

    assertThatThrownBy(() -> EvaluationSurvey.of(List.of(first, second)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "responses must hold one response per respondent and wave, was a second BASELINE"
                + " response of one respondent in group g-1")
        .hasMessageNotContaining(PLANTED);
  }

  @Test
  void should_keep_a_respondent_in_one_group() {
    SurveyResponse first = aBaseline(PLANTED, "g-1").ucla(uclaTotal(5)).build();
    SurveyResponse second = aFollowUp(PLANTED, "g-2").ucla(uclaTotal(6)).build();

    assertThatThrownBy(() -> EvaluationSurvey.of(List.of(first, second)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a respondent must answer for one group only, was one respondent in groups g-1 and g-2");
  }

  @Test
  void should_not_date_a_follow_up_before_its_baseline() {
    SurveyResponse baseline = aBaseline(PLANTED, "g-1").ucla(uclaTotal(5)).build();
    SurveyResponse followUp =
        aFollowUp(PLANTED, "g-1")
            .ucla(uclaTotal(6))
            .build()
            .withAnsweredOn(LocalDate.of(2024, 1, 2));

    assertThatThrownBy(() -> EvaluationSurvey.of(List.of(followUp, baseline)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a FOLLOW_UP response must not be dated before the same respondent's BASELINE,"
                + " was 2024-01-02 before "
                + START
                + " in group g-1");
  }

  @Test
  void should_find_responses_by_group_and_by_respondent_and_wave() {
    SurveyResponse a = aBaseline("r-1", "g-2").ucla(uclaTotal(5)).build();
    SurveyResponse b = aBaseline("r-2", "g-1").ucla(uclaTotal(6)).build();
    SurveyResponse c = aFollowUp("r-1", "g-2").ucla(uclaTotal(4)).build();
    EvaluationSurvey survey = EvaluationSurvey.of(List.of(a, b, c));

    assertThat(survey.groups()).containsExactly(GroupId.of("g-1"), GroupId.of("g-2"));
    assertThat(survey.responses(GroupId.of("g-2"))).containsExactly(a, c);
    assertThat(survey.response(RespondentId.of("r-1"), Wave.FOLLOW_UP)).contains(c);
    assertThat(survey.response(RespondentId.of("r-2"), Wave.FOLLOW_UP)).isEmpty();
  }

  @Test
  void should_be_values() {
    new EqualsTester()
        .addEqualityGroup(RespondentId.of("r-1"), RespondentId.of("r-1"))
        .addEqualityGroup(RespondentId.of("r-2"))
        .testEquals();
    assertThat(RespondentId.of("a")).isLessThan(RespondentId.of("b"));
    new EqualsTester()
        .addEqualityGroup(
            aBaseline("r-1", "g-1").ucla(uclaTotal(5)).build(),
            aBaseline("r-1", "g-1").ucla(uclaTotal(5)).build())
        .addEqualityGroup(aBaseline("r-2", "g-1").ucla(uclaTotal(5)).build())
        .addEqualityGroup(aBaseline("r-1", "g-1").ucla(uclaTotal(6)).build())
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(RespondentId.class);
    new NullPointerTester()
        .setDefault(RespondentId.class, RespondentId.of("r-1"))
        .testAllPublicInstanceMethods(
            EvaluationSurvey.of(List.of(aBaseline("r-1", "g-1").ucla(uclaTotal(5)).build())));
  }
}
