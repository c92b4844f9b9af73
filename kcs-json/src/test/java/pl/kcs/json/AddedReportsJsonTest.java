package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.club.ClubCompliance;
import pl.kcs.rules.club.ClubReport;
import pl.kcs.rules.group.GroupEvent;
import pl.kcs.rules.group.GroupLife;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelSelection;
import pl.kcs.rules.opening.OpeningAssessment;
import pl.kcs.rules.opening.SelfAssessmentReport;

/** The reports of model selection, group life, autonomy, the club and the self-assessment in JSON. */
class AddedReportsJsonTest {

  private static final KcsJson JSON = KcsJson.standard();
  private static final LocalDate ON = LocalDate.of(2025, 6, 1);

  @Test
  void a_model_plan_names_the_models_run_and_every_group_by_id_KCS_S3() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageThree();
    InstitutionOffer offer =
        InstitutionOffer.of(
            8, InstitutionCapability.NIGHT_WATCHMAN, InstitutionCapability.CULTURAL_PROGRAMME);
    KcsModelPlan plan = ModelSelection.withDefaultRules().plan(library, offer);

    JsonNode json = JSON.withLanguage(Language.ENGLISH).toJsonTree(plan);

    assertThat(json.get("document").asText()).isEqualTo("modelPlan");
    assertThat(json.get("offer").get("freeHoursPerWeek").asInt()).isEqualTo(8);
    assertThat(json.get("modelsRun")).hasSize(plan.modelsRun().size());
    assertThat(json.get("recommendations")).hasSize(library.groups().size());
    JsonNode fit = json.get("recommendations").get(0).get("fits").get(0);
    assertThat(fit.get("model").asText()).isEqualTo("M1_OPEN_DOORS");
    assertThat(fit.get("score").get("maxPoints").asInt()).isPositive();
    assertThat(fit.get("reasons").get(0).get("source").asText()).startsWith("KCS-M");
  }

  @Test
  void a_club_report_says_whether_the_club_complies_aspect_by_aspect_KS_HOURS() {
    ClubReport report = ClubCompliance.withDefaultRules().assess(Fixtures.aMunicipalClub());

    JsonNode json = JSON.withLanguage(Language.POLISH).toJsonTree(report);

    assertThat(json.get("document").asText()).isEqualTo("clubReport");
    assertThat(json.get("compliant").asBoolean()).isEqualTo(report.isCompliant());
    assertThat(json.get("aspects")).isNotEmpty();
    assertThat(json.get("outcomes")).hasSize(report.evaluation().outcomes().size());
    assertThat(json.get("language").asText()).isEqualTo("pl");
  }

  @Test
  void a_self_assessment_report_gives_its_position_and_area_scores_OPEN_COHOST() {
    SelfAssessmentReport report =
        OpeningAssessment.withDefaultRules()
            .assess(SelfAssessment.allAnswered(PracticeLevel.PARTLY));

    JsonNode json = JSON.toJsonTree(report);

    assertThat(json.get("document").asText()).isEqualTo("selfAssessmentReport");
    assertThat(json.get("percent").asInt()).isEqualTo(report.percent());
    assertThat(json.get("position").asText()).isEqualTo(report.position().name());
    assertThat(json.get("areas")).hasSize(report.scores().size());
  }

  @Test
  void
      group_life_transitions_and_autonomy_reports_name_the_group_by_id_only_KCS_DIF_NEWCOMERS_MA_AUTONOMY() {
    SelfHelpGroup group = Fixtures.aRefugeeWomenGroup();

    JsonNode life = JSON.toJsonTree(GroupLife.withDefaults().assess(group, ON));
    JsonNode transition =
        JSON.toJsonTree(GroupLife.withDefaults().check(group, GroupEvent.RULES_AGREED, ON));
    JsonNode autonomy = JSON.toJsonTree(AutonomyAssessment.withDefaults().assess(group));

    assertThat(life.get("document").asText()).isEqualTo("groupLifeReport");
    assertThat(life.get("group").asText()).isEqualTo(group.id().value());
    assertThat(life.get("evaluation").get("outcomes")).isNotEmpty();
    assertThat(transition.get("document").asText()).isEqualTo("transition");
    assertThat(transition.get("event").asText()).isEqualTo("RULES_AGREED");
    assertThat(autonomy.get("document").asText()).isEqualTo("autonomyReport");
    assertThat(autonomy.get("threateningAttitudes")).isEmpty();
    assertThat(GroupMaturity.valueOf(life.get("maturity").asText())).isEqualTo(group.maturity());
  }
}
