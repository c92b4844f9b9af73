package pl.kcs.rules.stage;

import static pl.kcs.rules.stage.FactTest.Test.POSITIVE;
import static pl.kcs.rules.stage.FactTest.Test.RECORDED_DONE;
import static pl.kcs.rules.stage.FactTest.Test.ZERO;
import static pl.kcs.rules.stage.FactTest.Test.ZERO_IF_KNOWN;
import static pl.kcs.rules.stage.StageFact.ANIMATORS;
import static pl.kcs.rules.stage.StageFact.GROUPS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.ModalClass;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;
import pl.kcs.core.group.RecruitmentChannel;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.people.TrainingKind;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Explainer;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.models.KcsModelPlan;

/**
 * The built-in stage-progression rules (docs/facts.md: the KCS guide), in the order of the method's steps.
 *
 * <p>Every condition is a {@link FactTest}: data over {@link StageFacts}, so the list reads as the
 * method does and the engine runs it without a virtual call per rule.
 *
 * <p>Rules of a stage apply in that stage and every later one: a condition lost later (the only
 * animator leaves, supervision stops) is a blocker of the stage the institution is in. How each
 * requirement maps to a severity is the library's reading of the source's words, stated per rule.
 */
final class StageRules {

  private static final Ordering<Animator> SORTED_BY_ID =
      Ordering.natural().onResultOf(Animator::id);
  private static final Ordering<SelfHelpGroup> GROUPS_BY_NAME =
      Ordering.natural().onResultOf(SelfHelpGroup::name);

  private StageRules() {}

