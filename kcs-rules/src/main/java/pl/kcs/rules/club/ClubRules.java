package pl.kcs.rules.club;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.kcs.core.Labelled;
import pl.kcs.core.ModalClass;
import pl.kcs.core.Requirement;
import pl.kcs.core.club.ClubActivityForm;
import pl.kcs.core.club.ClubGoal;
import pl.kcs.core.club.ClubValue;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.legal.StrategyKind;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.ClubAnimatorTask;
import pl.kcs.core.people.Coordinator;
import pl.kcs.core.people.CoordinatorDuty;
import pl.kcs.core.people.ExpertKind;
import pl.kcs.rules.AreaWords;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;

/**
 * The built-in club rules (docs/facts.md: the self-help club), in the order of the source.
 *
 * <p>How a requirement maps to a severity is the library's reading of the source's words, stated
 * per rule: what the source lists under "niezbędne zaplecze" (indispensable facilities) or states
 * as how the club is set up is a blocker; what the club "is built on" or "should" have beyond that
 * a warning; what is "wskazane", "rekomendowane", "dobrze, aby" or "może" (advisable,
 * recommended, good if, may) is advice.
 */
final class ClubRules {

  /** The area's words: {@code pl/kcs/rules/club/messages_pl.properties} and {@code _en}. */
  static final AreaWords WORDS = AreaWords.load("pl.kcs.rules.club.messages", ClubRules.class);

  /** KS-HOURS: "minimum 6 godzin tygodniowo". */
  static final Duration WEEKLY_MINIMUM = Duration.ofHours(6);

  private ClubRules() {}

