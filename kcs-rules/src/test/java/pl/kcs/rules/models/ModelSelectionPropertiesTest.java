package pl.kcs.rules.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Properties of model selection over generated groups and offers (KCS-S3, KCS-M1 … KCS-M4). */
class ModelSelectionPropertiesTest {

  private static final ModelSelection SELECTION = ModelSelection.withDefaultRules();

  private static final Gen<InstitutionOffer> OFFERS =
      random ->
          InstitutionOffer.builder()
              .freeHoursPerWeek(random.nextInt(3) == 0 ? 0 : random.nextInt(1, 21))
              .addAllCapabilities(Gens.enumSets(InstitutionCapability.class).next(random))
              .build();

  private static final Gen<SelfHelpGroup> GROUPS = CoreGenerators.selfHelpGroups();

  @Test
  @DisplayName(
      "KCS-M4: co-creating the programme is never recommended for a forming or early group")
  void co_creating_is_never_recommended_for_a_forming_or_early_group_KCS_M4() {
    Property.check()
        .forAllWithRandom(
            GROUPS,
            (group, random) -> {
              InstitutionOffer offer = OFFERS.next(random);
              ModelRecommendation recommendation = SELECTION.recommend(group, offer);
              if (!group.maturity().isAtLeast(GroupMaturity.DEVELOPING)) {
                assertThat(recommendation.recommends(OperatingModel.M4_CO_CREATING_PROGRAMME))
                    .as("%s with %s", group.maturity(), offer)
                    .isFalse();
                assertThat(recommendation.missingFor(OperatingModel.M4_CO_CREATING_PROGRAMME))
                    .extracting(o -> o.ruleId().value())
                    .contains("kcs.m4.formed");
              }
            });
  }

