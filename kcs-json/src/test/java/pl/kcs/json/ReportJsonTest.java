package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.AnimatorPost;
import pl.kcs.costs.Budget;
import pl.kcs.costs.BudgetPlan;
import pl.kcs.costs.RateCard;
import pl.kcs.costs.Scenario;
import pl.kcs.costs.ScenarioComparison;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.LessLonelyAnswer;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.Wave;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaResponse;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.SimulationResult;

/**
 * Reports are written as JSON documents too: codes for every constant, exact decimal strings for
 * every amount, and the texts a report carries (rule messages) in the document's language.
 */
class ReportJsonTest {

  private static final KcsJson JSON = KcsJson.standard();

  @Test
  void should_write_a_stage_report_with_every_outcome_and_its_messages_in_polish_KCS_S2A() {
    StageReport report =
        StageProgression.withDefaultRules()
            .assess(JSON.fromJson(Documents.libraryJson(), KcsImplementation.class));

    JsonNode json = JSON.withLanguage(Language.POLISH).toJsonTree(report);

    assertThat(json.get("document").asText()).isEqualTo("stageReport");
    assertThat(json.get("formatVersion").asText()).isEqualTo(KcsJson.FORMAT_VERSION);
    assertThat(json.get("language").asText()).isEqualTo("pl");
    assertThat(json.get("institution").asText()).isEqualTo("Miejska Biblioteka Publiczna");
    assertThat(json.get("currentStage").asText()).isEqualTo(report.currentStage().name());
    assertThat(json.get("mayAdvance").asBoolean()).isEqualTo(report.mayAdvance());
    assertThat(json.get("problems").get("BLOCKER").asInt()).isEqualTo(report.blockers().size());
    assertThat(json.get("outcomes")).hasSize(report.evaluation().outcomes().size());
    JsonNode supervision = outcome(json, "kcs.s1b.supervision");
    assertThat(supervision.get("source").asText()).isEqualTo("KCS-S1B-SUPERVISION");
    assertThat(supervision.get("severity").asText()).isEqualTo("BLOCKER");
    assertThat(supervision.get("appliesTo").get("type").asText()).isEqualTo("Step");
    assertThat(supervision.get("appliesTo").get("code").asText()).isEqualTo("S1B_SUPERVISION");
    assertThat(supervision.get("message").asText())
        .isEqualTo(
            report
                .evaluation()
                .outcome("kcs.s1b.supervision")
                .orElseThrow()
                .message(Language.POLISH.locale()));
    assertThat(json.get("checklist").get(0).get("step").asText()).isEqualTo("S1A_ROOTING");
    assertThat(json.get("checklist").get(0).get("part").asText()).isEqualTo("1a");
  }

  @Test
  void should_write_the_same_stage_report_in_english_with_the_same_codes() {
    StageReport report =
        StageProgression.withDefaultRules()
            .assess(JSON.fromJson(Documents.libraryJson(), KcsImplementation.class));

    ObjectNode polish = JSON.withLanguage(Language.POLISH).toJsonTree(report);
    ObjectNode english = JSON.withLanguage(Language.ENGLISH).toJsonTree(report);

    assertThat(english.get("language").asText()).isEqualTo("en");
    assertThat(english.get("outcomes").get(0).get("rule"))
        .isEqualTo(polish.get("outcomes").get(0).get("rule"));
    assertThat(english.get("outcomes").get(0).get("message"))
        .isNotEqualTo(polish.get("outcomes").get(0).get("message"));
  }

