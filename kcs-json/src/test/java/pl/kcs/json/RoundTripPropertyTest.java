package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.club.ClubFormalSetUp;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.Room;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.Coordinator;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.StaffId;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.Training;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.ScaleDecision;
import pl.kcs.core.stage.StepRecord;
import pl.kcs.costs.AnimatorPost;
import pl.kcs.costs.BudgetPlan;
import pl.kcs.costs.CostRange;
import pl.kcs.costs.EmployerContributions;
import pl.kcs.costs.Indexation;
import pl.kcs.costs.PartnerContribution;
import pl.kcs.costs.PriceIndex;
import pl.kcs.costs.PriceIndexSeries;
import pl.kcs.costs.RateCard;
import pl.kcs.costs.Scenario;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.instrument.DjgBands;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.DjgScoring;
import pl.kcs.evaluation.instrument.LonelinessScoring;
import pl.kcs.evaluation.instrument.MissingAnswerRule;
import pl.kcs.evaluation.instrument.Ucla3Scoring;
import pl.kcs.evaluation.instrument.UclaResponse;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.evaluation.report.SuppressionPolicy;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

/**
 * Every type kcs-json reads comes back equal from its JSON document, over generated values (STYLE
 * 18): the exchange format loses nothing — not the scale of a decimal, not the exact fraction of a
 * post (KCS-REM-FTE), not a double probability, not a default written out. The same through the
 * Jackson module, and the implementation document also through XML, valid against its XSD.
 */
class RoundTripPropertyTest {

  private static final KcsJson JSON = KcsJson.standard();
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(JSON.jacksonModule());

  /** A generator for every type kcs-json reads; {@link #every_readable_type_has_a_generator} keeps it complete. */
  static final ImmutableMap<Class<?>, Gen<?>> GENERATORS =
      ImmutableMap.<Class<?>, Gen<?>>builder()
          // kcs-core
          .put(
              pl.kcs.core.FactId.class,
              pl.kcs.testing.Gens.oneOf(java.util.List.copyOf(pl.kcs.core.FactId.all())))
          .put(HostInstitution.class, CoreGenerators.hostInstitutions())
          .put(Room.class, CoreGenerators.rooms())
          .put(Animator.class, CoreGenerators.animators())
          .put(SupervisionArrangement.class, CoreGenerators.supervisionArrangements())
          .put(Training.class, CoreGenerators.trainings())
          .put(Coordinator.class, CoreGenerators.coordinators())
          .put(PostFraction.class, CoreGenerators.postFractions())
          .put(Fte.class, CoreGenerators.ftes())
          .put(AnimatorId.class, CoreGenerators.animatorIds())
          .put(StaffId.class, CoreGenerators.staffIds())
          .put(SelfHelpGroup.class, AddedValues.groups(CoreGenerators.selfHelpGroups()))
          .put(pl.kcs.core.group.ProfessionalInvolvement.class, AddedValues.professionals())
          .put(pl.kcs.core.group.Reciprocity.class, AddedValues.reciprocities(12))
          .put(pl.kcs.core.host.InstitutionOffer.class, AddedValues.offers())
          .put(pl.kcs.core.opening.SelfAssessment.class, AddedValues.selfAssessments())
          .put(pl.kcs.core.club.OpeningInterval.class, AddedValues.intervals())
          .put(pl.kcs.core.club.WeeklySchedule.class, AddedValues.schedules())
          .put(GroupRules.class, CoreGenerators.groupRules())
          .put(Membership.class, CoreGenerators.memberships())
          .put(GroupLink.class, CoreGenerators.groupLinks())
          .put(GroupId.class, CoreGenerators.groupIds())
          .put(MemberId.class, CoreGenerators.memberIds())
          .put(Partner.class, CoreGenerators.partners())
          .put(PartnerId.class, CoreGenerators.partnerIds())
          .put(LegalContext.class, CoreGenerators.legalContexts())
          .put(LocalStrategy.class, CoreGenerators.localStrategies())
          .put(
              KcsImplementation.class,
              AddedValues.implementations(CoreGenerators.kcsImplementations()))
          // the command's input documents (kcs open, group, autonomy)
          .put(OpeningInput.class, CommandInputsJsonTest.openingInputs())
          .put(GroupLifeInput.class, CommandInputsJsonTest.groupLifeInputs())
          .put(AutonomyInput.class, CommandInputsJsonTest.autonomyInputs())
          .put(StepRecord.class, CoreGenerators.stepRecords())
          .put(ScaleDecision.class, CoreGenerators.scaleDecisions())
          .put(SelfHelpClub.class, AddedValues.clubs(CoreGenerators.selfHelpClubs()))
          .put(ClubFormalSetUp.class, CoreGenerators.clubFormalSetUps())
          // kcs-costs
          .put(CostRange.class, JsonGenerators.costRanges())
          .put(RateCard.class, JsonGenerators.rateCards())
          .put(EmployerContributions.class, JsonGenerators.employerContributions())
          .put(Indexation.class, JsonGenerators.indexations())
          .put(PriceIndex.class, JsonGenerators.priceIndices())
          .put(PriceIndexSeries.class, JsonGenerators.priceIndexSeries())
          .put(AnimatorPost.class, JsonGenerators.animatorPosts())
          .put(PartnerContribution.class, JsonGenerators.partnerContributions())
          .put(BudgetPlan.class, JsonGenerators.budgetPlans())
          .put(Scenario.class, JsonGenerators.budgetScenarios())
          // kcs-evaluation
          .put(RespondentId.class, JsonGenerators.respondentIds())
          .put(UclaResponse.class, JsonGenerators.uclaResponses())
          .put(DjgResponse.class, JsonGenerators.djgResponses())
          .put(SurveyResponse.class, JsonGenerators.surveyResponses())
          .put(EvaluationSurvey.class, JsonGenerators.evaluationSurveys())
          .put(GroupOutcome.class, JsonGenerators.groupOutcomes())
          .put(MissingAnswerRule.class, JsonGenerators.missingAnswerRules(5))
          .put(DjgBands.class, JsonGenerators.djgBands())
          .put(Ucla3Scoring.class, JsonGenerators.ucla3Scorings())
          .put(DjgScoring.class, JsonGenerators.djgScorings())
          .put(LonelinessScoring.class, JsonGenerators.lonelinessScorings())
          .put(SuppressionPolicy.class, JsonGenerators.suppressionPolicies())
          .put(Evaluator.class, JsonGenerators.evaluators())
          // kcs-simulation
          .put(ScenarioParameters.class, JsonGenerators.scenarioParameters())
          // kcs-json's input documents
          .put(EvaluationInput.class, JsonGenerators.evaluationInputs())
          .put(SimulationInput.class, JsonGenerators.simulationInputs())
          .buildOrThrow();

