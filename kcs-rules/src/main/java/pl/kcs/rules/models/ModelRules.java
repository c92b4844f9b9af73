package pl.kcs.rules.models;

import static pl.kcs.core.stage.OperatingModel.M1_OPEN_DOORS;
import static pl.kcs.core.stage.OperatingModel.M2_CULTURE_OF_SUPPORT;
import static pl.kcs.core.stage.OperatingModel.M3_SUPPORT_OF_CULTURE;
import static pl.kcs.core.stage.OperatingModel.M4_CO_CREATING_PROGRAMME;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.kcs.core.Labelled;
import pl.kcs.core.ModalClass;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.SupportForm;
import pl.kcs.rules.AreaWords;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * The built-in model rules (KCS-S3, KCS-M1 … KCS-M4), model by model. Each rule applies to one
 * {@link OperatingModel}. A {@link Severity#BLOCKER} rule is a gate: the model is recommended
 * only if all its gates hold. {@link Severity#ADVICE} rules say how well the model can be carried
 * out and add to its score (see {@link ModelScore}).
 */
final class ModelRules {

  /** The area's words: {@code pl/kcs/rules/models/messages_pl.properties} and {@code _en}. */
  static final AreaWords WORDS = AreaWords.load("pl.kcs.rules.models.messages", ModelRules.class);

  private ModelRules() {}

  static ImmutableList<Rule<ModelFacts>> defaults() {
    return ImmutableList.of(
        // KCS-M1: "ograniczamy się do użyczenia przestrzeni": the space is all M1 needs. The source
        // describes the models; reading a description as a gate of fit is kcs's, so every gate
        // below is marked as a library default (a model that does not fit blocks nobody).
        rule("kcs.m1.space", M1_OPEN_DOORS, Severity.BLOCKER)
            .reading(
                ModalClass.OBSERVATION,
                "ograniczamy się do użyczenia przestrzeni z funkcją nocnego stróża")
            .libraryDefault()
            .condition(Condition.holds(f -> f.offer().hasFreeSpace()))
            .explainer(f -> Finding.of(f.offer().freeHoursPerWeek(), 1))
            .build(),
        // KCS-M1: lending space alone suits any group that runs its own meetings and wants a room
        // (an existing peer-led group is the typical case), whatever maturity label it carries.
        rule("kcs.m1.runs-itself", M1_OPEN_DOORS, Severity.BLOCKER)
            .reading(
                ModalClass.OBSERVATION,
                "ograniczamy się do użyczenia przestrzeni z funkcją nocnego stróża")
            .libraryDefault()
            .condition(Condition.holds(ModelFacts::leadsOwnMeetings))
            .explainer(f -> Finding.of(f.maturity(), GroupMaturity.RUNNING_ITSELF))
            .build(),
        // KCS-M1: "Przestrzeń powinna być neutralna, przyjazna i bezpieczna": a warning, unknown
        // where the host's rooms are not given.
        rule("kcs.m1.neutral-space", M1_OPEN_DOORS, Severity.WARNING)
            .reading(
                ModalClass.RECOMMENDATION,
                "Przestrzeń powinna być neutralna, przyjazna i bezpieczna do organizacji spotkań")
            .condition(ModelRules::neutralSpace)
            .explainer(f -> Finding.of(neutralRooms(f), f.rooms().map(List::size).orElse(0), 1))
            .build(),
        // KCS-M1: the "night watchman" (coffee, tea, small administrative help).
        rule("kcs.m1.night-watchman", M1_OPEN_DOORS, Severity.ADVICE)
            .reading(
                ModalClass.OBSERVATION,
                "ograniczamy się do użyczenia przestrzeni z funkcją nocnego stróża")
            .libraryDefault()
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.NIGHT_WATCHMAN)))
            .build(),
        // KCS-M2: "na ich wczesnym etapie lub w dłuższej perspektywie": not limited to early
        // groups. Forming and early groups and any group still without agreed goals, rules or
        // contract fit it best: advice that raises the score, never a refusal.
        rule("kcs.m2.needs-support", M2_CULTURE_OF_SUPPORT, Severity.ADVICE)
            .reading(
                ModalClass.SUGGESTION,
                "na ich wczesnym etapie lub w dłuższej perspektywie. Instytucje prowadzące KCS mogą zaoferować wsparcie")
            .condition(Condition.holds(f -> f.isForming() || !f.missingAgreements().isEmpty()))
            .explainer(ModelRules::needsSupportFinding)
            .build(),
        // KCS-M2: the institution must be able to help: train leaders or give an animator's time.
        rule("kcs.m2.capacity", M2_CULTURE_OF_SUPPORT, Severity.BLOCKER)
            .reading(
                ModalClass.OBSERVATION,
                "zapewniamy pomoc w zainicjowaniu i rozwoju grup samopomocowych na ich wczesnym etapie lub w dłuższej perspektywie")
            .libraryDefault()
            // The institution can give this group at least one of M2's forms of support.
            .condition(
                Condition.holds(f -> !SupportForms.applying(M2_CULTURE_OF_SUPPORT, f).isEmpty()))
            .explainer(
                f ->
                    Finding.of(
                        capabilities(
                            f, InstitutionCapability.TRAINING, InstitutionCapability.ANIMATION),
                        "",
                        ""))
            .build(),
        // KCS-M2: "przekazania wiedzy ... i wzmacnianiu poczucia sprawczości".
        rule("kcs.m2.training", M2_CULTURE_OF_SUPPORT, Severity.ADVICE)
            .reading(
                ModalClass.SUGGESTION, "mogą zaoferować wsparcie w postaci: … przekazania wiedzy")
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.TRAINING)))
            .build(),
        // KCS-M2: promotion and recruitment, the first meeting, goals, rules and contract.
        rule("kcs.m2.animation", M2_CULTURE_OF_SUPPORT, Severity.ADVICE)
            .reading(
                ModalClass.SUGGESTION,
                "mogą zaoferować wsparcie w postaci: … animowaniu pierwszego spotkania")
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.ANIMATION)))
            .build(),
        // KCS-M3, the key variant: its first form is the institution's own offer ("proponowanie i
        // informowanie o programie instytucji"), so it fits wherever the institution has one.
        rule("kcs.m3.offer", M3_SUPPORT_OF_CULTURE, Severity.BLOCKER)
            .reading(
                ModalClass.SUGGESTION,
                "Może przybierać różne formy w zależności od zasobów instytucji")
            .libraryDefault()
            .condition(Condition.holds(ModelRules::offersCulture))
            .build(),
        // KCS-M3: "grupa zgłasza potrzeby ... sama wyznacza kierunki": stated needs raise the
        // score; their absence does not refuse the model.
        rule("kcs.m3.cultural-needs", M3_SUPPORT_OF_CULTURE, Severity.ADVICE)
            .reading(
                ModalClass.SUGGESTION,
                "Może przybierać różne formy … grupa zgłasza potrzeby do udziału w wydarzeniach kulturalnych")
            .condition(Condition.holds(f -> !f.culturalNeeds().isEmpty()))
            .explainer(f -> Finding.of(f.culturalNeeds(), f.culturalNeeds().size(), 1))
            .build(),
        // KCS-M3: "w zależności od zasobów instytucji": the means for at least one stated need.
        rule("kcs.m3.means", M3_SUPPORT_OF_CULTURE, Severity.ADVICE)
            .reading(
                ModalClass.SUGGESTION,
                "Może przybierać różne formy w zależności od zasobów instytucji")
            .condition(
                Condition.when(
                    f -> !f.culturalNeeds().isEmpty(), f -> !f.needsWithMeans().isEmpty()))
            .explainer(
                f -> Finding.of(f.needsWithMeans(), f.needsWithMeans().size(), f.culturalNeeds()))
            .build(),
        // KCS-M3: one rule per stated need and the form of support that meets it.
        needRule("kcs.m3.programme", CulturalNeed.INSTITUTION_PROGRAMME),
        needRule("kcs.m3.art-therapy", CulturalNeed.ART_THERAPY),
        needRule("kcs.m3.outings", CulturalNeed.OUTINGS),
        needRule("kcs.m3.events", CulturalNeed.CULTURAL_EVENTS),
        // KCS-M4: "ukształtowanych ... grup": past forming and the early stage.
        rule("kcs.m4.formed", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .reading(
                ModalClass.OBSERVATION,
                "dotyczy ukształtowanych i dobrze działających grup, które mają motywację i zasoby do działania na zewnątrz")
            .libraryDefault()
            .condition(Condition.holds(f -> f.maturity().isAtLeast(GroupMaturity.DEVELOPING)))
            .explainer(f -> Finding.of(f.maturity(), GroupMaturity.DEVELOPING))
            .build(),
        // KCS-M4: "dobrze działających": read by the library as working by clear rules agreed with
        // the participants (KCS-REM-RULES).
        rule("kcs.m4.rules", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .reading(ModalClass.OBSERVATION, "dobrze działających grup")
            .libraryDefault()
            .condition(Condition.holds(ModelFacts::hasRulesAgreedWithParticipants))
            .build(),
        // KCS-M4: "mają motywację ... do działania na zewnątrz".
        rule("kcs.m4.motivated", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .reading(
                ModalClass.OBSERVATION,
                "dotyczy ukształtowanych i dobrze działających grup, które mają motywację i zasoby do działania na zewnątrz")
            .libraryDefault()
            .condition(Condition.holds(f -> f.group().motivatedToActOutwards()))
            .build(),
        // KCS-M4: "... i zasoby do działania na zewnątrz".
        rule("kcs.m4.resourced", M4_CO_CREATING_PROGRAMME, Severity.BLOCKER)
            .reading(
                ModalClass.OBSERVATION,
                "dotyczy ukształtowanych i dobrze działających grup, które mają motywację i zasoby do działania na zewnątrz")
            .libraryDefault()
            .condition(Condition.holds(f -> f.group().resourcedToActOutwards()))
            .build(),
        // KCS-M4: "ważną rolą instytucji jest danie możliwości współtworzenia wydarzeń": a warning.
        rule("kcs.m4.public-events", M4_CO_CREATING_PROGRAMME, Severity.WARNING)
            .reading(
                ModalClass.RECOMMENDATION,
                "ważną rolą instytucji jest danie możliwości współtworzenia wydarzeń kulturalnych")
            .condition(Condition.holds(f -> f.offer().has(InstitutionCapability.PUBLIC_EVENTS)))
            .build(),
        // KCS-M4, KCS-EFF-SELFRUN: a group that already runs itself co-creates more easily;
        // library default, not in the source method.
        rule("kcs.m4.runs-itself", M4_CO_CREATING_PROGRAMME, Severity.ADVICE)
            .reading(
                ModalClass.OBSERVATION,
                "zaczęły się odbywać pierwsze spotkania grup … prowadzone bez jego udziału")
            .libraryDefault()
            .condition(Condition.holds(ModelFacts::runsItself))
            .explainer(f -> Finding.of(f.maturity(), GroupMaturity.RUNNING_ITSELF))
            .build());
  }

  private static Rule.Builder<ModelFacts> rule(String id, OperatingModel model, Severity severity) {
    return Rule.<ModelFacts>builder(id)
        .source(model.source())
        .severity(severity)
        .appliesTo(model)
        .messages(WORDS);
  }

  /** Whether the institution gives this group one of M3's forms: its programme, art therapy asked for, outings asked for. */
  private static boolean offersCulture(ModelFacts facts) {
    for (SupportForm form : SupportForms.applying(M3_SUPPORT_OF_CULTURE, facts)) {
      if (form != SupportForm.GROUP_STATED_NEEDS) {
        return true;
      }
    }
    return false;
  }

  private static Status neutralSpace(ModelFacts facts) {
    return facts.rooms().isEmpty()
        ? Status.UNKNOWN
        : neutralRooms(facts).isEmpty() ? Status.FAILED : Status.PASSED;
  }

  /** The host's rooms that are neutral, friendly and safe (KCS-M1), by name. */
  private static List<String> neutralRooms(ModelFacts facts) {
    List<String> names = new ArrayList<>();
    for (Room room : facts.rooms().orElse(ImmutableList.of())) {
      if (room.has(RoomFeature.NEUTRAL_AND_FRIENDLY) && room.has(RoomFeature.SAFE)) {
        names.add(room.name());
      }
    }
    Collections.sort(names);
    return names;
  }

  private static Rule<ModelFacts> needRule(String id, CulturalNeed need) {
    return rule(id, M3_SUPPORT_OF_CULTURE, Severity.ADVICE)
        .reading(
            ModalClass.SUGGESTION, "Może przybierać różne formy w zależności od zasobów instytucji")
        .condition(Condition.when(f -> f.hasStated(need), f -> f.hasMeansFor(need)))
        .explainer(f -> Finding.of(List.of(need), capabilitiesFor(f, need), ""))
        .build();
  }

  private static Finding needsSupportFinding(ModelFacts facts) {
    List<Labelled> reasons = new ArrayList<>();
    if (facts.isForming()) {
      reasons.add(WORDS.message("reason.maturity", facts.maturity()));
    }
    if (!facts.missingAgreements().isEmpty()) {
      reasons.add(WORDS.message("reason.not-agreed", Labels.join(facts.missingAgreements())));
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

  private static Set<InstitutionCapability> capabilities(
      ModelFacts facts, InstitutionCapability... wanted) {
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
            facts,
            InstitutionCapability.CULTURAL_PROGRAMME,
            InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);
    }
  }
}
