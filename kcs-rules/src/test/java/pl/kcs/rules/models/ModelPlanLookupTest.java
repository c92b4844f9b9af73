package pl.kcs.rules.models;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.core.stage.OperatingModel.M1_OPEN_DOORS;

import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;

/**
 * A KCS's plan of models (KCS-S3) answers for each of its groups: the recommendation it holds for
 * a group is the one the selection gives that group alone, and Model 1's demand lends the free
 * hours the institution offers (KCS-M1).
 */
class ModelPlanLookupTest {

  private static final ModelSelection SELECTION = ModelSelection.withDefaultRules();

  @Test
  void the_plan_holds_for_each_group_the_recommendation_that_group_gets_alone_KCS_S3_KCS_M1() {
    SelfHelpGroup refugees = Fixtures.aRefugeeWomenGroup();
    SelfHelpGroup peers = Fixtures.aMentalHealthPeerGroup();
    KcsImplementation implementation =
        Fixtures.aLibraryReadyForStageThree().withGroupLinks().withGroups(refugees, peers);
    InstitutionOffer offer =
        InstitutionOffer.of(
            6, InstitutionCapability.NIGHT_WATCHMAN, InstitutionCapability.CULTURAL_PROGRAMME);

    KcsModelPlan plan = SELECTION.plan(implementation, offer);

    assertThat(plan.implementation()).isEqualTo(implementation);
    assertThat(plan.offer()).isEqualTo(offer);
    for (SelfHelpGroup group : implementation.groups()) {
      ModelRecommendation held = plan.recommendation(group.id()).orElseThrow();
      ModelRecommendation alone = SELECTION.recommend(group, offer);
      assertThat(held.group()).isEqualTo(group);
      assertThat(held.offer()).isEqualTo(offer);
      assertThat(held.recommendedModels()).isEqualTo(alone.recommendedModels());
    }
    ResourceDemand openDoors = plan.demand(M1_OPEN_DOORS).orElseThrow();
    assertThat(openDoors.model()).isEqualTo(M1_OPEN_DOORS);
    assertThat(openDoors.freeHoursPerWeek()).isEqualTo(6);
    assertThat(openDoors.groups()).isEqualTo(plan.groupsFor(M1_OPEN_DOORS)).isNotEmpty();
    assertThat(plan.toString()).doesNotContain(refugees.name()).isNotBlank();
  }

  @Test
  void a_models_score_names_its_model_and_counts_points_within_its_maximum_KCS_S3() {
    SelfHelpGroup peers = Fixtures.aMentalHealthPeerGroup();
    InstitutionOffer offer = InstitutionOffer.of(6, InstitutionCapability.NIGHT_WATCHMAN);

    ModelScore score = SELECTION.recommend(peers, offer).fit(M1_OPEN_DOORS).score();
    ModelScore other =
        SELECTION
            .recommend(peers, offer)
            .fit(pl.kcs.core.stage.OperatingModel.M4_CO_CREATING_PROGRAMME)
            .score();

    assertThat(score.model()).isEqualTo(M1_OPEN_DOORS);
    assertThat(other.model()).isEqualTo(pl.kcs.core.stage.OperatingModel.M4_CO_CREATING_PROGRAMME);
    assertThat(score).isNotEqualTo(other).isNotEqualTo(M1_OPEN_DOORS);
    assertThat(score.points()).isBetween(0, score.maxPoints());
    assertThat(score.percent()).isEqualTo(score.points() * 100 / score.maxPoints());
    assertThat(score.toString()).contains(M1_OPEN_DOORS.name());
  }
}
