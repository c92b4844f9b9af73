package pl.kcs.rules.models;

import static pl.kcs.core.stage.OperatingModel.M1_OPEN_DOORS;
import static pl.kcs.core.stage.OperatingModel.M2_CULTURE_OF_SUPPORT;
import static pl.kcs.core.stage.OperatingModel.M3_SUPPORT_OF_CULTURE;
import static pl.kcs.core.stage.OperatingModel.M4_CO_CREATING_PROGRAMME;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.kcs.core.Labelled;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;

/**
 * The built-in model rules (KCS-S3, KCS-M1 … KCS-M4), model by model. Each rule applies to one
 * {@link OperatingModel}. A {@link Severity#BLOCKER} rule is a gate: the model is recommended
 * only if all its gates hold. {@link Severity#ADVICE} rules say how well the model can be carried
 * out and add to its score (see {@link ModelScore}).
 */
final class ModelRules {

  private ModelRules() {}

  static ImmutableList<Rule<ModelFacts>> defaults() {
    return ImmutableList.of(
        // KCS-M1: "ograniczamy się do użyczenia przestrzeni": the space is all M1 needs.
        rule("kcs.m1.space", M1_OPEN_DOORS, Severity.BLOCKER)
            .condition(Condition.holds(f -> f.offer().hasFreeSpace()))
            .explainer(f -> Finding.of(f.offer().freeHoursPerWeek(), 1))
            .build(),
        // KCS-M1, KCS-EFF-SELFRUN: lending space alone suits groups that already run themselves.
        rule("kcs.m1.runs-itself", M1_OPEN_DOORS, Severity.BLOCKER)
            .condition(Condition.holds(ModelFacts::runsItself))
            .explainer(f -> Finding.of(f.maturity(), GroupMaturity.RUNNING_ITSELF))
            .build(),
        // KCS-M1: the "night watchman" (coffee, tea, small administrative help).
        rule("kcs.m1.night-watchman", M1_OPEN_DOORS, Severity.ADVICE)
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.NIGHT_WATCHMAN)))
            .build(),
        // KCS-M2: "na ich wczesnym etapie": forming and early groups, and any group still without
        // agreed goals, rules or contract.
        rule("kcs.m2.needs-support", M2_CULTURE_OF_SUPPORT, Severity.BLOCKER)
            .condition(Condition.holds(f -> f.isForming() || !f.missingAgreements().isEmpty()))
            .explainer(ModelRules::needsSupportFinding)
            .build(),
        // KCS-M2: the institution must be able to help: train leaders or give an animator's time.
        rule("kcs.m2.capacity", M2_CULTURE_OF_SUPPORT, Severity.BLOCKER)
            .condition(
                Condition.holds(
                    f ->
                        f.offer().has(InstitutionCapability.TRAINING)
                            || f.offer().has(InstitutionCapability.ANIMATION)))
            .explainer(
                f ->
                    Finding.of(
                        capabilities(f, InstitutionCapability.TRAINING, InstitutionCapability.ANIMATION), "", ""))
            .build(),
        // KCS-M2: "przekazania wiedzy ... i wzmacnianiu poczucia sprawczości".
        rule("kcs.m2.training", M2_CULTURE_OF_SUPPORT, Severity.ADVICE)
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.TRAINING)))
            .build(),
        // KCS-M2: promotion and recruitment, the first meeting, goals, rules and contract.
        rule("kcs.m2.animation", M2_CULTURE_OF_SUPPORT, Severity.ADVICE)
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.ANIMATION)))
            .build(),
        // KCS-M3: "grupa zgłasza potrzeby ... sama wyznacza kierunki".
        rule("kcs.m3.cultural-needs", M3_SUPPORT_OF_CULTURE, Severity.BLOCKER)
            .condition(Condition.holds(f -> !f.culturalNeeds().isEmpty()))
            .explainer(f -> Finding.of(f.culturalNeeds(), f.culturalNeeds().size(), 1))
            .build(),
        // KCS-M3: "w zależności od zasobów instytucji": the means for at least one stated need.
        rule("kcs.m3.means", M3_SUPPORT_OF_CULTURE, Severity.BLOCKER)
            .condition(Condition.when(f -> !f.culturalNeeds().isEmpty(), f -> !f.needsWithMeans().isEmpty()))
            .explainer(f -> Finding.of(f.needsWithMeans(), f.needsWithMeans().size(), f.culturalNeeds()))
            .build(),
        // KCS-M3: one rule per stated need and the form of support that meets it.
        needRule("kcs.m3.programme", CulturalNeed.INSTITUTION_PROGRAMME),
        needRule("kcs.m3.art-therapy", CulturalNeed.ART_THERAPY),
        needRule("kcs.m3.outings", CulturalNeed.OUTINGS),
        needRule("kcs.m3.events", CulturalNeed.CULTURAL_EVENTS),
        // KCS-M4: "ukształtowanych ... grup": past forming and the early stage.
        rule("kcs.m4.formed", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .condition(Condition.holds(f -> f.maturity().isAtLeast(GroupMaturity.DEVELOPING)))
            .explainer(f -> Finding.of(f.maturity(), GroupMaturity.DEVELOPING))
            .build(),
        // KCS-M4: "dobrze działających": read by the library as working by clear rules agreed with
        // the participants (KCS-REM-RULES).
        rule("kcs.m4.rules", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .condition(Condition.holds(ModelFacts::hasRulesAgreedWithParticipants))
            .build(),
        // KCS-M4: "mają motywację ... do działania na zewnątrz".
        rule("kcs.m4.motivated", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .condition(Condition.holds(f -> f.group().motivatedToActOutwards()))
            .build(),
        // KCS-M4: "... i zasoby do działania na zewnątrz".
        rule("kcs.m4.resourced", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .condition(Condition.holds(f -> f.group().resourcedToActOutwards()))
            .build(),
        // KCS-M4: the institution gives the chance to co-create events and open workshops.
        rule("kcs.m4.public-events", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.PUBLIC_EVENTS)))
            .build(),
        // KCS-M4, KCS-EFF-SELFRUN: a group that already runs itself co-creates more easily;
        // library default, not in the source method.
        rule("kcs.m4.runs-itself", M4_CO_CREATING_PROGRAMME, Severity.ADVICE)
            .condition(Condition.holds(ModelFacts::runsItself))
            .explainer(f -> Finding.of(f.maturity(), GroupMaturity.RUNNING_ITSELF))
            .build());
  }

  private static Rule.Builder<ModelFacts> rule(String id, OperatingModel model, Severity severity) {
    return Rule.<ModelFacts>builder(id)
        .source(model.source())
        .severity(severity)
        .appliesTo(model)
        .messages(ModelMessages.CATALOG);
  }

  private static Rule<ModelFacts> needRule(String id, CulturalNeed need) {
    return rule(id, M3_SUPPORT_OF_CULTURE, Severity.ADVICE)
        .condition(Condition.when(f -> f.hasStated(need), f -> f.hasMeansFor(need)))
        .explainer(f -> Finding.of(List.of(need), capabilitiesFor(f, need), ""))
        .build();
  }

  private static Finding needsSupportFinding(ModelFacts facts) {
    List<Labelled> reasons = new ArrayList<>();
    if (facts.isForming()) {
      reasons.add(ModelMessages.text("reason.maturity", facts.maturity()));
    }
    if (!facts.missingAgreements().isEmpty()) {
      reasons.add(ModelMessages.text("reason.not-agreed", Labels.join(facts.missingAgreements())));
    }
    Labelled joined =
        locale -> {
          StringBuilder text = new StringBuilder();
          for (Labelled reason : reasons) {
            text.append(text.length() == 0 ? "" : "; ").append(reason.label(locale));
          }
          return text.toString();
        };
    return Finding.of(List.of(joined), facts.maturity(), "");
  }

  private static Set<InstitutionCapability> capabilities(ModelFacts facts, InstitutionCapability... wanted) {
    Set<InstitutionCapability> present = EnumSet.noneOf(InstitutionCapability.class);
    for (InstitutionCapability capability : wanted) {
      if (facts.offer().has(capability)) {
        present.add(capability);
      }
    }
    return present;
  }

  private static Set<InstitutionCapability> capabilitiesFor(ModelFacts facts, CulturalNeed need) {
    switch (need) {
      case INSTITUTION_PROGRAMME:
        return capabilities(facts, InstitutionCapability.CULTURAL_PROGRAMME);
      case ART_THERAPY:
        return capabilities(
            facts,
            InstitutionCapability.ART_THERAPY_OWN_INSTRUCTORS,
            InstitutionCapability.ART_THERAPY_EXTERNAL_INSTRUCTORS);
      case OUTINGS:
        return capabilities(facts, InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);
      default:
        return capabilities(
            facts, InstitutionCapability.CULTURAL_PROGRAMME, InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);
    }
  }
}