  static Stream<Arguments> readableTypes() {
    return GENERATORS.entrySet().stream()
        .map(e -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readableTypes")
  void should_read_back_from_json_exactly_what_it_wrote(
      String name, Class<?> type, Gen<?> generator) {
    Property.check().trials(100).forAll(generator, value -> assertRoundTrip(type, value));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readableTypes")
  void should_read_back_through_the_jackson_module_exactly_what_it_wrote(
      String name, Class<?> type, Gen<?> generator) {
    Property.check()
        .trials(50)
        .forAll(
            generator,
            value -> {
              try {
                assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), type))
                    .isEqualTo(value);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void should_read_back_an_implementation_from_xml_valid_against_the_xsd() {
    Property.check()
        .forAll(
            CoreGenerators.kcsImplementations(),
            implementation -> {
              String xml = JSON.toXml(implementation);
              XmlAssertions.assertValid(xml);
              assertThat(JSON.implementationFromXml(xml)).isEqualTo(implementation);
            });
  }

  @Test
  void every_readable_type_has_a_generator() {
    Set<Class<?>> readable = new HashSet<>();
    for (Mapping<?> mapping : Mappings.standard().all()) {
      if (mapping.reader().isPresent()) {
        readable.add(mapping.type());
      }
    }
    assertThat(GENERATORS.keySet()).containsExactlyInAnyOrderElementsOf(readable);
  }

  private static void assertRoundTrip(Class<?> type, Object value) {
    String json = JSON.toJson(value);
    assertThat(JSON.fromJson(json, type)).isEqualTo(value);
    // Writing is deterministic: the same value, the same text.
    assertThat(JSON.toJson(JSON.fromJson(json, type))).isEqualTo(json);
  }
}