  static ImmutableList<Rule<ClubFacts>> defaults() {
    return ImmutableList.of(
        // KS-FORMAL: "KS zostaje powołany zarządzeniem kierownika / dyrektora": the source
        // describes how a club comes to exist, without a modal word; kcs reads it as a blocker
        // (a kcs default, which the report says and a system can switch off).
        rule("ks.formal.order", "KS-FORMAL", Severity.BLOCKER, ClubAspect.FORMAL_SET_UP)
            .reading(
                ModalClass.OBSERVATION, "KS zostaje powołany zarządzeniem kierownika / dyrektora")
            .libraryDefault()
            .condition(
                Condition.holds(f -> f.club().formalSetUp().establishedByOrderOn().isPresent()))
            .explainer(f -> Finding.of(f.club().formalSetUp().establishedByOrderOn(), ""))
            .build(),
        // KS-FORMAL: "jest wpisany w strukturę ośrodka jako odrębna komórka".
        rule("ks.formal.separate-unit", "KS-FORMAL", Severity.BLOCKER, ClubAspect.FORMAL_SET_UP)
            .reading(
                ModalClass.OBSERVATION, "jest wpisany w strukturę ośrodka jako odrębna komórka")
            .libraryDefault()
            .condition(Condition.holds(f -> f.club().formalSetUp().separateUnit()))
            .build(),
        // KS-FORMAL: "Wskazane jest wpisanie działalności KS w strategię ... lub lokalny plan
        // rozwoju": advice.
        rule("ks.formal.strategy", "KS-FORMAL", Severity.ADVICE, ClubAspect.FORMAL_SET_UP)
            .reading(
                ModalClass.RECOMMENDATION,
                "Wskazane jest wpisanie działalności KS w strategię rozwiązywania problemów społecznych")
            .condition(Condition.holds(ClubRules::inStrategy))
            .explainer(f -> Finding.of(strategyTitles(f), "", ""))
            .build(),
        // KS-LAW: the club "jest oparty na" the social assistance act, whose art. 51 "można
        // wykorzystać": advice.
        rule("ks.law.social-assistance-act", "KS-LAW", Severity.ADVICE, ClubAspect.LEGAL_BASIS)
            .reading(ModalClass.SUGGESTION, "w szczególności można wykorzystać zapis z Art. 51")
            .condition(
                Condition.holds(
                    f ->
                        f.club()
                            .legalContext()
                            .knownActs()
                            .contains(LegalAct.SOCIAL_ASSISTANCE_ACT)))
            .explainer(f -> Finding.of("", LegalAct.SOCIAL_ASSISTANCE_ACT))
            .build(),
        // KS-LAW: the acts behind funding and volunteering: advice.
        rule("ks.law.other-acts", "KS-LAW", Severity.ADVICE, ClubAspect.LEGAL_BASIS)
            .reading(ModalClass.SUGGESTION, "KS jest oparty na następujących aktach prawnych")
            .condition(Condition.holds(f -> f.unknownOtherActs().isEmpty()))
            .explainer(f -> Finding.of(f.unknownOtherActs(), "", ClubFacts.OTHER_ACTS))
            .build(),
        // KS-GOALS: "KS inicjuje i wspiera rozwój grup samopomocy i wsparcia": the club's own
        // purpose, a warning if it is not among its goals.
        rule("ks.goals.groups", "KS-GOALS", Severity.WARNING, ClubAspect.GOALS)
            .reading(
                ModalClass.OBSERVATION, "KS inicjuje i wspiera rozwój grup samopomocy i wsparcia")
            .libraryDefault()
            .condition(Condition.holds(f -> f.club().goals().contains(ClubGoal.STRENGTHEN_GROUPS)))
            .explainer(f -> Finding.of("", ClubGoal.STRENGTHEN_GROUPS))
            .build(),
        // KS-GOALS: the other goals of "głównym celem KS jest": advice.
        rule("ks.goals.all", "KS-GOALS", Severity.ADVICE, ClubAspect.GOALS)
            .reading(ModalClass.OBSERVATION, "Głównym celem KS jest")
            .libraryDefault()
            .condition(Condition.holds(f -> f.missingGoals().isEmpty()))
            .explainer(
                f ->
                    Finding.of(f.missingGoals(), f.club().goals().size(), ClubGoal.values().length))
            .build(),
        // KS-VALUES: "KS jest budowany w oparciu o następujące wartości": a warning.
        rule("ks.values", "KS-VALUES", Severity.WARNING, ClubAspect.VALUES)
            .reading(ModalClass.OBSERVATION, "KS jest budowany w oparciu o następujące wartości")
            .libraryDefault()
            .condition(Condition.holds(f -> f.missingValues().isEmpty()))
            .explainer(
                f ->
                    Finding.of(
                        f.missingValues(),
                        f.club().values().size(),
                        EnumSet.allOf(ClubValue.class)))
            .build(),
        // KS-WHO: whom the club is for, named in KCS terms too (KS-WHO ↔ KCS-WHO): a warning.
        rule("ks.who.beneficiaries", "KS-WHO", Severity.WARNING, ClubAspect.BENEFICIARIES)
            .reading(ModalClass.OBSERVATION, "Osoby korzystające z działań KS to między innymi")
            .libraryDefault()
            .condition(Condition.holds(f -> !f.club().beneficiaries().isEmpty()))
            .explainer(f -> Finding.of(inOrder(f.club().beneficiaries()), f.targetGroups(), ""))
            .build(),
        // KS-WHO ↔ KCS-WHO: a group for people the club has not named is advice, not a fault.
        rule("ks.who.groups-match", "KS-WHO", Severity.ADVICE, ClubAspect.BENEFICIARIES)
            .reading(ModalClass.OBSERVATION, "Osoby korzystające z działań KS to między innymi")
            .libraryDefault()
            .condition(
                Condition.when(
                    f -> !f.club().groups().isEmpty(),
                    f -> f.groupsOutsideBeneficiaries().isEmpty()))
            .explainer(ClubRules::groupsOutsideFinding)
            .build(),
        // KS-FORMS: self-help and support groups are the first of the "podstawowe formy": a
        // warning if neither is among the club's forms.
        rule("ks.forms.groups", "KS-FORMS", Severity.WARNING, ClubAspect.ACTIVITY_FORMS)
            .reading(
                ModalClass.OBSERVATION,
                "Podstawowe formy działania KS to: grupy samopomocowe, grupy wsparcia")
            .libraryDefault()
            .condition(
                Condition.holds(
                    f ->
                        f.club().activityForms().contains(ClubActivityForm.SELF_HELP_GROUPS)
                            || f.club().activityForms().contains(ClubActivityForm.SUPPORT_GROUPS)))
            .explainer(f -> Finding.of(inOrder(f.club().activityForms()), "", ""))
            .build(),
        // KS-PEOPLE: "Zespół OPS powinien znać i rozumieć ideę KS": a warning.
        rule("ks.people.team", "KS-PEOPLE", Severity.WARNING, ClubAspect.PEOPLE)
            .reading(ModalClass.RECOMMENDATION, "Zespół OPS powinien znać i rozumieć ideę KS")
            .condition(Condition.holds(f -> f.club().teamKnowsIdea()))
            .build(),
        // KS-PEOPLE, "niezbędne zaplecze": "Pracą KS kieruje koordynator": a club has one.
        rule("ks.people.coordinator-appointed", "KS-PEOPLE", Severity.BLOCKER, ClubAspect.PEOPLE)
            .reading(
                ModalClass.REQUIREMENT, "Niezbędne zaplecze KS: … Pracą KS kieruje koordynator")
            .condition(Condition.holds(f -> f.club().coordinator().isPresent()))
            .build(),
        // KS-PEOPLE: a coordinator "powinien być zatrudniony w OPS i zadanie prowadzenia Klubu
        // powinien mieć wpisane w zakres czynności (nie musi być to pełny etat)".
        rule("ks.people.coordinator", "KS-PEOPLE", Severity.WARNING, ClubAspect.PEOPLE)
            .reading(
                ModalClass.RECOMMENDATION,
                "Koordynator powinien być zatrudniony w OPS i zadanie prowadzenia Klubu powinien mieć wpisane w zakres czynności")
            .condition(Condition.holds(ClubRules::coordinatorInPlace))
            .explainer(ClubRules::coordinatorFinding)
            .build(),
        // KS-PEOPLE: the coordinator's three duties ("przede wszystkim"): a warning.
        rule("ks.people.coordinator-duties", "KS-PEOPLE", Severity.WARNING, ClubAspect.PEOPLE)
            .reading(ModalClass.OBSERVATION, "Zadaniem koordynatora jest przede wszystkim")
            .libraryDefault()
            .condition(
                Condition.when(
                    f -> f.club().coordinator().isPresent(),
                    f -> f.missingCoordinatorDuties().isEmpty()))
            .explainer(
                f ->
                    Finding.of(
                        f.missingCoordinatorDuties(), "", EnumSet.allOf(CoordinatorDuty.class)))
            .build(),
        // KS-PEOPLE, "niezbędne zaplecze": "W działania KS zaangażowani są animatorzy grup".
        rule("ks.people.animators", "KS-PEOPLE", Severity.BLOCKER, ClubAspect.PEOPLE)
            .reading(
                ModalClass.REQUIREMENT,
                "Niezbędne zaplecze KS: … W działania KS zaangażowani są animatorzy grup")
            .condition(Condition.holds(f -> !f.club().animators().isEmpty()))
            .explainer(f -> Finding.of(animatorIds(f), f.club().animators().size(), 1))
            .build(),
        // KS-PEOPLE: the animators' three tasks, between them: a warning.
        rule("ks.people.animator-tasks", "KS-PEOPLE", Severity.WARNING, ClubAspect.PEOPLE)
            .reading(ModalClass.OBSERVATION, "Zadaniem animatorów jest przede wszystkim")
            .libraryDefault()
            .condition(
                Condition.when(
                    f -> !f.club().animators().isEmpty(),
                    f -> f.uncoveredAnimatorTasks().isEmpty()))
            .explainer(
                f ->
                    Finding.of(
                        f.uncoveredAnimatorTasks(), "", EnumSet.allOf(ClubAnimatorTask.class)))
            .build(),
        // KS-PEOPLE: experts "w zależności od potrzeb grup": advice.
        rule("ks.people.experts", "KS-PEOPLE", Severity.ADVICE, ClubAspect.PEOPLE)
            .reading(
                ModalClass.RECOMMENDATION,
                "Koordynator i animatorzy KS powinni współpracować z ekspertami i profesjonalistami … w zależności od potrzeb grup")
            .condition(Condition.holds(f -> !f.club().experts().isEmpty()))
            .explainer(
                f -> Finding.of(inOrder(f.club().experts()), "", EnumSet.allOf(ExpertKind.class)))
            .build(),
        // KS-ROOM, "niezbędne zaplecze": "przynajmniej jedna sala"; a field point is not one.
        rule("ks.room.available", "KS-ROOM", Severity.BLOCKER, ClubAspect.ROOMS)
            .reading(
                ModalClass.REQUIREMENT,
                "Niezbędne zaplecze KS: … dostęp do pomieszczenia … przynajmniej jedna sala")
            .condition(Condition.holds(f -> !f.ownRooms().isEmpty()))
            .explainer(f -> Finding.of(f.ownRooms(), f.ownRooms().size(), 1))
            .build(),
        // KS-ROOM: "dobrze, aby było ono dostosowane dla osób niepełnosprawnych": advice.
        rule("ks.room.accessible", "KS-ROOM", Severity.ADVICE, ClubAspect.ROOMS)
            .reading(
                ModalClass.SUGGESTION,
                "dobrze, aby było ono dostosowane dla osób niepełnosprawnych")
            .condition(
                Condition.when(f -> !f.ownRooms().isEmpty(), f -> !f.accessibleRooms().isEmpty()))
            .explainer(f -> Finding.of(f.accessibleRooms(), f.ownRooms().size(), 1))
            .build(),
        // KS-ROOM: "Klub może tworzyć punkty spotkań w terenie": advice.
        rule("ks.room.field-points", "KS-ROOM", Severity.ADVICE, ClubAspect.ROOMS)
            .reading(ModalClass.SUGGESTION, "Klub może tworzyć punkty spotkań w terenie")
            .condition(Condition.holds(f -> !f.fieldMeetingPoints().isEmpty()))
            .explainer(f -> Finding.of(f.fieldMeetingPoints(), f.fieldMeetingPoints().size(), ""))
            .build(),
        // KS-HOURS: the point "powinien być czynny minimum 6 godzin tygodniowo", partly in the
        // morning, partly in the afternoon: a warning.
        openingHours(WEEKLY_MINIMUM, WeeklySchedule.MIDDAY),
        // KS-EQUIPMENT: "podstawowe meble" are the one item not merely recommended.
        rule("ks.equipment.furniture", "KS-EQUIPMENT", Severity.BLOCKER, ClubAspect.EQUIPMENT)
            .reading(
                ModalClass.REQUIREMENT, "Niezbędne zaplecze KS: … Wyposażenie: podstawowe meble")
            .condition(Condition.holds(f -> f.missingRequiredEquipment().isEmpty()))
            .explainer(f -> Finding.of(f.missingRequiredEquipment(), "", Equipment.BASIC_FURNITURE))
            .build(),
        // KS-EQUIPMENT: "Rekomendowane": advice.
        rule("ks.equipment.recommended", "KS-EQUIPMENT", Severity.ADVICE, ClubAspect.EQUIPMENT)
            .reading(
                ModalClass.SUGGESTION,
                "Rekomendowane: dostęp do telefonu, komputera z drukarką, xero")
            .condition(Condition.holds(f -> f.missingRecommendedEquipment().isEmpty()))
            .explainer(f -> Finding.of(f.missingRecommendedEquipment(), "", recommendedEquipment()))
            .build(),
        // KS-PARTNERS: "Kluczowi partnerzy KS": a warning if the club has invited none.
        rule("ks.partners.key", "KS-PARTNERS", Severity.WARNING, ClubAspect.PARTNERS)
            .reading(ModalClass.OBSERVATION, "Kluczowi partnerzy KS")
            .libraryDefault()
            .condition(Condition.holds(f -> !f.keyPartners().isEmpty()))
            .explainer(f -> Finding.of(f.keyPartners(), f.club().partners().size(), 1))
            .build(),
        // KS-PARTNERS: every kind of key partner: advice, once the club has any.
        rule("ks.partners.breadth", "KS-PARTNERS", Severity.ADVICE, ClubAspect.PARTNERS)
            .reading(ModalClass.OBSERVATION, "Kluczowi partnerzy KS")
            .libraryDefault()
            .condition(
                Condition.when(
                    f -> !f.keyPartners().isEmpty(), f -> f.missingKeyPartnerKinds().isEmpty()))
            .explainer(
                f ->
                    Finding.of(
                        f.missingKeyPartnerKinds(),
                        f.keyPartners().size(),
                        ClubFacts.KEY_PARTNER_KINDS))
            .build());
  }

