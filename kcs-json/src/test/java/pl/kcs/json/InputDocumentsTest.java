package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.OrganiserConfidence;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.Wave;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.evaluation.report.SuppressionPolicy;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;

/**
 * kcs-json's own input documents: {@link EvaluationInput} is checked as the evaluator would check
 * it, when built (KCS-EFF-LONELINESS), and {@link SimulationInput} holds what reproduces a run.
 */
class InputDocumentsTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 9, 2);

  @Test
  void should_default_to_the_standard_evaluator_and_report_as_it_would() {
    EvaluationInput input = ReportJsonTest.sixRespondents();

    assertThat(input.evaluator()).isEqualTo(Evaluator.standard());
    assertThat(input.report().render(Language.ENGLISH))
        .isEqualTo(
            Evaluator.standard()
                .report(input.title(), input.groups(), input.survey(), input.asOf())
                .render(Language.ENGLISH));
  }

  @Test
  void should_reject_a_survey_of_a_group_it_does_not_have_KCS_EFF_LONELINESS() {
    assertThatThrownBy(() -> input().addGroups(outcome("g2")).survey(survey("g3", AS_OF)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("survey names group g3, which is not among the groups");
  }

  @Test
  void should_reject_a_response_dated_after_the_report() {
    assertThatThrownBy(() -> input().survey(survey("g1", AS_OF.plusDays(1))).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "survey must hold no response dated after asOf 2024-09-02, was one dated 2024-09-03 in group g1");
  }

  @Test
  void should_reject_a_group_given_twice_and_a_blank_title() {
    assertThatThrownBy(() -> input().addGroups(outcome("g1")).survey(survey("g1", AS_OF)).build())
        .hasMessage("groups must have distinct ids, was g1 twice");
    assertThatThrownBy(
            () ->
                EvaluationInput.builder()
                    .title(" ")
                    .asOf(AS_OF)
                    .survey(EvaluationSurvey.of(java.util.List.of()))
                    .build())
        .hasMessage("title must not be blank");
  }

  @Test
  void should_bound_the_replications_of_a_simulation() {
    assertThat(SimulationInput.builder().seed(1).build().replications())
        .isEqualTo(RunSettings.DEFAULT_REPLICATIONS);
    assertThat(SimulationInput.builder().seed(1).build().parameters())
        .isEqualTo(ScenarioParameters.defaults());
    assertThatThrownBy(() -> SimulationInput.builder().seed(1).replications(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("replications must be from 1 to 100000000, was 0");
    assertThat(SimulationInput.builder().seed(3).replications(5).build().settings(2).threads())
        .isEqualTo(2);
  }

  @Test
  void should_compare_by_value() {
    new EqualsTester()
        .addEqualityGroup(
            input().survey(survey("g1", AS_OF)).build(),
            input().survey(survey("g1", AS_OF)).build())
        .addEqualityGroup(
            input()
                .survey(survey("g1", AS_OF))
                .evaluator(
                    Evaluator.builder().suppression(SuppressionPolicy.ofMinimumCellSize(3)).build())
                .build())
        .addEqualityGroup(
            SimulationInput.builder().seed(1).build(),
            SimulationInput.builder().seed(1).replications(10_000).build())
        .addEqualityGroup(SimulationInput.builder().seed(2).build())
        .testEquals();
  }

  @Test
  void should_reject_nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(EvaluationSurvey.class, survey("g1", AS_OF))
            .setDefault(
                pl.kcs.core.stage.KcsImplementation.class,
                KcsJson.standard()
                    .fromJson(Documents.libraryJson(), pl.kcs.core.stage.KcsImplementation.class))
            .setDefault(com.fasterxml.jackson.databind.JsonNode.class, Documents.library());
    tester.testAllPublicStaticMethods(EvaluationInput.class);
    tester.testAllPublicInstanceMethods(input().survey(survey("g1", AS_OF)).build());
    tester.testAllPublicInstanceMethods(SimulationInput.builder().seed(1).build());
    tester.testAllPublicInstanceMethods(KcsJson.standard());
    tester.testAllPublicStaticMethods(KcsJson.class);
  }

  private static EvaluationInput.Builder input() {
    return EvaluationInput.builder().title("Biblioteka").asOf(AS_OF).addGroups(outcome("g1"));
  }

  private static GroupOutcome outcome(String id) {
    return GroupOutcome.builder().group(GroupId.of(id)).name("Grupa " + id).build();
  }

  private static EvaluationSurvey survey(String group, LocalDate on) {
    return EvaluationSurvey.of(
        java.util.List.of(
            SurveyResponse.builder()
                .respondent(RespondentId.of("r-1"))
                .group(GroupId.of(group))
                .wave(Wave.BASELINE)
                .answeredOn(on)
                .confidence(OrganiserConfidence.RATHER_NOT)
                .build()));
  }
}
