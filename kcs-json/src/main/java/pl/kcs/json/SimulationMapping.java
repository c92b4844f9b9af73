package pl.kcs.json;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import pl.kcs.core.people.PostFraction;
import pl.kcs.costs.RateCard;
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

  static void writeParameters(ScenarioParameters p, Out out) {
    out.integer("months", p.months());
    out.integer("animators", p.animators());
    out.string("animatorPost", p.animatorPost().toString());
    out.integer("maxGroups", p.maxGroups());
    out.optInteger("maxGroupsStarted", p.maxGroupsStarted());
    out.integer("monthsBeforeFirstGroup", p.monthsBeforeFirstGroup());
    out.number("newGroupProbability", p.newGroupProbability());
    out.number("existingGroupChannelProbability", p.existingGroupChannelProbability());
    out.number("animatorTurnoverProbability", p.animatorTurnoverProbability());
    out.number("vacancyFillProbability", p.vacancyFillProbability());
    out.integer("initialMembers", p.initialMembers());
    out.number("newcomerProbability", p.newcomerProbability());
    out.number("leaveProbability", p.leaveProbability());
    out.integer("bondedAfterMonths", p.bondedAfterMonths());
    out.number("firstMeetingProbability", p.firstMeetingProbability());
    out.number("rulesAgreedProbability", p.rulesAgreedProbability());
    out.number("developingProbability", p.developingProbability());
    out.number("selfRunningProbability", p.selfRunningProbability());
    out.number("independenceProbability", p.independenceProbability());
    out.number("formingDissolutionProbability", p.formingDissolutionProbability());
    out.number("dissolutionProbability", p.dissolutionProbability());
    out.number("selfRunningDissolutionProbability", p.selfRunningDissolutionProbability());
    out.integer("noAnimatorDissolutionFactor", p.noAnimatorDissolutionFactor());
    out.number("eventProbability", p.eventProbability());
    out.decimal("supervisionHoursPerAnimator", p.supervisionHoursPerAnimator());
    out.number("lessLonelyProbability", p.lessLonelyProbability());
    out.number("confidentProbability", p.confidentProbability());
    out.object("rateCard", p.rateCard(), CostsMapping::writeCard);
  }

  /** Every parameter is optional: an absent one keeps its documented default. */
  static ScenarioParameters readParameters(In in) {
    OptionalInt months = in.optInteger("months");
    OptionalInt animators = in.optInteger("animators");
    Optional<PostFraction> post = in.optNumeric("animatorPost", PostFraction::parse);
    OptionalInt maxGroups = in.optInteger("maxGroups");
    OptionalInt maxStarted = in.optInteger("maxGroupsStarted");
    OptionalInt before = in.optInteger("monthsBeforeFirstGroup");
    Optional<Double> newGroup = in.optNumber("newGroupProbability");
    Optional<Double> existingChannel = in.optNumber("existingGroupChannelProbability");
    Optional<Double> turnover = in.optNumber("animatorTurnoverProbability");
    Optional<Double> vacancy = in.optNumber("vacancyFillProbability");
    OptionalInt initialMembers = in.optInteger("initialMembers");
    Optional<Double> newcomer = in.optNumber("newcomerProbability");
    Optional<Double> leave = in.optNumber("leaveProbability");
    OptionalInt bonded = in.optInteger("bondedAfterMonths");
    Optional<Double> firstMeeting = in.optNumber("firstMeetingProbability");
    Optional<Double> rules = in.optNumber("rulesAgreedProbability");
    Optional<Double> developing = in.optNumber("developingProbability");
    Optional<Double> selfRunning = in.optNumber("selfRunningProbability");
    Optional<Double> independence = in.optNumber("independenceProbability");
    Optional<Double> formingDissolution = in.optNumber("formingDissolutionProbability");
    Optional<Double> dissolution = in.optNumber("dissolutionProbability");
    Optional<Double> selfRunningDissolution = in.optNumber("selfRunningDissolutionProbability");
    OptionalInt noAnimatorFactor = in.optInteger("noAnimatorDissolutionFactor");
    Optional<Double> event = in.optNumber("eventProbability");
    Optional<BigDecimal> supervision = in.optDecimal("supervisionHoursPerAnimator");
    Optional<Double> lessLonely = in.optNumber("lessLonelyProbability");
    Optional<Double> confident = in.optNumber("confidentProbability");
    Optional<RateCard> card = in.optObject("rateCard", CostsMapping::readCard);
    return in.build(
        () -> {
          ScenarioParameters.Builder p = ScenarioParameters.builder();
          months.ifPresent(p::months);
          animators.ifPresent(p::animators);
          post.ifPresent(p::animatorPost);
          maxGroups.ifPresent(p::maxGroups);
          maxStarted.ifPresent(p::maxGroupsStarted);
          before.ifPresent(p::monthsBeforeFirstGroup);
          newGroup.ifPresent(p::newGroupProbability);
          existingChannel.ifPresent(p::existingGroupChannelProbability);
          turnover.ifPresent(p::animatorTurnoverProbability);
          vacancy.ifPresent(p::vacancyFillProbability);
          initialMembers.ifPresent(p::initialMembers);
          newcomer.ifPresent(p::newcomerProbability);
          leave.ifPresent(p::leaveProbability);
          bonded.ifPresent(p::bondedAfterMonths);
          firstMeeting.ifPresent(p::firstMeetingProbability);
          rules.ifPresent(p::rulesAgreedProbability);
          developing.ifPresent(p::developingProbability);
          selfRunning.ifPresent(p::selfRunningProbability);
          independence.ifPresent(p::independenceProbability);
          formingDissolution.ifPresent(p::formingDissolutionProbability);
          dissolution.ifPresent(p::dissolutionProbability);
          selfRunningDissolution.ifPresent(p::selfRunningDissolutionProbability);
          noAnimatorFactor.ifPresent(p::noAnimatorDissolutionFactor);
          event.ifPresent(p::eventProbability);
          supervision.ifPresent(p::supervisionHoursPerAnimator);
          lessLonely.ifPresent(p::lessLonelyProbability);
          confident.ifPresent(p::confidentProbability);
          card.ifPresent(p::rateCard);
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