  @Test
  void should_write_a_budget_exactly_and_unrounded_KCS_COST_ANIMATOR() {
    Budget budget = Budget.of(cultureHousePlan(), RateCard.kcs2023());

    JsonNode json = JSON.toJsonTree(budget);

    assertThat(json.get("document").asText()).isEqualTo("budget");
    assertThat(json.get("currency").asText()).isEqualTo("PLN");
    JsonNode pay = json.get("lines").get(0);
    assertThat(pay.get("category").asText()).isEqualTo("ANIMATOR_PAY");
    assertThat(pay.get("source").asText()).isEqualTo("KCS-COST-ANIMATOR");
    assertThat(pay.get("postFraction").asText()).isEqualTo("1/4");
    assertThat(pay.get("unitCost").toString())
        .isEqualTo("{\"currency\":\"PLN\",\"low\":\"1800.00\",\"high\":\"1800.00\"}");
    assertThat(json.get("subtotal").toString())
        .isEqualTo("{\"currency\":\"PLN\",\"low\":\"53000.00\",\"high\":\"59800.00\"}");
    assertThat(json.get("employerContributions").get("total").get("low").asText())
        .isEqualTo("8847.36");
    assertThat(json.get("employerContributions").get("inSource").asBoolean()).isFalse();
    assertThat(json.get("total").toString())
        .isEqualTo("{\"currency\":\"PLN\",\"low\":\"61847.36\",\"high\":\"68647.36\"}");
    assertThat(json.get("totalPerParticipant").get("low").asText())
        .isEqualTo("2061.578666666666666666666666666667");
    assertThat(json.get("rateCard").get("priceYear").asInt()).isEqualTo(2023);
  }

  @Test
  void should_write_a_scenario_comparison_with_a_budget_per_scenario() {
    ScenarioComparison comparison =
        ScenarioComparison.of(
            Scenario.of("¼ etatu", cultureHousePlan(), RateCard.kcs2023()),
            Scenario.of(
                "½ etatu",
                cultureHousePlan().withAnimators(AnimatorPost.of(PostFraction.HALF, 1)),
                RateCard.kcs2023()));

    JsonNode json = JSON.toJsonTree(comparison);

    assertThat(json.get("scenarios")).hasSize(2);
    assertThat(json.get("scenarios").get(1).get("name").asText()).isEqualTo("½ etatu");
    assertThat(
            json.get("scenarios")
                .get(1)
                .get("budget")
                .get("lines")
                .get(0)
                .get("postFraction")
                .asText())
        .isEqualTo("1/2");
  }

  @Test
  void
      should_write_an_evaluation_report_whose_suppressed_cells_carry_no_count_KCS_EFF_LONELINESS() {
    EvaluationReport report = sixRespondents().report();

    JsonNode json = JSON.toJsonTree(report);

    assertThat(json.get("document").asText()).isEqualTo("evaluationReport");
    assertThat(json.get("confidenceLevel").asText()).isEqualTo("NINETY_FIVE");
    JsonNode lessLonely = json.get("lessLonely").get("allGroups");
    assertThat(lessLonely.toString()).isEqualTo("{\"state\":\"SUPPRESSED\"}");
    JsonNode scores = json.get("scales").get(0).get("scores").get("allGroups");
    assertThat(scores.get("state").asText()).isEqualTo("SHOWN");
    assertThat(scores.get("value").get("instrument").asText()).isEqualTo("UCLA_3");
    assertThat(scores.get("value").get("respondents").asInt()).isEqualTo(6);
    assertThat(scores.get("value").get("meanBefore").asText()).isEqualTo("7.0");
    assertThat(scores.get("value").get("meanAfter").asText()).isEqualTo("4.0");
    assertThat(scores.get("value").get("meanChange").asText()).isEqualTo("-3.0");
    // The rounded means the text shows, never the sums: exact sums of shown groups would give the
    // suppressed groups' sum by subtraction from the total (issue 16).
    assertThat(scores.get("value").has("sumBefore")).isFalse();
    assertThat(scores.get("value").has("sumAfter")).isFalse();
    assertThat(json.get("pilotComparisons").get(0).get("pilot").asText()).isEqualTo("LESS_LONELY");
    assertThat(json.get("pilotComparisons").get(0).get("verdict").asText())
        .isEqualTo("NOT_AVAILABLE");
    assertThat(json.get("suppressedCells").asInt()).isEqualTo(report.suppressedCells());
    assertThat(json.toString()).doesNotContain("r-1");
  }