  /** KS-HOURS with a weekly minimum and where the morning ends. */
  static Rule<ClubFacts> openingHours(Duration weeklyMinimum, LocalTime midday) {
    OpeningHoursRule hours = new OpeningHoursRule(weeklyMinimum, midday);
    return rule("ks.hours", "KS-HOURS", Severity.WARNING, ClubAspect.OPENING_HOURS)
        .reading(
            ModalClass.RECOMMENDATION,
            "punkt informacyjny w Klubie powinien być czynny minimum 6 godzin tygodniowo")
        .condition(hours)
        .explainer(hours)
        .build();
  }

  private static Rule.Builder<ClubFacts> rule(
      String id, String fact, Severity severity, ClubAspect aspect) {
    return Rule.<ClubFacts>builder(id)
        .source(fact)
        .severity(severity)
        .appliesTo(aspect)
        .messages(WORDS);
  }

  private static boolean inStrategy(ClubFacts facts) {
    return facts.club().legalContext().isProgrammeWrittenInto(StrategyKind.SOCIAL_PROBLEMS_STRATEGY)
        || facts.club().legalContext().isProgrammeWrittenInto(StrategyKind.LOCAL_DEVELOPMENT_PLAN);
  }

  private static List<String> strategyTitles(ClubFacts facts) {
    List<String> titles = new ArrayList<>();
    for (LocalStrategy strategy : facts.club().legalContext().strategies()) {
      boolean clubKind =
          strategy.kind() == StrategyKind.SOCIAL_PROBLEMS_STRATEGY
              || strategy.kind() == StrategyKind.LOCAL_DEVELOPMENT_PLAN;
      if (clubKind && strategy.programmeWrittenIn()) {
        titles.add(strategy.title());
      }
    }
    titles.sort(null);
    return titles;
  }