  /**
   * The other side of the two properties around it, which a selection that never recommends
   * anything would pass: given everything an institution can offer, a group formed (from
   * developing on), with rules agreed with its participants, motivated and resourced to act
   * outwards is always recommended co-creating the programme (KCS-M4), and a group that runs its
   * own meetings always fits Model 1 (KCS-M1).
   */
  @Test
  @DisplayName(
      "KCS-M4, KCS-M1: given everything, a formed, motivated, resourced group with agreed rules may co-create, and a self-running group fits open doors")
  void
      given_everything_a_ready_group_is_recommended_co_creating_and_a_self_running_one_open_doors_KCS_M4_KCS_M1() {
    InstitutionOffer everything = InstitutionOffer.of(8, InstitutionCapability.values());
    java.util.concurrent.atomic.AtomicInteger ready =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger selfRunning =
        new java.util.concurrent.atomic.AtomicInteger();
    Property.check()
        .forAll(
            GROUPS,
            group -> {
              ModelRecommendation recommendation = SELECTION.recommend(group, everything);
              boolean formed = group.maturity().isAtLeast(GroupMaturity.DEVELOPING);
              boolean agreedRules =
                  group.rules().map(r -> r.formulatedWithParticipants()).orElse(false);
              if (formed
                  && agreedRules
                  && group.motivatedToActOutwards()
                  && group.resourcedToActOutwards()) {
                ready.incrementAndGet();
                assertThat(recommendation.recommends(OperatingModel.M4_CO_CREATING_PROGRAMME))
                    .as("%s", group)
                    .isTrue();
              }
              boolean runsOwnMeetings =
                  group.maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF)
                      || group.meetsWithoutAnimatorSince().isPresent()
                      || group.meetingsLedBy() == pl.kcs.core.group.MeetingLead.PEERS;
              if (runsOwnMeetings) {
                selfRunning.incrementAndGet();
                assertThat(recommendation.recommends(OperatingModel.M1_OPEN_DOORS))
                    .as("%s", group)
                    .isTrue();
              }
            });
    assertThat(ready.get()).as("generated groups ready to co-create").isPositive();
    assertThat(selfRunning.get()).as("generated groups running their own meetings").isPositive();
  }

  @Test
  @DisplayName(
      "KCS-S3: adding a capability or free hours to the institution never removes a recommendation")
  void adding_a_capability_never_removes_a_recommendation_KCS_S3() {
    Property.check()
        .forAllWithRandom(
            GROUPS,
            (group, random) -> {
              InstitutionOffer offer = OFFERS.next(random);
              InstitutionCapability added =
                  Gens.enumValues(InstitutionCapability.class).next(random);
              InstitutionOffer more =
                  offer
                      .plus(added)
                      .withFreeHoursPerWeek(offer.freeHoursPerWeek() + random.nextInt(0, 3));

              assertThat(SELECTION.recommend(group, more).recommendedModels())
                  .as("adding %s to %s", added, offer)
                  .containsAll(SELECTION.recommend(group, offer).recommendedModels());
            });
  }

  @Test
  @DisplayName(
      "KCS-S3: the recommendation does not depend on the order of needs, capabilities or groups")
  void the_recommendation_does_not_depend_on_input_order_KCS_S3() {
    Property.check()
        .trials(150)
        .forAllWithRandom(
            CoreGenerators.kcsImplementations(Stage.OPERATION, 0.2),
            (implementation, random) -> {
              InstitutionOffer offer = OFFERS.next(random);
              InstitutionOffer reordered =
                  InstitutionOffer.builder()
                      .freeHoursPerWeek(offer.freeHoursPerWeek())
                      .addAllCapabilities(Gens.shuffled(List.copyOf(offer.capabilities()), random))
                      .build();
              List<SelfHelpGroup> shuffledGroups = new ArrayList<>();
              for (SelfHelpGroup group : Gens.shuffled(implementation.groups(), random)) {
                shuffledGroups.add(
                    group.withCulturalNeeds(
                        Gens.shuffled(List.copyOf(group.culturalNeeds()), random)));
              }
              KcsImplementation shuffled = implementation.withGroups(shuffledGroups);

              KcsModelPlan first = SELECTION.plan(implementation, offer);
              KcsModelPlan second = SELECTION.plan(shuffled, reordered);

              assertThat(second.modelsRun()).isEqualTo(first.modelsRun());
              for (int i = 0; i < first.recommendations().size(); i++) {
                assertThat(statuses(second.recommendations().get(i)))
                    .isEqualTo(statuses(first.recommendations().get(i)));
              }
              assertThat(second.render(Locale.ENGLISH)).isEqualTo(first.render(Locale.ENGLISH));
              assertThat(second.render(Locale.forLanguageTag("pl")))
                  .isEqualTo(first.render(Locale.forLanguageTag("pl")));
            });
  }

  @Test
  @DisplayName(
      "KCS-M1 … KCS-M4: a recommended model passed its gates, has forms of support and a score of at least its gates' share")
  void a_recommended_model_passed_its_gates_and_has_forms_of_support() {
    Property.check()
        .forAllWithRandom(
            GROUPS,
            (group, random) -> {
              ModelRecommendation recommendation = SELECTION.recommend(group, OFFERS.next(random));
              for (ModelFit fit : recommendation.fits()) {
                assertThat(fit.score().percent()).isBetween(0, 100);
                assertThat(fit.score().points()).isBetween(0, fit.score().maxPoints());
                if (fit.isRecommended()) {
                  assertThat(fit.missing()).isEmpty();
                  assertThat(fit.supportForms())
                      .isNotEmpty()
                      .allMatch(form -> form.model() == fit.model());
                  int gates =
                      (int)
                          fit.reasons().stream()
                              .filter(
                                  o ->
                                      o.severity() == Severity.BLOCKER
                                          && o.status() == Status.PASSED)
                              .count();
                  assertThat(fit.score().points())
                      .isGreaterThanOrEqualTo(gates * ModelScore.GATE_POINTS);
                } else {
                  assertThat(fit.missing()).isNotEmpty();
                  assertThat(fit.supportForms()).isEmpty();
                }
              }
            });
  }

  private static List<Status> statuses(ModelRecommendation recommendation) {
    return recommendation.evaluation().outcomes().stream()
        .map(Outcome::status)
        .collect(Collectors.toList());
  }
}