  @Test
  void should_write_a_simulation_result_with_what_reproduces_it() {
    SimulationInput input =
        SimulationInput.builder()
            .seed(7)
            .replications(40)
            .parameters(ScenarioParameters.builder().months(6).build())
            .build();
    SimulationResult result = input.run(1);

    JsonNode json = JSON.toJsonTree(result);

    assertThat(json.get("document").asText()).isEqualTo("simulationResult");
    assertThat(json.get("seed").asLong()).isEqualTo(7);
    assertThat(json.get("replications").asLong()).isEqualTo(40);
    assertThat(json.get("parameters").get("months").asInt()).isEqualTo(6);
    assertThat(json.get("months")).hasSize(6);
    JsonNode last = json.get("months").get(5);
    assertThat(last.get("month").asInt()).isEqualTo(6);
    assertThat(last.get("cumulativeCostHigh").get("mean").asText())
        .isEqualTo(result.lastMonth().cumulativeCostHigh().mean().toPlainString());
    assertThat(JSON.toJson(input.run(2))).isEqualTo(JSON.toJson(result));
  }

  @Test
  void should_refuse_to_read_a_report_which_is_derived_not_exchanged() {
    assertThatThrownBy(() -> JSON.fromJson("{}", StageReport.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kcs-json writes pl.kcs.rules.stage.StageReport but does not read it");
    assertThat(JSON.canWrite(StageReport.class)).isTrue();
    assertThat(JSON.canRead(StageReport.class)).isFalse();
    assertThat(JSON.canRead(KcsImplementation.class)).isTrue();
    assertThatThrownBy(() -> JSON.toJson("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kcs-json does not map java.lang.String");
  }

  private static JsonNode outcome(JsonNode report, String rule) {
    for (JsonNode outcome : report.get("outcomes")) {
      if (outcome.get("rule").asText().equals(rule)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome of " + rule);
  }

  /** The culture house of kcs-costs' example: two animators on ¼ of a post, 3 hours of supervision a month, six events a year. */
  static BudgetPlan cultureHousePlan() {
    return BudgetPlan.builder()
        .name("Dom kultury")
        .months(12)
        .addAnimators(
            AnimatorPost.of(PostFraction.QUARTER, 1), AnimatorPost.of(PostFraction.QUARTER, 1))
        .animatorSupervisionHoursPerMonth(new BigDecimal("3"))
        .eventsPerYear(6)
        .groups(3)
        .participants(30)
        .build();
  }

  /** Six respondents of one group: UCLA 7 before and 5 after each, five of six less lonely. */
  static EvaluationInput sixRespondents() {
    LocalDate start = LocalDate.of(2024, 3, 4);
    LocalDate after = LocalDate.of(2024, 9, 2);
    GroupId group = GroupId.of("g1");
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      RespondentId respondent = RespondentId.of("r-" + i);
      responses.add(
          SurveyResponse.builder()
              .respondent(respondent)
              .group(group)
              .wave(Wave.BASELINE)
              .answeredOn(start)
              .ucla(
                  UclaResponse.of(
                      UclaAnswer.OFTEN, UclaAnswer.SOME_OF_THE_TIME, UclaAnswer.SOME_OF_THE_TIME))
              .build());
      responses.add(
          SurveyResponse.builder()
              .respondent(respondent)
              .group(group)
              .wave(Wave.FOLLOW_UP)
              .answeredOn(after)
              .ucla(
                  UclaResponse.of(
                      UclaAnswer.SOME_OF_THE_TIME, UclaAnswer.HARDLY_EVER, UclaAnswer.HARDLY_EVER))
              .lessLonely(i <= 5 ? LessLonelyAnswer.LESS_LONELY : LessLonelyAnswer.NO_DIFFERENCE)
              .build());
    }
    return EvaluationInput.builder()
        .title("Biblioteka")
        .asOf(after)
        .addGroups(GroupOutcome.builder().group(group).name("Grupa").build())
        .survey(EvaluationSurvey.of(responses))
        .build();
  }
}