  private static boolean coordinatorInPlace(ClubFacts facts) {
    return facts
        .club()
        .coordinator()
        .filter(c -> c.employedAtCentre() && c.clubInWrittenDuties())
        .isPresent();
  }

  private static Finding coordinatorFinding(ClubFacts facts) {
    if (facts.club().coordinator().isEmpty()) {
      return Finding.of(List.of(WORDS.message("coordinator.none")), "", "");
    }
    Coordinator coordinator = facts.club().coordinator().get();
    List<Object> subjects = new ArrayList<>();
    if (!coordinator.employedAtCentre()) {
      subjects.add(WORDS.message("coordinator.not-employed"));
    }
    if (!coordinator.clubInWrittenDuties()) {
      subjects.add(WORDS.message("coordinator.not-in-duties"));
    }
    if (subjects.isEmpty()) {
      subjects.add(coordinator.id());
    }
    return Finding.of(subjects, coordinator.postFraction(), "");
  }

  private static Finding groupsOutsideFinding(ClubFacts facts) {
    List<Labelled> outside = new ArrayList<>();
    for (SelfHelpGroup group : facts.groupsOutsideBeneficiaries()) {
      Set<TargetGroup> unmatched = EnumSet.copyOf(group.targetGroups());
      unmatched.removeAll(facts.targetGroups());
      outside.add(
          locale -> {
            StringBuilder text = new StringBuilder(group.name()).append(" (");
            boolean first = true;
            for (TargetGroup target : unmatched) {
              text.append(first ? "" : "; ").append(target.label(locale));
              first = false;
            }
            return text.append(')').toString();
          });
    }
    return Finding.of(outside, facts.groupsOutsideBeneficiaries().size(), 0);
  }

  private static List<AnimatorId> animatorIds(ClubFacts facts) {
    List<AnimatorId> ids = new ArrayList<>();
    for (Animator animator : facts.club().animators()) {
      ids.add(animator.id());
    }
    ids.sort(null);
    return ids;
  }

  private static <E extends Enum<E>> Set<E> inOrder(Set<E> values) {
    return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
  }

  private static Set<Equipment> recommendedEquipment() {
    Set<Equipment> recommended = EnumSet.noneOf(Equipment.class);
    for (Equipment item : Equipment.values()) {
      if (item.ksRequirement() == Requirement.RECOMMENDED) {
        recommended.add(item);
      }
    }
    return recommended;
  }
}