  static ImmutableList<Rule<StageFacts>> defaults() {
    return ImmutableList.of(
        // KCS-S1A: knowing the acts and strategies "can justify" a KCS: advice, not a requirement.
        rule("kcs.s1a.legal-context", "KCS-S1A", Severity.ADVICE, Step.S1A_ROOTING)
            .reading(
                ModalClass.SUGGESTION,
                "zachęcamy do zapoznania się z funkcjonującymi aktami prawnymi")
            .condition(FactTest.from(Stage.PREPARATION, StageFact.LEGAL_CONTEXT_KNOWN, POSITIVE))
            .explainer(
                f ->
                    Finding.of(
                        knownContext(f), f.implementation().legalContext().knownActs().size(), ""))
            .build(),
        // OPEN-START read for KCS-S1A: an open institution's starting conditions help root a KCS
        // in its community. Advice, and only where the host filled in a self-assessment.
        rule("kcs.s1a.open-institution", "OPEN-START", Severity.ADVICE, Step.S1A_ROOTING)
            .reading(ModalClass.SUGGESTION, "rekomendacje dla otwierania miejsc na mieszkańców")
            .condition(
                FactTest.from(
                    Stage.PREPARATION,
                    StageFact.SELF_ASSESSED,
                    0,
                    StageFact.OPEN_START_MISSING,
                    ZERO))
            .explainer(
                f ->
                    Finding.of(
                        notInPlace(f, OpeningPractice.startingConditions()),
                        OpeningPractice.startingConditions().size()
                            - notInPlace(f, OpeningPractice.startingConditions()).size(),
                        OpeningPractice.startingConditions().size()))
            .build(),
        // KCS-S1B-TEAM: "na początku warto przeprowadzić" the conversation: advice, never a
        // blocker. No record at all is UNKNOWN rather than FAILED: the institution has not told.
        rule(
                "kcs.s1b.team-conversation",
                "KCS-S1B-TEAM",
                Severity.ADVICE,
                Step.S1B_TEAM_CONVERSATION)
            .reading(
                ModalClass.SUGGESTION,
                "Na początku warto przeprowadzić pogłębioną wstępną rozmowę z zespołem")
            .condition(
                FactTest.from(Stage.PREPARATION, StageFact.TEAM_CONVERSATION_RECORD, RECORDED_DONE))
            .build(),
        // KCS-S1B-TEAM where the self-assessment overlaps it (shared vision, split of tasks, less
        // multitasking, OPEN-PRACTICES): advice for the team conversation.
        rule(
                "kcs.s1b.team-open-practices",
                "KCS-S1B-TEAM",
                Severity.ADVICE,
                Step.S1B_TEAM_CONVERSATION)
            .reading(ModalClass.SUGGESTION, "warto przeprowadzić pogłębioną wstępną rozmowę")
            .condition(
                FactTest.from(
                    Stage.PREPARATION,
                    StageFact.SELF_ASSESSED,
                    0,
                    StageFact.OPEN_TEAM_PRACTICES_MISSING,
                    ZERO))
            .explainer(
                f ->
                    Finding.of(
                        notInPlace(f, StageFacts.TEAM_PRACTICES), "", StageFacts.TEAM_PRACTICES))
            .build(),
        // KCS-S1B-SCALE: "trzeba też przeprowadzić" the analysis and decide the scale.
        rule(
                "kcs.s1b.scale-decision",
                "KCS-S1B-SCALE",
                Severity.BLOCKER,
                Step.S1B_RESOURCES_AND_SCALE)
            .reading(
                ModalClass.REQUIREMENT,
                "Trzeba też przeprowadzić pogłębioną analizę … oraz podjąć decyzję o skali wsparcia")
            .condition(FactTest.from(Stage.PREPARATION, StageFact.SCALE_DECIDED, POSITIVE))
            .explainer(
                f ->
                    f.implementation()
                        .scaleDecision()
                        .map(
                            d ->
                                Finding.of(
                                    inOrder(d.preferredModels(), OperatingModel.class),
                                    d.maxGroups(),
                                    ""))
                        .orElse(Finding.of(0, "")))
            .build(),
        // KCS-S1B-PREMISES: premises are "potrzebne": comfortable and non-walk-through.
        rule("kcs.s1b.premises", "KCS-S1B-PREMISES", Severity.BLOCKER, Step.S1B_PREMISES)
            .reading(
                ModalClass.REQUIREMENT,
                "potrzebne są: lokal – wygodna, nieprzechodnia przestrzeń do spotkań")
            .condition(FactTest.from(Stage.PREPARATION, StageFact.SUITABLE_ROOMS, POSITIVE))
            .explainer(
                f ->
                    Finding.of(
                        roomNames(f, StageFacts::isSuitable),
                        f.implementation().host().rooms().size(),
                        ""))
            .build(),
        // KCS-S1B-EQUIPMENT: flipchart, chairs, table, office supplies are "potrzebne".
        rule("kcs.s1b.equipment", "KCS-S1B-EQUIPMENT", Severity.BLOCKER, Step.S1B_EQUIPMENT)
            .reading(
                ModalClass.REQUIREMENT,
                "potrzebne są: … sprzęt, w tym flipchart, krzesła, stół, materiały biurowe")
            .condition(FactTest.from(Stage.PREPARATION, StageFact.MISSING_REQUIRED_EQUIPMENT, ZERO))
            .explainer(
                f ->
                    Finding.of(
                        f.implementation()
                            .host()
                            .missingEquipment(Programme.KCS, Requirement.REQUIRED),
                        f.missingRequiredEquipment(),
                        requiredEquipment()))
            .build(),
        // KCS-S1B-EQUIPMENT: refreshments are "opcjonalnie": advice only.
        rule("kcs.s1b.refreshments", "KCS-S1B-EQUIPMENT", Severity.ADVICE, Step.S1B_EQUIPMENT)
            .reading(ModalClass.SUGGESTION, "opcjonalnie poczęstunek")
            .condition(FactTest.from(Stage.PREPARATION, StageFact.REFRESHMENTS, POSITIVE))
            .explainer(f -> Finding.of(refreshments(f), f.refreshments(), ""))
            .build(),
        // KCS-REM-FTE: KCS work "musi stanowić jasno określoną część etatu": at least one animator
        // holds a dedicated part of a post. Motivation is the next rule's, a recommendation.
        rule("kcs.s1b.animator-appointed", "KCS-REM-FTE", Severity.BLOCKER, Step.S1B_ANIMATORS)
            .reading(
                ModalClass.REQUIREMENT,
                "praca w KCS-ie … musi stanowić jasno określoną część etatu")
            .condition(FactTest.from(Stage.PREPARATION, StageFact.APPOINTED_ANIMATORS, POSITIVE))
            .explainer(
                f ->
                    Finding.of(
                        animatorIds(f, a -> a.duty() == AnimatorDuty.DEDICATED_PART_OF_POST),
                        f.animators(),
                        1))
            .build(),
        // KCS-S1B-ANIMATORS: the role "nie może się odbywać »przy okazji«": every animator counted
        // for the KCS who does it by the way blocks, not only when no dedicated one exists.
        rule(
                "kcs.s1b.animators-dedicated",
                "KCS-S1B-ANIMATORS",
                Severity.BLOCKER,
                Step.S1B_ANIMATORS)
            .reading(
                ModalClass.REQUIREMENT,
                "Rola animatora lub animatorki nie może się odbywać „przy okazji”")
            .condition(
                FactTest.from(
                    Stage.PREPARATION, ANIMATORS, 0, StageFact.ANIMATORS_BY_THE_WAY, ZERO))
            .explainer(
                animatorsCounted(
                    StageFact.ANIMATORS_BY_THE_WAY, a -> a.duty() == AnimatorDuty.BY_THE_WAY))
            .build(),
        // KCS-REM-PEOPLE: people truly connected with the idea of self-help ("bardzo ważne";
        // KCS-S1B-ANIMATORS: "powinni mieć własną motywację").
        rule("kcs.s1b.animators-motivated", "KCS-REM-PEOPLE", Severity.WARNING, Step.S1B_ANIMATORS)
            .reading(
                ModalClass.RECOMMENDATION,
                "bardzo ważne jest to, żeby takie osoby rzeczywiście były związane z ideą samopomocy")
            .condition(
                FactTest.from(
                    Stage.PREPARATION, ANIMATORS, 0, StageFact.ANIMATORS_WITHOUT_MOTIVATION, ZERO))
            .explainer(
                animatorsCounted(StageFact.ANIMATORS_WITHOUT_MOTIVATION, a -> !a.ownMotivation()))
            .build(),
        // KCS-S1B-ANIMATORS: "Cenne będzie doświadczenie z prowadzenia spotkań, pracy grupowej
        // lub warsztatowej": advice.
        rule(
                "kcs.s1b.animators-experienced",
                "KCS-S1B-ANIMATORS",
                Severity.ADVICE,
                Step.S1B_ANIMATORS)
            .reading(
                ModalClass.SUGGESTION,
                "Cenne będzie doświadczenie z prowadzenia spotkań, pracy grupowej lub warsztatowej")
            .condition(
                FactTest.from(
                    Stage.PREPARATION, ANIMATORS, 0, StageFact.ANIMATORS_WITHOUT_EXPERIENCE, ZERO))
            .explainer(
                animatorsCounted(
                    StageFact.ANIMATORS_WITHOUT_EXPERIENCE, a -> a.experience().isEmpty()))
            .build(),
        // KCS-S1B-SUPERVISION ("konieczne") and KCS-REM-SUPPORT: every animator. How often is
        // "regular" is a kcs default (LibraryDefaults), and the message says so.
        rule("kcs.s1b.supervision", "KCS-S1B-SUPERVISION", Severity.BLOCKER, Step.S1B_SUPERVISION)
            .reading(
                ModalClass.REQUIREMENT, "Konieczne też jest zapewnienie regularnych superwizji")
            .condition(
                FactTest.from(
                    Stage.PREPARATION, ANIMATORS, 0, StageFact.ANIMATORS_WITHOUT_SUPERVISION, ZERO))
            .explainer(StageRules::supervisionFinding)
            .build(),
        // KCS-S1B-SCALE: the decided scale compared with the groups actually hosted. Exceeding it
        // is a finding, not a precondition: the source asks for the decision, not for a cap.
        rule("kcs.s1b.scale-kept", "KCS-S1B-SCALE", Severity.NOTE, Step.S1B_RESOURCES_AND_SCALE)
            .reading(
                ModalClass.OBSERVATION,
                "decyzję o skali wsparcia (np. ile grup samopomocowych może dana instytucja przyjąć")
            .condition(
                FactTest.from(
                    Stage.PREPARATION,
                    StageFact.SCALE_DECIDED,
                    0,
                    StageFact.GROUPS_OVER_SCALE,
                    ZERO))
            .explainer(
                f ->
                    Finding.of(
                        f.groups(),
                        f.implementation()
                            .scaleDecision()
                            .map(d -> (Object) d.maxGroups())
                            .orElse("")))
            .build(),
        // KCS-REM-FTE: "łącznie wystarczy ½ etatu" says ½ is enough, not a minimum, so the post is
        // tied to the groups it carries instead: a finding where the groups outgrow the posts at
        // the kcs default of groups per post.
        rule("kcs.rem.post-carries-groups", "KCS-REM-FTE", Severity.NOTE, Step.S1B_ANIMATORS)
            .reading(ModalClass.OBSERVATION, "łącznie wystarczy ½ etatu na 1 lub 2 osoby")
            .libraryDefault()
            .condition(
                FactTest.from(
                    Stage.PREPARATION, GROUPS, 0, StageFact.GROUPS_OVER_POST_CAPACITY, ZERO))
            .explainer(
                f ->
                    Finding.of(
                        List.of(f.groups()),
                        f.implementation().totalAnimatorPost(),
                        StageFacts.groupsCarried(f.implementation().totalAnimatorPost())))
            .build(),
        // KCS-REM-FTE: "½ etatu na 1 lub 2 osoby": ½ or less spread over more than two is advice.
        rule("kcs.rem.post-spread", "KCS-REM-FTE", Severity.ADVICE, Step.S1B_ANIMATORS)
            .reading(ModalClass.SUGGESTION, "łącznie wystarczy ½ etatu na 1 lub 2 osoby")
            .condition(
                FactTest.from(Stage.PREPARATION, ANIMATORS, 2, StageFact.POST_ABOVE_HALF, POSITIVE))
            .explainer(
                f ->
                    Finding.of(
                        animatorIds(f, a -> true), f.implementation().totalAnimatorPost(), 2))
            .build(),
        // KCS-S2A: working with partners "z dużym prawdopodobieństwem ułatwi rekrutację", and
        // "warto się skupić" on inviting them: advice, never a blocker.
        rule("kcs.s2a.partners-invited", "KCS-S2A", Severity.ADVICE, Step.S2A_PARTNERS)
            .reading(
                ModalClass.SUGGESTION,
                "z dużym prawdopodobieństwem ułatwi rekrutację; warto się skupić na wysłaniu informacji … wraz z zaproszeniem do współpracy")
            .condition(FactTest.from(Stage.INAUGURATION, StageFact.INVITED_PARTNERS, POSITIVE))
            .explainer(f -> Finding.of(invitedPartnerNames(f), f.invitedPartners(), 1))
            .build(),
        // KCS-S2A: partners "w zależności od potrzeb i zdiagnozowanych problemów": advice.
        rule("kcs.s2a.partners-match-needs", "KCS-S2A", Severity.ADVICE, Step.S2A_PARTNERS)
            .reading(
                ModalClass.SUGGESTION,
                "W zależności od potrzeb i zdiagnozowanych problemów tymi partnerami mogą być")
            .condition(
                FactTest.from(
                    Stage.INAUGURATION, GROUPS, 0, StageFact.GROUPS_WITHOUT_MATCHING_PARTNER, ZERO))
            .explainer(StageRules::partnerNeedsFinding)
            .build(),
        // KCS-S2B: "potrzebne jest odpowiednie przygotowanie animatorów i animatorek": an animator
        // with no preparation at all blocks.
        rule("kcs.s2b.prepared", "KCS-S2B", Severity.BLOCKER, Step.S2B_TRAINING)
            .reading(
                ModalClass.REQUIREMENT,
                "potrzebne jest odpowiednie przygotowanie animatorów i animatorek")
            .condition(
                FactTest.from(
                    Stage.INAUGURATION, ANIMATORS, 0, StageFact.ANIMATORS_WITHOUT_TRAINING, ZERO))
            .explainer(
                animatorsCounted(
                    StageFact.ANIMATORS_WITHOUT_TRAINING, a -> a.trainings().isEmpty()))
            .build(),
        // KCS-S2B: the two kinds of training are "przykładowe tematy szkoleń": a missing kind is
        // advice. Theory ...
        rule("kcs.s2b.theory", "KCS-S2B", Severity.ADVICE, Step.S2B_TRAINING)
            .reading(
                ModalClass.SUGGESTION,
                "Poniżej umieszczamy przykładowe tematy szkoleń: przekazanie wiedzy teoretycznej")
            .condition(
                FactTest.from(
                    Stage.INAUGURATION, ANIMATORS, 0, StageFact.ANIMATORS_WITHOUT_THEORY, ZERO))
            .explainer(
                animatorsCounted(
                    StageFact.ANIMATORS_WITHOUT_THEORY, a -> !a.isTrainedIn(TrainingKind.THEORY)))
            .build(),
        // ... and practical-skills workshops.
        rule("kcs.s2b.practice", "KCS-S2B", Severity.ADVICE, Step.S2B_TRAINING)
            .reading(
                ModalClass.SUGGESTION,
                "przykładowe tematy szkoleń: … warsztaty z umiejętności praktycznych")
            .condition(
                FactTest.from(
                    Stage.INAUGURATION, ANIMATORS, 0, StageFact.ANIMATORS_WITHOUT_PRACTICE, ZERO))
            .explainer(
                animatorsCounted(
                    StageFact.ANIMATORS_WITHOUT_PRACTICE,
                    a -> !a.isTrainedIn(TrainingKind.PRACTICAL_SKILLS)))
            .build(),
        // KCS-S2B: workshops by professionals "oraz ekspertów przez doświadczenie": advice.
        rule("kcs.s2b.experts-by-experience", "KCS-S2B", Severity.ADVICE, Step.S2B_TRAINING)
            .reading(
                ModalClass.SUGGESTION,
                "przykładowe tematy szkoleń: … prowadzone przez … ekspertów lub ekspertki przez doświadczenie")
            .condition(
                FactTest.from(
                    Stage.INAUGURATION,
                    ANIMATORS,
                    0,
                    StageFact.EXPERT_BY_EXPERIENCE_TRAINING,
                    POSITIVE))
            .build(),
        // KCS-S2C: reaching the audiences through the three channels; the source describes the
        // step ("przychodzi czas na skuteczną rekrutację") without a modal word: advice to record
        // which channel brought each group.
        rule("kcs.s2c.recruitment", "KCS-S2C", Severity.ADVICE, Step.S2C_RECRUITMENT)
            .reading(
                ModalClass.SUGGESTION,
                "przychodzi czas na skuteczną rekrutację i dotarcie z informacją tam, gdzie są odbiorcy KCS")
            .condition(FactTest.from(Stage.INAUGURATION, StageFact.RECRUITED_GROUPS, POSITIVE))
            .explainer(f -> Finding.of(channels(f), f.recruitedGroups(), 1))
            .build(),
        // ... and at least one group initiated before stage 3, "Działanie", which is the groups'
        // work. The source names no modal word here, so the blocker is a kcs default.
        rule("kcs.s2c.group-initiated", "KCS-S2C", Severity.BLOCKER, Step.S2C_RECRUITMENT)
            .reading(ModalClass.OBSERVATION, "Rekrutacja oraz inicjowanie grup samopomocowych")
            .libraryDefault()
            .condition(FactTest.from(Stage.INAUGURATION, GROUPS, POSITIVE))
            .explainer(f -> Finding.of(groupNames(f, g -> true), f.groups(), 1))
            .build(),
        // KCS-REM-RULES: "należy pamiętać o" clear rules formulated with participants: a warning.
        rule("kcs.s3.rules-with-participants", "KCS-REM-RULES", Severity.WARNING, Step.S3_OPERATION)
            .reading(
                ModalClass.RECOMMENDATION,
                "szczególnie należy pamiętać o … sformułowaniu wspólnie z uczestnikami i uczestniczkami jasnych zasad")
            .condition(
                FactTest.from(
                    Stage.OPERATION, GROUPS, 0, StageFact.GROUPS_WITHOUT_PARTICIPANT_RULES, ZERO))
            .explainer(
                f ->
                    Finding.of(
                        groupNames(
                            f,
                            g ->
                                g.rules().isEmpty()
                                    || !g.rules().get().formulatedWithParticipants()),
                        f.groupsWithoutParticipantRules(),
                        0))
            .build(),
        // KCS-REM-SPACE: a safe and comfortable space: a warning.
        rule("kcs.s3.safe-space", "KCS-REM-SPACE", Severity.WARNING, Step.S3_OPERATION)
            .reading(
                ModalClass.RECOMMENDATION,
                "szczególnie należy pamiętać o zapewnieniu bezpiecznej i komfortowej przestrzeni")
            .condition(FactTest.from(Stage.OPERATION, StageFact.SAFE_COMFORTABLE_ROOMS, POSITIVE))
            .explainer(
                f ->
                    Finding.of(
                        roomNames(f, r -> StageFacts.isSuitable(r) && r.has(RoomFeature.SAFE)),
                        f.safeComfortableRooms(),
                        1))
            .build(),
        // KCS-S3: stage 3 is "działanie według jednego lub kilku modeli": each group's fitting
        // models are named, and a group that fits none is a finding; unknown without the offer.
        rule("kcs.s3.group-models", "KCS-S3", Severity.NOTE, Step.S3_OPERATION)
            .reading(
                ModalClass.OBSERVATION,
                "KCS może funkcjonować według jednego z czterech modeli działania")
            .condition(
                FactTest.from(
                    Stage.OPERATION, GROUPS, 0, StageFact.GROUPS_WITHOUT_MODEL, ZERO_IF_KNOWN))
            .explainer(StageRules::groupModelsFinding)
            .build(),
        // KCS-S1A: "jeśli pierwsze działania okażą się przynosić zakładane efekty, można" write
        // the KCS into the strategy and mission: advice once a group runs itself.
        rule("kcs.s3.strategy", "KCS-S1A", Severity.ADVICE, Step.S3_OPERATION)
            .reading(
                ModalClass.SUGGESTION,
                "można również na stałe wpisać funkcjonowanie kulturalnego centrum samopomocy w strategię")
            .condition(
                FactTest.from(
                    Stage.OPERATION,
                    StageFact.SUCCESSFUL_GROUPS,
                    0,
                    StageFact.IN_INSTITUTION_STRATEGY,
                    POSITIVE))
            .explainer(
                f ->
                    Finding.of(
                        groupNames(f, g -> g.meetsWithoutAnimatorSince().isPresent()),
                        f.successfulGroups(),
                        ""))
            .build());
  }

