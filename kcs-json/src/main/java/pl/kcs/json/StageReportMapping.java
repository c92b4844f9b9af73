package pl.kcs.json;

import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Severity;
import pl.kcs.rules.stage.StageReport;
import pl.kcs.rules.stage.StepProgress;

/**
 * The JSON form of {@code pl.kcs.rules.stage}: the stage report (KCS-S1A … KCS-S3) — the current
 * stage, whether the institution may advance, the checklist of steps, the missing steps in the
 * method's order, and every rule's outcome. Written only.
 */
final class StageReportMapping {

  private StageReportMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.writeOnly(StageReport.class, "stageReport", StageReportMapping::writeReport));
    registry.add(
        Mapping.writeOnly(StepProgress.class, "stepProgress", StageReportMapping::writeStep));
  }

  static void writeReport(StageReport report, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.string("institution", report.implementation().host().name());
    out.code("currentStage", report.currentStage());
    out.optCode("nextStage", report.nextStage());
    out.bool("mayAdvance", report.mayAdvance());
    out.bool("hasNoBlockers", report.hasNoBlockers());
    Out problems = out.object("problems");
    for (Severity severity : Severity.values()) {
      problems.integer(severity.name(), report.evaluation().problemCount(severity));
    }
    Out.Items stages = out.list("stages", "stage");
    for (Stage stage : Stage.values()) {
      if (stage.compareTo(report.currentStage()) > 0) {
        break;
      }
      Out item = stages.object();
      item.code("stage", stage);
      item.integer("done", report.doneCount(stage));
      item.integer("steps", stage.steps().size());
    }
    out.list("checklist", "step", report.checklist(), StageReportMapping::writeStep);
    out.codes(
        "missingSteps", "step", report.missingSteps().stream().map(StepProgress::step).toList());
    out.list("outcomes", "outcome", report.evaluation().outcomes(), RulesMapping::writeOutcome);
  }

  static void writeStep(StepProgress step, Out out) {
    out.code("step", step.step());
    out.string("part", step.step().part());
    out.code("stage", step.step().stage());
    out.bool("done", step.isDone());
    out.strings("rules", "rule", step.outcomes().stream().map(o -> o.ruleId().value()).toList());
  }
}
