package pl.kcs.rules.stage;

import pl.kcs.core.Language;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.Severity;
import pl.kcs.rules.models.ModelRecommendation;

/** Writes a {@link StageReport} as plain text: the stage's words on the shared pieces. */
final class StageReportText {

  private StageReportText() {}

  static void write(StageReport report, ReportText text) {
    Language language = text.language();
    Stage current = report.currentStage();
    text.append(report.implementation().host().name())
        .append(" — ")
        .line(current.label(text.locale()));
    int blockers = report.evaluation().problemCount(Severity.BLOCKER);
    if (report.nextStage().isPresent()) {
      String next = report.nextStage().get().label(text.locale());
      text.line(
          report.mayAdvance()
              ? StageMessages.BUNDLE.format(language, "report.may-advance", next)
              : StageMessages.BUNDLE.format(language, "report.may-not-advance", next, blockers));
    } else {
      text.line(
          blockers == 0
              ? StageMessages.BUNDLE.format(language, "report.last-stage.healthy")
              : StageMessages.BUNDLE.format(language, "report.last-stage.blocked", blockers));
    }
    text.blankLine().line(StageMessages.BUNDLE.format(language, "report.checklist"));
    for (Stage stage : Stage.values()) {
      if (stage.compareTo(current) > 0) {
        break;
      }
      text.line(
          "  ",
          StageMessages.BUNDLE.format(
              language,
              "report.checklist.stage",
              stage.label(text.locale()),
              report.doneCount(stage),
              stage.steps().size()));
      for (StepProgress step : report.checklist(stage)) {
        text.check(
            "    ", step.isDone(), step.step().part() + " " + step.step().label(text.locale()));
      }
    }
    text.section(
        StageMessages.BUNDLE.format(language, "report.blockers"),
        none(language),
        report.blockers());
    text.section(
        StageMessages.BUNDLE.format(language, "report.warnings"),
        none(language),
        report.warnings());
    text.section(
        StageMessages.BUNDLE.format(language, "report.advice"), none(language), report.advice());
    if (!report.notes().isEmpty()) {
      text.section(
          StageMessages.BUNDLE.format(language, "report.notes"), none(language), report.notes());
    }
    if (report.modelPlan().isPresent()) {
      text.blankLine()
          .append(StageMessages.BUNDLE.format(language, "report.group-models"))
          .line(":");
      for (ModelRecommendation recommendation : report.modelPlan().get().recommendations()) {
        text.append("  - ").append(recommendation.group().name()).append(": ");
        if (recommendation.recommendedModels().isEmpty()) {
          text.append(StageMessages.BUNDLE.format(language, "report.group-models.none"));
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
    if (!report.missingSteps().isEmpty()) {
      String target =
          report.nextStage().map(s -> s.label(text.locale())).orElse(current.label(text.locale()));
      text.blankLine().line(StageMessages.BUNDLE.format(language, "report.missing-steps", target));
      int number = 1;
      for (StepProgress step : report.missingSteps()) {
        text.append("  ")
            .append(number++)
            .append(". ")
            .append(step.step().part())
            .append(" ")
            .line(step.step().label(text.locale()));
        for (Outcome problem : step.problems()) {
          if (problem.severity() == Severity.BLOCKER) {
            text.line("     → ", problem.action(text.locale()));
          }
        }
      }
    }
  }

  private static String none(Language language) {
    return StageMessages.BUNDLE.format(language, "report.none");
  }
}
