package pl.kcs.cli;

import pl.kcs.core.Language;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelFit;
import pl.kcs.rules.models.ModelRecommendation;

/**
 * A model plan as CSV (KCS-S3, KCS-M1 … KCS-M4): one row per rule outcome of every model for every
 * group, led by the group, the model, whether it is recommended, its score, and where the
 * institution's offer came from.
 */
final class ModelPlanCsv {

  private ModelPlanCsv() {}

  static CsvTable write(KcsModelPlan plan, OfferSource source, Language language) {
    OutcomeCsv csv =
        OutcomeCsv.withLeading(
            language,
            "offer_source",
            "group",
            "model",
            "recommended",
            "score_points",
            "score_max_points",
            "score_percent");
    for (ModelRecommendation recommendation : plan.recommendations()) {
      String group = recommendation.group().id().value();
      for (ModelFit fit : recommendation.fits()) {
        for (Outcome outcome : fit.reasons()) {
          csv.add(
              outcome,
              source.name(),
              group,
              fit.model().name(),
              fit.isRecommended(),
              fit.score().points(),
              fit.score().maxPoints(),
              fit.score().percent());
        }
      }
    }
    return csv.table();
  }
}
