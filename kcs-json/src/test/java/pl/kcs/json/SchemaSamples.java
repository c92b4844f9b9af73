package pl.kcs.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.Budget;
import pl.kcs.costs.Scenario;
import pl.kcs.costs.ScenarioComparison;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.club.ClubCompliance;
import pl.kcs.rules.group.GroupEvent;
import pl.kcs.rules.group.GroupLife;
import pl.kcs.rules.models.ModelSelection;
import pl.kcs.rules.opening.OpeningAssessment;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.Sweep;
import pl.kcs.testing.Gen;

/**
 * Reports of every kind kcs writes, made by kcs's own engines from generated inputs (the
 * generators of {@link RoundTripPropertyTest}), with a fixed seed: what the schemas of the reports
 * are derived from and validated against.
 */
final class SchemaSamples {

  private static final long SEED = 0x5343484BL;
  private static final int EACH = 12;

  /** After every date the generators give, so that a group's life can be assessed on it. */
  private static final LocalDate ON = LocalDate.of(2100, 1, 1);

  private SchemaSamples() {}

  /** The reports, in a fixed order; made once. */
  static List<Object> reports() {
    return Reports.ALL;
  }

  private static final class Reports {
    static final List<Object> ALL = java.util.Collections.unmodifiableList(make());
  }

  private static List<Object> make() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Object> reports = new ArrayList<>();
    Gen<KcsImplementation> implementations = generator(KcsImplementation.class);
    Gen<InstitutionOffer> offers = generator(InstitutionOffer.class);
    for (int i = 0; i < EACH; i++) {
      KcsImplementation implementation = implementations.next(random);
      InstitutionOffer offer = offers.next(random);
      reports.add(StageProgression.withDefaultRules().assess(implementation));
      reports.add(StageProgression.withDefaultRules().assess(implementation, offer));
      reports.add(StageProgression.withDefaultRules().assess(implementation).evaluation());
      reports.add(ModelSelection.withDefaultRules().plan(implementation, offer));
      reports.add(
          ModelSelection.withDefaultRules()
              .plan(implementation, InstitutionOffer.builder().build()));
      reports.addAll(GroupLife.withDefaults().assess(implementation, ON));
      reports.addAll(AutonomyAssessment.withDefaults().assess(implementation));
      for (SelfHelpGroup group : implementation.groups()) {
        GroupEvent event = GroupEvent.values()[random.nextInt(GroupEvent.values().length)];
        reports.add(GroupLife.withDefaults().check(group, event, ON));
      }
    }
    Gen<SelfHelpGroup> groups = generator(SelfHelpGroup.class);
    for (int i = 0; i < EACH * 4; i++) {
      reports.add(AutonomyAssessment.withDefaults().assess(groups.next(random)));
    }
    Gen<SelfHelpClub> clubs = generator(SelfHelpClub.class);
    Gen<SelfAssessment> assessments = generator(SelfAssessment.class);
    for (int i = 0; i < EACH; i++) {
      reports.add(ClubCompliance.withDefaultRules().assess(clubs.next(random)));
      reports.add(OpeningAssessment.withDefaultRules().assess(assessments.next(random)));
    }
    Gen<Scenario> scenarios = generator(Scenario.class);
    for (int i = 0; i < EACH; i++) {
      Scenario first = scenarios.next(random);
      Scenario second = scenarios.next(random);
      // A generated scenario may be one kcs-costs refuses to price (a contribution in another
      // currency).
      addIfPriced(reports, first::budget);
      addIfPriced(reports, () -> ScenarioComparison.of(first, second));
      addIfPriced(
          reports,
          () -> ScenarioComparison.of(first, Scenario.of("B", second.plan(), first.rateCard())));
    }
    reports.add(Budget.of(ReportJsonTest.cultureHousePlan(), pl.kcs.costs.RateCard.kcs2023()));
    reports.add(
        ScenarioComparison.of(
            Scenario.of("A", ReportJsonTest.cultureHousePlan(), pl.kcs.costs.RateCard.kcs2023()),
            Scenario.of("B", ReportJsonTest.cultureHousePlan(), pl.kcs.costs.RateCard.kcs2023())));
    Gen<EvaluationInput> evaluations = generator(EvaluationInput.class);
    for (int i = 0; i < EACH; i++) {
      EvaluationInput evaluation = evaluations.next(random);
      reports.add(evaluation.report());
      for (pl.kcs.evaluation.instrument.Instrument instrument :
          pl.kcs.evaluation.instrument.Instrument.values()) {
        reports.add(evaluation.evaluator().compare(evaluation.survey(), instrument));
      }
    }
    EvaluationInput six = ReportJsonTest.sixRespondents();
    reports.add(six.report());
    reports.add(
        six.evaluator().compare(six.survey(), pl.kcs.evaluation.instrument.Instrument.UCLA_3));
    Gen<pl.kcs.evaluation.instrument.LonelinessScoring> scorings =
        generator(pl.kcs.evaluation.instrument.LonelinessScoring.class);
    Gen<pl.kcs.evaluation.instrument.UclaResponse> ucla =
        generator(pl.kcs.evaluation.instrument.UclaResponse.class);
    Gen<pl.kcs.evaluation.instrument.DjgResponse> djg =
        generator(pl.kcs.evaluation.instrument.DjgResponse.class);
    for (int i = 0; i < EACH; i++) {
      pl.kcs.evaluation.instrument.LonelinessScoring scoring = scorings.next(random);
      reports.add(scoring.score(ucla.next(random)));
      reports.add(scoring.score(djg.next(random)));
    }
    ScenarioParameters small = ScenarioParameters.builder().months(6).build();
    reports.add(
        SimulationInput.builder().seed(7).replications(30).parameters(small).build().run(1));
    reports.add(
        Sweep.of(small)
            .vary("months", List.of(3, 6), (parameters, months) -> parameters.withMonths(months))
            .run(RunSettings.builder().seed(11).replications(20).build()));
    return reports;
  }

  private static void addIfPriced(
      List<Object> reports, java.util.function.Supplier<Object> report) {
    try {
      reports.add(report.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // not a budget: skipped
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Gen<T> generator(Class<T> type) {
    return (Gen<T>) RoundTripPropertyTest.GENERATORS.get(type);
  }
}