  private static Rule.Builder<StageFacts> rule(
      String id, String fact, Severity severity, Step step) {
    return Rule.<StageFacts>builder(id).source(fact).severity(severity).appliesTo(step);
  }

  // Subjects are sorted, so that a report reads the same whatever the order of the input.

  /**
   * The items that pass {@code filter}, in {@code order}, as a finding keeps them: none or one (the
   * most common findings) without a list to sort and copy.
   */
  private static <T> ImmutableList<T> selected(
      ImmutableList<T> items, Predicate<? super T> filter, Comparator<? super T> order) {
    T first = null;
    List<T> all = null;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (!filter.test(item)) {
        continue;
      }
      if (first == null) {
        first = item;
      } else {
        if (all == null) {
          all = new ArrayList<>();
          all.add(first);
        }
        all.add(item);
      }
    }
    if (all != null) {
      all.sort(order);
      return ImmutableList.copyOf(all);
    }
    return first == null ? ImmutableList.of() : ImmutableList.of(first);
  }

  /** {@code function} of each of {@code items}, in order. */
  private static <T, R> ImmutableList<R> mapped(
      ImmutableList<T> items, Function<? super T, R> function) {
    if (items.size() <= 1) {
      return items.isEmpty() ? ImmutableList.of() : ImmutableList.of(function.apply(items.get(0)));
    }
    ImmutableList.Builder<R> mapped = ImmutableList.builderWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      mapped.add(function.apply(items.get(i)));
    }
    return mapped.build();
  }

  /** The sorted keys of the items that pass {@code filter}. */
  private static <T, K extends Comparable<? super K>> ImmutableList<K> sorted(
      ImmutableList<T> items, Predicate<? super T> filter, Function<? super T, K> key) {
    return mapped(selected(items, filter, Comparator.comparing(key)), key);
  }

  /**
   * The finding of a rule about every animator: the ids of those {@code concerned}, how many
   * there are ({@code fact} counts them) and that none should be.
   */
  private static Explainer<StageFacts> animatorsCounted(
      StageFact fact, Predicate<Animator> concerned) {
    return f -> Finding.of(animatorIds(f, concerned), f.value(fact), 0);
  }

  private static ImmutableList<AnimatorId> animatorIds(
      StageFacts facts, Predicate<Animator> filter) {
    return sorted(facts.implementation().animators(), filter, Animator::id);
  }

  /** Each animator without regular supervision, by id, with how often they have supervision. */
  private static Finding supervisionFinding(StageFacts facts) {
    ImmutableList<Labelled> lacking =
        mapped(
            selected(
                facts.implementation().animators(), a -> !a.hasRegularSupervision(), SORTED_BY_ID),
            StageRules::withSupervision);
    return Finding.of(lacking, facts.animatorsWithoutRegularSupervision(), 0);
  }

  private static Labelled withSupervision(Animator animator) {
    SupervisionFrequency frequency = animator.supervision().frequency();
    return locale ->
        animator.id() + " (" + StageWords.of(Language.of(locale)).frequency(frequency) + ")";
  }

  private static Finding partnerNeedsFinding(StageFacts facts) {
    List<Labelled> unmatched = new ArrayList<>();
    for (SelfHelpGroup group : GROUPS_BY_NAME.sortedCopy(facts.implementation().groups())) {
      List<pl.kcs.core.partner.PartnerKind> missing =
          PartnerNeeds.missingKinds(group, facts.invitedPartnerKinds());
      if (!missing.isEmpty()) {
        unmatched.add(
            locale -> {
              StringBuilder text = new StringBuilder(group.name()).append(" (");
              for (int i = 0; i < missing.size(); i++) {
                text.append(i == 0 ? "" : " / ").append(missing.get(i).label(locale));
              }
              return text.append(')').toString();
            });
      }
    }
    return Finding.of(unmatched, facts.groupsWithoutMatchingPartner(), 0);
  }

  /** Each group with the models it fits, "name: model 1, model 3", or "name: —" where none. */
  private static Finding groupModelsFinding(StageFacts facts) {
    if (facts.modelPlan().isEmpty()) {
      return Finding.of(facts.groups(), "");
    }
    KcsModelPlan plan = facts.modelPlan().get();
    List<Labelled> groups = new ArrayList<>();
    for (SelfHelpGroup group : GROUPS_BY_NAME.sortedCopy(facts.implementation().groups())) {
      List<OperatingModel> models =
          plan.recommendation(group.id())
              .map(r -> (List<OperatingModel>) r.recommendedModels().asList())
              .orElse(List.of());
      groups.add(
          locale -> {
            StringBuilder text = new StringBuilder(group.name()).append(": ");
            if (models.isEmpty()) {
              return text.append('—').toString();
            }
            for (int i = 0; i < models.size(); i++) {
              text.append(i == 0 ? "" : ", ").append(models.get(i).label(locale));
            }
            return text.toString();
          });
    }
    return Finding.of(groups, facts.groupsWithoutModel(), 0);
  }

  private static List<String> roomNames(StageFacts facts, Predicate<Room> filter) {
    return sorted(facts.implementation().host().rooms(), filter, Room::name);
  }

  private static List<String> groupNames(StageFacts facts, Predicate<SelfHelpGroup> filter) {
    return sorted(facts.implementation().groups(), filter, SelfHelpGroup::name);
  }

  private static List<String> invitedPartnerNames(StageFacts facts) {
    return sorted(facts.implementation().partners(), p -> p.status().isInvited(), Partner::name);
  }

  @SuppressWarnings("MixedMutabilityReturnType") // private; its callers only read the list
  private static List<Object> knownContext(StageFacts facts) {
    if (!facts.legalContextKnown()) {
      // What the rule finds missing most often: nothing to sort, nothing to copy.
      return ImmutableList.of();
    }
    List<Object> known =
        new ArrayList<>(inOrder(facts.implementation().legalContext().knownActs(), LegalAct.class));
    List<String> titles = new ArrayList<>();
    for (LocalStrategy strategy : facts.implementation().legalContext().strategies()) {
      titles.add(strategy.title());
    }
    Collections.sort(titles);
    known.addAll(titles);
    return known;
  }

  private static List<OpeningPractice> notInPlace(
      StageFacts facts, List<OpeningPractice> practices) {
    return facts
        .implementation()
        .selfAssessment()
        .map(a -> (List<OpeningPractice>) a.notInPlace(practices))
        .orElse(List.of());
  }

  private static <E extends Enum<E>> Set<E> inOrder(Set<E> values, Class<E> type) {
    if (values.size() <= 1) {
      return values;
    }
    Set<E> ordered = EnumSet.noneOf(type);
    ordered.addAll(values);
    return ordered;
  }

  private static Set<Equipment> requiredEquipment() {
    Set<Equipment> required = EnumSet.noneOf(Equipment.class);
    for (Equipment item : Equipment.values()) {
      if (item.kcsRequirement() == Requirement.REQUIRED) {
        required.add(item);
      }
    }
    return required;
  }

  /** The refreshments the host has, in the enum's order. */
  private static ImmutableList<Equipment> refreshments(StageFacts facts) {
    ImmutableSet<Equipment> available = facts.implementation().host().equipment();
    Equipment first = null;
    ImmutableList.Builder<Equipment> more = null;
    for (Equipment item : StageFacts.REFRESHMENT_ITEMS) {
      if (!available.contains(item)) {
        continue;
      }
      if (first == null) {
        first = item;
      } else {
        if (more == null) {
          more = ImmutableList.<Equipment>builder().add(first);
        }
        more.add(item);
      }
    }
    if (more != null) {
      return more.build();
    }
    return first == null ? ImmutableList.of() : ImmutableList.of(first);
  }

  private static Set<RecruitmentChannel> channels(StageFacts facts) {
    Set<RecruitmentChannel> channels = EnumSet.noneOf(RecruitmentChannel.class);
    for (SelfHelpGroup group : facts.implementation().groups()) {
      group.recruitedThrough().ifPresent(channels::add);
    }
    return channels;
  }
}
