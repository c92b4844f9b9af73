package pl.kcs.json;

import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.stage.SupportForm;
import pl.kcs.rules.Severity;
import pl.kcs.rules.autonomy.AutonomyReport;
import pl.kcs.rules.club.ClubAspect;
import pl.kcs.rules.club.ClubReport;
import pl.kcs.rules.group.GroupLifeReport;
import pl.kcs.rules.group.Transition;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelFit;
import pl.kcs.rules.models.ModelRecommendation;
import pl.kcs.rules.models.ModelScore;
import pl.kcs.rules.models.ResourceDemand;
import pl.kcs.rules.opening.AreaScore;
import pl.kcs.rules.opening.SelfAssessmentReport;

/**
 * The JSON form of the reports of model selection (KCS-S3, KCS-M1 … KCS-M4), group life
 * (KCS-REM-RULES, KCS-DIF-NEWCOMERS, KCS-DIF-RULES), autonomy (MA-*), the self-help club's
 * compliance (KS-*) and the open-institution self-assessment (OPEN-*). Written only, like every
 * report: the verdicts and scores first, then every rule's outcome with its texts in the chosen
 * language. Groups are named by id, never by their members.
 */
final class AddedReportsMapping {

  private AddedReportsMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.writeOnly(
            ModelRecommendation.class,
            "modelRecommendation",
            AddedReportsMapping::writeRecommendation));
    registry.add(Mapping.writeOnly(ModelFit.class, "modelFit", AddedReportsMapping::writeFit));
    registry.add(
        Mapping.writeOnly(ModelScore.class, "modelScore", AddedReportsMapping::writeScore));
    registry.add(
        Mapping.writeOnly(KcsModelPlan.class, "modelPlan", AddedReportsMapping::writePlan));
    registry.add(
        Mapping.writeOnly(
            ResourceDemand.class, "resourceDemand", AddedReportsMapping::writeDemand));
    registry.add(
        Mapping.writeOnly(
            GroupLifeReport.class, "groupLifeReport", AddedReportsMapping::writeGroupLife));
    registry.add(
        Mapping.writeOnly(Transition.class, "transition", AddedReportsMapping::writeTransition));
    registry.add(
        Mapping.writeOnly(
            AutonomyReport.class, "autonomyReport", AddedReportsMapping::writeAutonomy));
    registry.add(Mapping.writeOnly(ClubReport.class, "clubReport", AddedReportsMapping::writeClub));
    registry.add(
        Mapping.writeOnly(
            SelfAssessmentReport.class,
            "selfAssessmentReport",
            AddedReportsMapping::writeSelfAssessment));
    registry.add(
        Mapping.writeOnly(AreaScore.class, "areaScore", AddedReportsMapping::writeAreaScore));
  }

  // ------------------------------------------------------------------ models (KCS-S3, KCS-M*)

  static void writeRecommendation(ModelRecommendation recommendation, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.string("group", recommendation.group().id().value());
    out.codes("recommendedModels", "model", recommendation.recommendedModels());
    out.list("fits", "fit", recommendation.fits(), AddedReportsMapping::writeFit);
  }

  static void writeFit(ModelFit fit, Out out) {
    out.code("model", fit.model());
    out.bool("recommended", fit.isRecommended());
    out.object("score", fit.score(), AddedReportsMapping::writeScore);
    out.codes("supportForms", "form", fit.supportForms());
    out.strings("missing", "rule", fit.missing().stream().map(o -> o.ruleId().value()).toList());
    out.list("reasons", "outcome", fit.reasons(), RulesMapping::writeOutcome);
  }

  static void writeScore(ModelScore score, Out out) {
    out.code("model", score.model());
    out.integer("points", score.points());
    out.integer("maxPoints", score.maxPoints());
    out.integer("percent", score.percent());
  }

  static void writePlan(KcsModelPlan plan, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.string("institution", plan.implementation().host().name());
    out.object("offer", plan.offer(), AdditionsMapping::writeOffer);
    out.codes("modelsRun", "model", plan.modelsRun());
    out.bool("runsOneModelOnly", plan.runsOneModelOnly());
    out.strings("groupsWithoutModel", "group", groupIds(plan.groupsWithoutModel()));
    out.list("demands", "demand", plan.demands(), AddedReportsMapping::writeDemand);
    out.list(
        "recommendations",
        "recommendation",
        plan.recommendations(),
        AddedReportsMapping::writeRecommendation);
  }

  static void writeDemand(ResourceDemand demand, Out out) {
    out.code("model", demand.model());
    out.strings("groups", "group", groupIds(demand.groups()));
    Out.Items forms = out.list("forms", "form");
    for (java.util.Map.Entry<SupportForm, Integer> form : demand.forms().entrySet()) {
      Out item = forms.object();
      item.code("form", form.getKey());
      item.integer("groups", form.getValue());
    }
    out.codes("capabilities", "capability", demand.capabilities());
    out.integer("freeHoursPerWeek", demand.freeHoursPerWeek());
  }

  // ------------------------------------------------------------------ group life and autonomy

  static void writeGroupLife(GroupLifeReport report, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.string("group", report.group().id().value());
    out.code("maturity", report.group().maturity());
    out.bool("needsRulesReview", report.needsRulesReview());
    out.object("evaluation", report.evaluation(), RulesMapping::writeEvaluation);
  }

  static void writeTransition(Transition transition, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.string("group", transition.group().id().value());
    out.code("event", transition.event());
    out.date("on", transition.on());
    out.bool("possible", transition.isPossible());
    out.bool("allowed", transition.isAllowed());
    out.optCode("nextMaturity", transition.nextMaturity());
    out.string("message", transition.message(out.language().locale()));
    out.object("evaluation", transition.evaluation(), RulesMapping::writeEvaluation);
  }

  static void writeAutonomy(AutonomyReport report, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.string("group", report.group().id().value());
    out.codes("threateningAttitudes", "attitude", report.threateningAttitudes());
    out.bool("hasNoContact", report.hasNoContact());
    out.object("evaluation", report.evaluation(), RulesMapping::writeEvaluation);
  }

  // ------------------------------------------------------------------ club (KS-*)

  static void writeClub(ClubReport report, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.string("centre", report.club().host().name());
    out.bool("compliant", report.isCompliant());
    Out problems = out.object("problems");
    for (Severity severity : Severity.values()) {
      problems.integer(severity.name(), report.evaluation().problemCount(severity));
    }
    Out.Items aspects = out.list("aspects", "aspect");
    for (ClubAspect aspect : ClubAspect.values()) {
      Out item = aspects.object();
      item.code("aspect", aspect);
      item.bool("met", report.meets(aspect));
    }
    out.list("outcomes", "outcome", report.evaluation().outcomes(), RulesMapping::writeOutcome);
  }

  // ------------------------------------------------------------------ self-assessment (OPEN-*)

  static void writeSelfAssessment(SelfAssessmentReport report, Out out) {
    out.string("language", out.language().locale().getLanguage());
    out.integer("percent", report.percent());
    out.code("position", report.position());
    out.codes("startingConditionsMet", "practice", report.startingConditionsMet());
    out.codes("startingConditionsMissing", "practice", report.startingConditionsMissing());
    out.list("areas", "area", report.scores(), AddedReportsMapping::writeAreaScore);
    out.codes("weakestAreas", "area", report.weakestAreas().stream().map(AreaScore::area).toList());
    out.list("outcomes", "outcome", report.evaluation().outcomes(), RulesMapping::writeOutcome);
  }

  static void writeAreaScore(AreaScore score, Out out) {
    out.code("area", score.area());
    out.integer("points", score.points());
    out.integer("maxPoints", score.maxPoints());
    out.integer("percent", score.percent());
    out.integer("answered", score.answered());
    out.integer("items", score.items());
    out.code("position", score.position());
    out.codes("toDevelop", "practice", score.toDevelop());
  }

  private static java.util.List<String> groupIds(Iterable<SelfHelpGroup> groups) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (SelfHelpGroup group : groups) {
      ids.add(group.id().value());
    }
    return ids;
  }
}
