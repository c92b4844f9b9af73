package pl.kcs.rules.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.models.ModelRecommendation;

/** Renders a {@link StageReport} as plain text. */
final class StageReportText {

  private StageReportText() {}

  static String render(StageReport report, Language language) {
    Locale locale = language.locale();
    StringBuilder text = new StringBuilder();
    Stage current = report.currentStage();
    text.append(report.implementation().host().name())
        .append(" — ")
        .append(current.label(locale))
        .append('\n');
    int blockers = report.evaluation().problemCount(Severity.BLOCKER);
    if (report.nextStage().isPresent()) {
      String next = report.nextStage().get().label(locale);
      text.append(
              report.mayAdvance()
                  ? StageMessages.BUNDLE.format(language, "report.may-advance", next)
                  : StageMessages.BUNDLE.format(language, "report.may-not-advance", next, blockers))
          .append('\n');
    } else {
      text.append(
              blockers == 0
                  ? StageMessages.BUNDLE.format(language, "report.last-stage.healthy")
                  : StageMessages.BUNDLE.format(language, "report.last-stage.blocked", blockers))
          .append('\n');
    }
    text.append('\n').append(StageMessages.BUNDLE.format(language, "report.checklist")).append('\n');
    for (Stage stage : Stage.values()) {
      if (stage.compareTo(current) > 0) {
        break;
      }
      text.append("  ")
          .append(
              StageMessages.BUNDLE.format(
                  language,
                  "report.checklist.stage",
                  stage.label(locale),
                  report.doneCount(stage),
                  stage.steps().size()))
          .append('\n');
      for (StepProgress step : report.checklist(stage)) {
        text.append("    ").append(step.render(locale)).append('\n');
      }
    }
    section(text, language, "report.blockers", report.blockers());
    section(text, language, "report.warnings", report.warnings());
    section(text, language, "report.advice", report.advice());
    if (!report.notes().isEmpty()) {
      section(text, language, "report.notes", report.notes());
    }
    if (report.modelPlan().isPresent()) {
      text.append('\n').append(StageMessages.BUNDLE.format(language, "report.group-models")).append(":\n");
      for (ModelRecommendation recommendation : report.modelPlan().get().recommendations()) {
        List<String> models = new ArrayList<>();
        for (OperatingModel model : recommendation.recommendedModels()) {
          models.add(model.label(locale));
        }
        text.append("  - ")
            .append(recommendation.group().name())
            .append(": ")
            .append(
                models.isEmpty()
                    ? StageMessages.BUNDLE.format(language, "report.group-models.none")
                    : String.join(", ", models))
            .append('\n');
      }
    }
    if (!report.missingSteps().isEmpty()) {
      String target =
          report.nextStage().map(s -> s.label(locale)).orElse(current.label(locale));
      text.append('\n')
          .append(StageMessages.BUNDLE.format(language, "report.missing-steps", target))
          .append('\n');
      int number = 1;
      for (StepProgress step : report.missingSteps()) {
        text.append("  ")
            .append(number++)
            .append(". ")
            .append(step.step().part())
            .append(' ')
            .append(step.step().label(locale))
            .append('\n');
        for (Outcome problem : step.problems()) {
          if (problem.severity() == Severity.BLOCKER) {
            text.append("     → ").append(problem.action(locale)).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  private static void section(StringBuilder text, Language language, String key, List<Outcome> outcomes) {
    text.append('\n')
        .append(StageMessages.BUNDLE.format(language, key))
        .append(':')
        .append(outcomes.isEmpty() ? " " + StageMessages.BUNDLE.format(language, "report.none") : "")
        .append('\n');
    for (Outcome outcome : outcomes) {
      text.append(outcome.renderAsListItem(language.locale()));
    }
  }
}
