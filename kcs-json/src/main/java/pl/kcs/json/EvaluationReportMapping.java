package pl.kcs.json;

import java.util.Optional;
import java.util.function.BiConsumer;
import pl.kcs.evaluation.instrument.LonelinessScoring;
import pl.kcs.evaluation.report.Cell;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.evaluation.report.GroupRow;
import pl.kcs.evaluation.report.MeanScores;
import pl.kcs.evaluation.report.MeasureTable;
import pl.kcs.evaluation.report.PilotComparison;
import pl.kcs.evaluation.report.PrePostComparison;
import pl.kcs.evaluation.report.RespondentChange;
import pl.kcs.evaluation.report.ScaleSection;
import pl.kcs.evaluation.report.ShareEstimate;
import pl.kcs.evaluation.report.SuppressionPolicy;
import pl.kcs.evaluation.stats.ConfidenceLevel;

/**
 * The JSON form of {@code pl.kcs.evaluation.report}: evaluation reports (KCS-EFF-LONELINESS,
 * KCS-EFF-CONFIDENCE, KCS-EFF-TIES, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT) with every cell shown,
 * suppressed or without answers — a suppressed cell carries no count, as in the report itself —
 * and the evaluator's settings.
 */
final class EvaluationReportMapping {

  private EvaluationReportMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            SuppressionPolicy.class,
            "suppressionPolicy",
            EvaluationReportMapping::writeSuppression,
            EvaluationReportMapping::readSuppression));
    registry.add(
        Mapping.of(
            Evaluator.class,
            "evaluator",
            EvaluationReportMapping::writeEvaluator,
            EvaluationReportMapping::readEvaluator));
    registry.add(
        Mapping.writeOnly(
            EvaluationReport.class, "evaluationReport", EvaluationReportMapping::writeReport));
    registry.add(
        Mapping.writeOnly(
            ShareEstimate.class, "shareEstimate", EvaluationReportMapping::writeShare));
    registry.add(
        Mapping.writeOnly(MeanScores.class, "meanScores", EvaluationReportMapping::writeMeans));
    registry.add(
        Mapping.writeOnly(
            PrePostComparison.class,
            "prePostComparison",
            EvaluationReportMapping::writeComparison));
    registry.add(
        Mapping.writeOnly(
            RespondentChange.class, "respondentChange", EvaluationReportMapping::writeChange));
  }

  static void writeSuppression(SuppressionPolicy policy, Out out) {
    out.integer("minimumCellSize", policy.minimumCellSize());
    out.bool("protectComplement", policy.protectComplement());
  }

  static SuppressionPolicy readSuppression(In in) {
    java.util.OptionalInt minimum = in.optInteger("minimumCellSize");
    Optional<Boolean> complement = in.optBool("protectComplement");
    return in.build(
        () -> {
          SuppressionPolicy.Builder policy = SuppressionPolicy.builder();
          minimum.ifPresent(policy::minimumCellSize);
          complement.ifPresent(policy::protectComplement);
          return policy.build();
        });
  }

  static void writeEvaluator(Evaluator evaluator, Out out) {
    out.object("scoring", evaluator.scoring(), EvaluationMapping::writeScoring);
    out.object("suppression", evaluator.suppression(), EvaluationReportMapping::writeSuppression);
    out.code("confidenceLevel", evaluator.confidenceLevel());
  }

  static Evaluator readEvaluator(In in) {
    Optional<LonelinessScoring> scoring = in.optObject("scoring", EvaluationMapping::readScoring);
    Optional<SuppressionPolicy> suppression =
        in.optObject("suppression", EvaluationReportMapping::readSuppression);
    Optional<ConfidenceLevel> level = in.optCode("confidenceLevel", ConfidenceLevel.class);
    return in.build(
        () -> {
          Evaluator.Builder evaluator = Evaluator.builder();
          scoring.ifPresent(evaluator::scoring);
          suppression.ifPresent(evaluator::suppression);
          level.ifPresent(evaluator::confidenceLevel);
          return evaluator.build();
        });
  }

  // ------------------------------------------------------------------ the report (written only)

  static void writeReport(EvaluationReport report, Out out) {
    out.string("title", report.title());
    out.date("asOf", report.asOf());
    out.object("suppression", report.suppression(), EvaluationReportMapping::writeSuppression);
    out.code("confidenceLevel", report.confidenceLevel());
    out.integer("suppressedCells", report.suppressedCells());
    out.list("groups", "group", report.groups(), EvaluationMapping::writeOutcome);
    out.list("scales", "scale", report.scales(), EvaluationReportMapping::writeSection);
    table(out, "lessLonely", report.lessLonely(), EvaluationReportMapping::writeShare);
    table(out, "confident", report.confident(), EvaluationReportMapping::writeShare);
    table(out, "ties", report.ties(), EvaluationReportMapping::writeShare);
    out.optObject("selfRunning", report.selfRunning(), EvaluationReportMapping::writeShare);
    out.optObject("independent", report.independent(), EvaluationReportMapping::writeShare);
    out.list(
        "pilotComparisons",
        "comparison",
        report.pilotComparisons(),
        EvaluationReportMapping::writePilot);
  }

  static void writeSection(ScaleSection section, Out out) {
    out.code("instrument", section.instrument());
    table(out, "scores", section.scores(), EvaluationReportMapping::writeMeans);
    table(out, "improved", section.improved(), EvaluationReportMapping::writeShare);
    table(out, "lonelyBefore", section.lonelyBefore(), EvaluationReportMapping::writeShare);
    table(out, "lonelyAfter", section.lonelyAfter(), EvaluationReportMapping::writeShare);
  }

  private static <T> void table(
      Out out, String name, MeasureTable<T> table, BiConsumer<T, Out> value) {
    Out written = out.object(name);
    Out.Items groups = written.list("groups", "group");
    for (GroupRow<T> row : table.groups()) {
      Out item = groups.object();
      item.string("group", row.group().value());
      item.string("name", row.name());
      cell(item, "cell", row.cell(), value);
    }
    cell(written, "allGroups", table.allGroups(), value);
  }

  /** {@code {"state": "SHOWN", "value": …}}, {@code {"state": "SUPPRESSED"}} or {@code {"state": "NO_ANSWERS"}}. */
  private static <T> void cell(Out out, String name, Cell<T> cell, BiConsumer<T, Out> value) {
    Out written = out.object(name);
    if (cell instanceof Cell.Shown<T> shown) {
      written.string("state", "SHOWN");
      written.object("value", shown.shown(), value);
    } else if (cell instanceof Cell.Suppressed) {
      written.string("state", "SUPPRESSED");
    } else {
      written.string("state", "NO_ANSWERS");
    }
  }

  static void writeShare(ShareEstimate share, Out out) {
    out.integer("successes", share.proportion().successes());
    out.integer("trials", share.proportion().trials());
    out.number("share", share.proportion().share());
    out.code("confidenceLevel", share.level());
    out.number("lower", share.interval().lower());
    out.number("upper", share.interval().upper());
  }

  /**
   * The figures the text shows — count and means rounded to one decimal — and no sums of scores:
   * exact sums of the shown groups would give the exact sum of the suppressed ones by subtraction
   * from the total.
   */
  static void writeMeans(MeanScores means, Out out) {
    out.code("instrument", means.instrument());
    out.integer("respondents", means.respondents());
    out.decimal("meanBefore", means.meanBefore());
    out.decimal("meanAfter", means.meanAfter());
    out.decimal("meanChange", means.meanChange());
  }

  static void writePilot(PilotComparison comparison, Out out) {
    out.code("pilot", comparison.pilot());
    out.string("source", comparison.pilot().source().id());
    out.code("unit", comparison.pilot().unit());
    out.bool("refugeeGroupsOnly", comparison.pilot().isAboutRefugeeGroupsOnly());
    out.optObject("observed", comparison.observed(), EvaluationReportMapping::writeShare);
    out.code("verdict", comparison.verdict());
  }

  // ------------------------------------------------------------------ individual results (written
  // only)

  static void writeComparison(PrePostComparison comparison, Out out) {
    out.code("instrument", comparison.instrument());
    out.list("changes", "change", comparison.changes(), EvaluationReportMapping::writeChange);
  }

  static void writeChange(RespondentChange change, Out out) {
    out.string("respondent", change.respondent().value());
    out.string("group", change.group().value());
    out.code("instrument", change.instrument());
    out.object("before", change.before(), EvaluationMapping::writeScaleScore);
    out.object("after", change.after(), EvaluationMapping::writeScaleScore);
    out.integer("change", change.change());
  }
}
