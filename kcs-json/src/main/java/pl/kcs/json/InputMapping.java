package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.simulation.ScenarioParameters;

/** The JSON form of kcs-json's own input documents: {@link EvaluationInput} and {@link SimulationInput}. */
final class InputMapping {

  private InputMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            EvaluationInput.class,
            "evaluation",
            InputMapping::writeEvaluation,
            InputMapping::readEvaluation));
    registry.add(
        Mapping.of(
            SimulationInput.class,
            "simulation",
            InputMapping::writeSimulation,
            InputMapping::readSimulation));
  }

  static void writeEvaluation(EvaluationInput input, Out out) {
    out.string("title", input.title());
    out.date("asOf", input.asOf());
    out.list("groups", "group", input.groups(), EvaluationMapping::writeOutcome);
    out.object("survey", input.survey(), EvaluationMapping::writeSurvey);
    out.object("evaluator", input.evaluator(), EvaluationReportMapping::writeEvaluator);
  }

  static EvaluationInput readEvaluation(In in) {
    String title = in.name("title");
    LocalDate asOf = in.date("asOf");
    ImmutableList<GroupOutcome> groups = in.list("groups", EvaluationMapping::readOutcome);
    EvaluationSurvey survey = in.object("survey", EvaluationMapping::readSurvey);
    Optional<Evaluator> evaluator =
        in.optObject("evaluator", EvaluationReportMapping::readEvaluator);
    return in.build(
        () -> {
          EvaluationInput.Builder input =
              EvaluationInput.builder().title(title).asOf(asOf).addAllGroups(groups).survey(survey);
          evaluator.ifPresent(input::evaluator);
          return input.build();
        });
  }

  static void writeSimulation(SimulationInput input, Out out) {
    out.integer("seed", input.seed());
    out.integer("replications", input.replications());
    out.object("parameters", input.parameters(), SimulationMapping::writeParameters);
  }

  static SimulationInput readSimulation(In in) {
    long seed = in.longInteger("seed");
    Optional<Long> replications = in.optLongInteger("replications");
    Optional<ScenarioParameters> parameters =
        in.optObject("parameters", SimulationMapping::readParameters);
    return in.build(
        () -> {
          SimulationInput.Builder input = SimulationInput.builder().seed(seed);
          replications.ifPresent(input::replications);
          parameters.ifPresent(input::parameters);
          return input.build();
        });
  }
}
