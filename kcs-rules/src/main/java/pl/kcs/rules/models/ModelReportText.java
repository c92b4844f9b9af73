package pl.kcs.rules.models;

import java.util.ArrayList;
import java.util.List;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;

/** Writes model recommendations and plans as plain text: model selection's words on the shared pieces. */
final class ModelReportText {

  private ModelReportText() {}

  static void write(ModelRecommendation recommendation, ReportText text) {
    Language language = text.language();
    SelfHelpGroup group = recommendation.group();
    text.line(ModelRules.WORDS.format(language, "report.group", group.name(), group.maturity()));
    text.line(
        recommendation.recommendedModels().isEmpty()
            ? ModelRules.WORDS.format(language, "report.recommended.none")
            : ModelRules.WORDS.format(
                language, "report.recommended", Labels.join(recommendation.recommendedModels())));
    for (ModelFit fit : recommendation.recommended()) {
      fitLine(fit, text);
      text.line(
          "      ",
          ModelRules.WORDS.format(language, "report.forms", Labels.join(fit.supportForms())));
      text.line("      ", ModelRules.WORDS.format(language, "report.reasons"));
      for (Outcome reason : fit.score().reasons()) {
        text.line("        ", reason.render(text.locale()));
      }
    }
    boolean header = false;
    for (ModelFit fit : recommendation.fits()) {
      if (fit.isRecommended()) {
        continue;
      }
      if (!header) {
        text.line(ModelRules.WORDS.format(language, "report.others"));
        header = true;
      }
      fitLine(fit, text);
      text.line("      ", ModelRules.WORDS.format(language, "report.missing"));
      for (Outcome missing : fit.missing()) {
        text.item("        ", missing);
      }
    }
  }

  static void write(KcsModelPlan plan, ReportText text) {
    Language language = text.language();
    text.line(ModelRules.WORDS.format(language, "plan.title", plan.implementation().host().name()));
    text.line(
        plan.modelsRun().isEmpty()
            ? ModelRules.WORDS.format(language, "plan.models-run.none")
            : ModelRules.WORDS.format(language, "plan.models-run", Labels.join(plan.modelsRun())));
    if (plan.runsOneModelOnly()) {
      text.line(ModelRules.WORDS.format(language, "plan.one-model"));
    }
    if (!plan.demands().isEmpty()) {
      text.blankLine().line(ModelRules.WORDS.format(language, "plan.demands"));
      for (ResourceDemand demand : plan.demands()) {
        text.append("  ");
        demand.writeTo(text);
      }
    }
    if (!plan.groupsWithoutModel().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (SelfHelpGroup group : plan.groupsWithoutModel()) {
        names.add(group.name());
      }
      text.blankLine()
          .line(ModelRules.WORDS.format(language, "plan.without-model", String.join(", ", names)));
    }
    for (ModelRecommendation recommendation : plan.recommendations()) {
      text.blankLine();
      recommendation.writeTo(text);
    }
  }

  /** A fit's line, indented by two spaces. */
  private static void fitLine(ModelFit fit, ReportText text) {
    text.append("  ");
    fit.writeTo(text);
    text.append("\n");
  }
}
