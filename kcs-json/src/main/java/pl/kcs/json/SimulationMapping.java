package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import pl.kcs.core.people.PostFraction;
import pl.kcs.simulation.Distribution;
import pl.kcs.simulation.MonthSummary;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.SimulationResult;
import pl.kcs.simulation.SweepTable;

/**
 * The JSON form of {@code pl.kcs.simulation}: scenario parameters read and written with every
 * parameter explicit (probabilities as JSON numbers, which read back as the same doubles), and
 * results written: a distribution per month and quantity, exact decimals, and what is needed to
 * reproduce the run (seed, generator, library version).
 */
final class SimulationMapping {

  private SimulationMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            ScenarioParameters.class,
            "scenarioParameters",
            SimulationMapping::writeParameters,
            SimulationMapping::readParameters));
    registry.add(
        Mapping.writeOnly(
            SimulationResult.class, "simulationResult", SimulationMapping::writeResult));
    registry.add(
        Mapping.writeOnly(MonthSummary.class, "monthSummary", SimulationMapping::writeMonth));
    registry.add(
        Mapping.writeOnly(
            Distribution.class, "distribution", SimulationMapping::writeDistribution));
    registry.add(Mapping.writeOnly(SweepTable.class, "sweepTable", SimulationMapping::writeSweep));
  }

  /**
   * One scenario parameter: how it is written and how it is read. Every parameter is written and
   * read in this order; reading one that is absent keeps its documented default.
   */
  private record Parameter(
      BiConsumer<ScenarioParameters, Out> writer,
      Function<In, Optional<Consumer<ScenarioParameters.Builder>>> reader) {}

  /** The parameters, in the order of the document. */
  private static final ImmutableList<Parameter> PARAMETERS =
      ImmutableList.of(
          integer("months", ScenarioParameters::months, ScenarioParameters.Builder::months),
          integer(
              "animators", ScenarioParameters::animators, ScenarioParameters.Builder::animators),
          new Parameter(
              (p, out) -> out.string("animatorPost", p.animatorPost().toString()),
              in ->
                  in.optNumeric("animatorPost", PostFraction::parse)
                      .map(value -> p -> p.animatorPost(value))),
          integer(
              "maxGroups", ScenarioParameters::maxGroups, ScenarioParameters.Builder::maxGroups),
          new Parameter(
              (p, out) -> out.optInteger("maxGroupsStarted", p.maxGroupsStarted()),
              in ->
                  present(
                      in.optInteger("maxGroupsStarted"), (p, value) -> p.maxGroupsStarted(value))),
          integer(
              "monthsBeforeFirstGroup",
              ScenarioParameters::monthsBeforeFirstGroup,
              ScenarioParameters.Builder::monthsBeforeFirstGroup),
          probability(
              "newGroupProbability",
              ScenarioParameters::newGroupProbability,
              ScenarioParameters.Builder::newGroupProbability),
          probability(
              "existingGroupChannelProbability",
              ScenarioParameters::existingGroupChannelProbability,
              ScenarioParameters.Builder::existingGroupChannelProbability),
          probability(
              "animatorTurnoverProbability",
              ScenarioParameters::animatorTurnoverProbability,
              ScenarioParameters.Builder::animatorTurnoverProbability),
          probability(
              "vacancyFillProbability",
              ScenarioParameters::vacancyFillProbability,
              ScenarioParameters.Builder::vacancyFillProbability),
          integer(
              "initialMembers",
              ScenarioParameters::initialMembers,
              ScenarioParameters.Builder::initialMembers),
          probability(
              "newcomerProbability",
              ScenarioParameters::newcomerProbability,
              ScenarioParameters.Builder::newcomerProbability),
          probability(
              "leaveProbability",
              ScenarioParameters::leaveProbability,
              ScenarioParameters.Builder::leaveProbability),
          integer(
              "bondedAfterMonths",
              ScenarioParameters::bondedAfterMonths,
              ScenarioParameters.Builder::bondedAfterMonths),
          probability(
              "firstMeetingProbability",
              ScenarioParameters::firstMeetingProbability,
              ScenarioParameters.Builder::firstMeetingProbability),
          probability(
              "rulesAgreedProbability",
              ScenarioParameters::rulesAgreedProbability,
              ScenarioParameters.Builder::rulesAgreedProbability),
          probability(
              "developingProbability",
              ScenarioParameters::developingProbability,
              ScenarioParameters.Builder::developingProbability),
          probability(
              "selfRunningProbability",
              ScenarioParameters::selfRunningProbability,
              ScenarioParameters.Builder::selfRunningProbability),
          probability(
              "independenceProbability",
              ScenarioParameters::independenceProbability,
              ScenarioParameters.Builder::independenceProbability),
          probability(
              "formingDissolutionProbability",
              ScenarioParameters::formingDissolutionProbability,
              ScenarioParameters.Builder::formingDissolutionProbability),
          probability(
              "dissolutionProbability",
              ScenarioParameters::dissolutionProbability,
              ScenarioParameters.Builder::dissolutionProbability),
          probability(
              "selfRunningDissolutionProbability",
              ScenarioParameters::selfRunningDissolutionProbability,
              ScenarioParameters.Builder::selfRunningDissolutionProbability),
          integer(
              "noAnimatorDissolutionFactor",
              ScenarioParameters::noAnimatorDissolutionFactor,
              ScenarioParameters.Builder::noAnimatorDissolutionFactor),
          probability(
              "eventProbability",
              ScenarioParameters::eventProbability,
              ScenarioParameters.Builder::eventProbability),
          new Parameter(
              (p, out) ->
                  out.decimal("supervisionHoursPerAnimator", p.supervisionHoursPerAnimator()),
              in ->
                  in.optDecimal("supervisionHoursPerAnimator")
                      .map(value -> p -> p.supervisionHoursPerAnimator(value))),
          probability(
              "lessLonelyProbability",
              ScenarioParameters::lessLonelyProbability,
              ScenarioParameters.Builder::lessLonelyProbability),
          probability(
              "confidentProbability",
              ScenarioParameters::confidentProbability,
              ScenarioParameters.Builder::confidentProbability),
          new Parameter(
              (p, out) -> out.object("rateCard", p.rateCard(), CostsMapping::writeCard),
              in ->
                  in.optObject("rateCard", CostsMapping::readCard)
                      .map(value -> p -> p.rateCard(value))));

  /** A whole-number parameter, written as a JSON number. */
  private static Parameter integer(
      String name,
      ToIntFunction<ScenarioParameters> value,
      ObjIntConsumer<ScenarioParameters.Builder> setter) {
    return new Parameter(
        (p, out) -> out.integer(name, value.applyAsInt(p)),
        in -> present(in.optInteger(name), setter));
  }

  /** A probability, written as a JSON number that reads back as the same double. */
  private static Parameter probability(
      String name,
      ToDoubleFunction<ScenarioParameters> value,
      ObjDoubleConsumer<ScenarioParameters.Builder> setter) {
    return new Parameter(
        (p, out) -> out.number(name, value.applyAsDouble(p)),
        in -> in.optNumber(name).map(read -> p -> setter.accept(p, read)));
  }

  private static Optional<Consumer<ScenarioParameters.Builder>> present(
      OptionalInt value, ObjIntConsumer<ScenarioParameters.Builder> setter) {
    return value.isPresent()
        ? Optional.of(p -> setter.accept(p, value.getAsInt()))
        : Optional.empty();
  }

  static void writeParameters(ScenarioParameters p, Out out) {
    for (Parameter parameter : PARAMETERS) {
      parameter.writer().accept(p, out);
    }
  }

  /** Every parameter is optional: an absent one keeps its documented default. */
  static ScenarioParameters readParameters(In in) {
    List<Consumer<ScenarioParameters.Builder>> given = new ArrayList<>();
    for (Parameter parameter : PARAMETERS) {
      parameter.reader().apply(in).ifPresent(given::add);
    }
    return in.build(
        () -> {
          ScenarioParameters.Builder p = ScenarioParameters.builder();
          given.forEach(setter -> setter.accept(p));
          return p.build();
        });
  }

  static void writeResult(SimulationResult result, Out out) {
    out.integer("seed", result.seed());
    out.integer("replications", result.replications());
    out.string("generator", result.generator());
    out.string("libraryVersion", result.libraryVersion());
    out.object("parameters", result.parameters(), SimulationMapping::writeParameters);
    out.integer("groupMonths", result.groupMonths());
    out.integer("groupsStarted", result.groupsStarted());
    out.integer("groupsDissolved", result.groupsDissolved());
    out.integer("groupsIndependent", result.groupsIndependent());
    out.integer("rulesReopened", result.rulesReopened());
    out.optDecimal("independentShareOfGroups", result.independentShareOfGroups());
    out.optDecimal("shareStartedThroughExistingGroups", result.shareStartedThroughExistingGroups());
    out.optDecimal("pooledLessLonelyShare", result.pooledLessLonelyShare());
    out.optDecimal("pooledConfidentShare", result.pooledConfidentShare());
    out.optObject(
        "lessLonelyShare", result.lessLonelyShare(), SimulationMapping::writeDistribution);
    out.optObject("confidentShare", result.confidentShare(), SimulationMapping::writeDistribution);
    out.list("months", "month", result.months(), SimulationMapping::writeMonth);
  }

  static void writeMonth(MonthSummary month, Out out) {
    out.integer("month", month.month());
    out.object("activeGroups", month.activeGroups(), SimulationMapping::writeDistribution);
    out.object(
        "selfRunningGroups", month.selfRunningGroups(), SimulationMapping::writeDistribution);
    out.object(
        "independentGroups", month.independentGroups(), SimulationMapping::writeDistribution);
    out.object("animatorsInPost", month.animatorsInPost(), SimulationMapping::writeDistribution);
    out.object(
        "cumulativeCostLow", month.cumulativeCostLow(), SimulationMapping::writeDistribution);
    out.object(
        "cumulativeCostHigh", month.cumulativeCostHigh(), SimulationMapping::writeDistribution);
  }

  static void writeDistribution(Distribution distribution, Out out) {
    out.integer("count", distribution.count());
    out.decimal("mean", distribution.mean());
    out.decimal("p5", distribution.p5());
    out.decimal("median", distribution.median());
    out.decimal("p95", distribution.p95());
    out.decimal("min", distribution.min());
    out.decimal("max", distribution.max());
  }

  static void writeSweep(SweepTable table, Out out) {
    out.strings("parameterNames", "name", table.parameterNames());
    Out.Items rows = out.list("rows", "row");
    for (SweepTable.Row row : table.rows()) {
      Out item = rows.object();
      item.strings("parameterValues", "value", row.parameterValues());
      item.object("result", row.result(), SimulationMapping::writeResult);
    }
  }
}
