package pl.kcs.rules.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.Severity;

/**
 * Model selection on the shared report machinery (issue 19 §1): a recommendation is an area report
 * whose blockers are the models' gates that do not hold and whose outcomes about a model are its
 * reasons; a plan includes its groups' texts, and lists every outcome for a page or a table.
 */
class ModelReportMachineryTest {

  private static final ModelSelection SELECTION = ModelSelection.withDefaultRules();

  @Test
  @DisplayName(
      "KCS-S3: a recommendation's blockers are what is missing for each model, in rule order")
  void a_recommendations_blockers_are_the_models_missing_gates() {
    for (SelfHelpGroup group :
        List.of(ModelsFixture.forming(), ModelsFixture.developing(), ModelsFixture.coCreating())) {
      for (InstitutionOffer offer :
          List.of(ModelsFixture.everything(), ModelsFixture.spaceOnly(), ModelsFixture.nothing())) {
        ModelRecommendation recommendation = SELECTION.recommend(group, offer);
        AreaReport<ModelFacts> report = recommendation;
        List<Outcome> missing = new ArrayList<>();
        for (OperatingModel model : OperatingModel.values()) {
          assertThat(report.outcomesAbout(model)).isEqualTo(recommendation.fit(model).reasons());
          missing.addAll(recommendation.missingFor(model));
        }
        missing.sort(
            (a, b) ->
                Integer.compare(
                    recommendation.evaluation().outcomes().indexOf(a),
                    recommendation.evaluation().outcomes().indexOf(b)));
        assertThat(report.blockers()).isEqualTo(missing);
        assertThat(report.hasNoBlockers())
            .isEqualTo(recommendation.recommendedModels().size() == OperatingModel.values().length);
        assertThat(report.problems()).containsAll(missing);
        assertThat(report.warnings())
            .allMatch(o -> o.severity() == Severity.WARNING && o.isProblem());
      }
    }
  }

  @Test
  @DisplayName(
      "KCS-S3: a plan writes its groups' texts into its own and lists every outcome, group by group")
  void a_plan_includes_each_groups_text_and_outcomes() {
    KcsModelPlan plan =
        SELECTION.plan(Fixtures.aLibraryReadyForStageThree(), ModelsFixture.everything());
    List<Outcome> outcomes = new ArrayList<>();
    for (ModelRecommendation recommendation : plan.recommendations()) {
      outcomes.addAll(recommendation.evaluation().outcomes());
    }
    assertThat(plan.outcomes()).isEqualTo(outcomes);
    for (Language language : Language.values()) {
      String text = plan.render(language);
      for (ModelRecommendation recommendation : plan.recommendations()) {
        assertThat(text).contains("\n" + recommendation.render(language));
      }
      ReportText into = new ReportText(language);
      into.line("—");
      plan.writeTo(into);
      assertThat(into.toString()).isEqualTo("—\n" + text);
    }
  }
}
