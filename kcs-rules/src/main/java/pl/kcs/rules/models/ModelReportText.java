package pl.kcs.rules.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;

/** Renders model recommendations and plans as plain text. */
final class ModelReportText {

  private ModelReportText() {}

  static String render(ModelRecommendation recommendation, Locale locale) {
    Language language = Language.of(locale);
    ReportText text = new ReportText(language);
    SelfHelpGroup group = recommendation.group();
    text.append(
            ModelMessages.BUNDLE.format(language, "report.group", group.name(), group.maturity()))
        .append("\n");
    text.append(
            recommendation.recommendedModels().isEmpty()
                ? ModelMessages.BUNDLE.format(language, "report.recommended.none")
                : ModelMessages.BUNDLE.format(
                    language,
                    "report.recommended",
                    Labels.join(recommendation.recommendedModels())))
        .append("\n");
    for (ModelFit fit : recommendation.recommended()) {
      text.append("  ").append(fit.render(locale)).append("\n");
      text.append("      ")
          .append(
              ModelMessages.BUNDLE.format(
                  language, "report.forms", Labels.join(fit.supportForms())))
          .append("\n");
      text.append("      ")
          .append(ModelMessages.BUNDLE.format(language, "report.reasons"))
          .append("\n");
      for (Outcome reason : fit.score().reasons()) {
        text.append("        ").append(reason.render(locale)).append("\n");
      }
    }
    boolean header = false;
    for (ModelFit fit : recommendation.fits()) {
      if (fit.isRecommended()) {
        continue;
      }
      if (!header) {
        text.append(ModelMessages.BUNDLE.format(language, "report.others")).append("\n");
        header = true;
      }
      text.append("  ").append(fit.render(locale)).append("\n");
      text.append("      ")
          .append(ModelMessages.BUNDLE.format(language, "report.missing"))
          .append("\n");
      for (Outcome missing : fit.missing()) {
        text.item("        ", missing);
      }
    }
    return text.toString();
  }

  static String render(KcsModelPlan plan, Locale locale) {
    Language language = Language.of(locale);
    ReportText text = new ReportText(language);
    text.append(
            ModelMessages.BUNDLE.format(
                language, "plan.title", plan.implementation().host().name()))
        .append("\n");
    text.append(
            plan.modelsRun().isEmpty()
                ? ModelMessages.BUNDLE.format(language, "plan.models-run.none")
                : ModelMessages.BUNDLE.format(
                    language, "plan.models-run", Labels.join(plan.modelsRun())))
        .append("\n");
    if (plan.runsOneModelOnly()) {
      text.append(ModelMessages.BUNDLE.format(language, "plan.one-model")).append("\n");
    }
    if (!plan.demands().isEmpty()) {
      text.append("\n").append(ModelMessages.BUNDLE.format(language, "plan.demands")).append("\n");
      for (ResourceDemand demand : plan.demands()) {
        text.append("  ").append(demand.render(locale));
      }
    }
    if (!plan.groupsWithoutModel().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (SelfHelpGroup group : plan.groupsWithoutModel()) {
        names.add(group.name());
      }
      text.append("\n")
          .append(
              ModelMessages.BUNDLE.format(language, "plan.without-model", String.join(", ", names)))
          .append("\n");
    }
    for (ModelRecommendation recommendation : plan.recommendations()) {
      text.append("\n").append(recommendation.render(locale));
    }
    return text.toString();
  }
}
