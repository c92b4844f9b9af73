package pl.kcs.rules.stage;

import com.google.common.collect.ImmutableList;
import pl.kcs.core.Language;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.Severity;
import pl.kcs.rules.models.ModelRecommendation;

/** Writes a {@link StageReport} as plain text: the stage's words on the shared pieces. */
final class StageReportText {

  private static final Stage[] STAGES = Stage.values();

  private StageReportText() {}

  static void write(StageReport report, ReportText text) {
    Language language = text.language();
    StageWords words = StageWords.of(language);
    Stage current = report.currentStage();
    text.append(report.implementation().host().name()).append(" — ").line(words.stage(current));
    int blockers = report.evaluation().problemCount(Severity.BLOCKER);
    if (report.nextStage().isPresent()) {
      Stage next = report.nextStage().get();
      text.line(
          report.mayAdvance() ? words.mayAdvanceTo(next) : words.mayNotAdvanceTo(next, blockers));
    } else {
      text.line(blockers == 0 ? words.lastStageHealthy : words.lastStageBlocked(blockers));
    }
    text.blankLine().line(words.checklist);
    for (Stage stage : STAGES) {
      if (stage.compareTo(current) > 0) {
        break;
      }
      text.line("  ", words.checklistOf(stage, report.doneCount(stage)));
      for (Step step : StageReport.stepsOf(stage)) {
        text.check("    ", report.isDone(step), words.step(step));
      }
    }
    text.section(words.blockers, words.none, report.blockers());
    text.section(words.warnings, words.none, report.warnings());
    text.section(words.advice, words.none, report.advice());
    if (!report.notes().isEmpty()) {
      text.section(words.notes, words.none, report.notes());
    }
    if (report.modelPlan().isPresent()) {
      text.blankLine().append(words.groupModels).line(":");
      for (ModelRecommendation recommendation : report.modelPlan().get().recommendations()) {
        text.append("  - ").append(recommendation.group().name()).append(": ");
        if (recommendation.recommendedModels().isEmpty()) {
          text.append(words.noGroupModel);
        } else {
          boolean first = true;
          for (OperatingModel model : recommendation.recommendedModels()) {
            text.append(first ? "" : ", ").append(model.label(text.locale()));
            first = false;
          }
        }
        text.blankLine();
      }
    }
    ImmutableList<StepProgress> missing = report.missingSteps();
    if (!missing.isEmpty()) {
      text.blankLine().line(words.missingStepsTo(report.nextStage().orElse(current)));
      for (int i = 0; i < missing.size(); i++) {
        StepProgress step = missing.get(i);
        text.append("  ").append(i + 1).append(". ").line(words.step(step.step()));
        for (Outcome problem : step.problems()) {
          if (problem.severity() == Severity.BLOCKER) {
            text.line("     → ", problem.action(text.locale()));
          }
        }
      }
    }
  }
}
