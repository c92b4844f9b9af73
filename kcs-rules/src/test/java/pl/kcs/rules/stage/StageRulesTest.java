package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * Every built-in stage rule, once passing on a complete library and once failing on a library with
 * one gap, with its rendered message asserted in Polish and English. The fact ID each rule cites is
 * part of every case.
 */
class StageRulesTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale EN = Locale.ENGLISH;

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "kcs.s1a.legal-context",
            "KCS-S1A",
            Severity.ADVICE,
            Stage.PREPARATION,
            Gap.NO_LEGAL_CONTEXT,
            "Znane akty prawne i strategie: ustawa o dostępności (definiuje osoby ze szczególnymi potrzebami), Strategia biblioteki 2025–2030.",
            "Known legal acts and strategies: the accessibility act (defines persons with special needs), Strategia biblioteki 2025–2030.",
            "Nie odnotowano znajomości żadnego aktu prawnego ani lokalnej strategii, które mogłyby uzasadnić KCS.",
            "No legal act or local strategy that could justify the KCS is recorded as known."),
        rule(
            "kcs.s1a.open-institution",
            "OPEN-START",
            Severity.ADVICE,
            Stage.PREPARATION,
            Gap.CLOSED_COMMUNICATION,
            "Samoocena instytucji pokazuje, że wszystkie 4 warunki startowe otwartej instytucji są spełnione.",
            "The host's self-assessment shows all 4 starting conditions of an open institution in place.",
            "Samoocena instytucji pokazuje niespełnione warunki startowe otwartej instytucji: otwarcie na media społecznościowe i komunikację z otoczeniem.",
            "The host's self-assessment shows starting conditions of an open institution not in place: openness in social media and communication with the surroundings."),
        rule(
            "kcs.s1b.team-conversation",
            "KCS-S1B-TEAM",
            Severity.ADVICE,
            Stage.PREPARATION,
            Gap.TEAM_CONVERSATION_NOT_DONE,
            "Pogłębiona rozmowa z całym zespołem o celach i wartościach KCS odbyła się.",
            "The in-depth conversation with the whole team about the KCS's goals and values is done.",
            "Pogłębiona rozmowa z całym zespołem o celach i wartościach KCS jeszcze się nie odbyła.",
            "The in-depth conversation with the whole team about the KCS's goals and values has not taken place yet."),
        rule(
            "kcs.s1b.team-open-practices",
            "KCS-S1B-TEAM",
            Severity.ADVICE,
            Stage.PREPARATION,
            Gap.STAFF_MULTITASKING,
            "Według samooceny instytucji praktyki zespołu otwartej instytucji są obecne: wspólna wizja, podział zadań między koordynatorem miejsca a animatorem, ograniczenie wielozadaniowości pracowników.",
            "The host's self-assessment shows the team practices of an open institution in place: a shared vision, a split of tasks between the coordinator of the place and the animator, less multitasking of the staff.",
            "Według samooceny instytucji brakuje praktyk zespołu otwartej instytucji: ograniczenie wielozadaniowości pracowników.",
            "Team practices of an open institution not in place, by the host's self-assessment: less multitasking of the staff."),
        rule(
            "kcs.s1b.scale-decision",
            "KCS-S1B-SCALE",
            Severity.BLOCKER,
            Stage.PREPARATION,
            Gap.NO_SCALE_DECISION,
            "Decyzja o skali wsparcia podjęta: maksymalna liczba grup 3; preferowane modele: Model 2. Kultura wsparcia, Model 3. Wsparcie kultury.",
            "The scale of support is decided: at most 3 groups; preferred models: Model 2: culture of support, Model 3: support of culture.",
            "Brak decyzji o skali wsparcia: ile grup instytucja może przyjąć i jaką formę wsparcia preferuje.",
            "There is no decision on the scale of support: how many groups the institution can host and which form of support it prefers."),
        rule(
            "kcs.s1b.premises",
            "KCS-S1B-PREMISES",
            Severity.BLOCKER,
            Stage.PREPARATION,
            Gap.NO_SUITABLE_ROOM,
            "Sale odpowiednie do spotkań (wygodne, nieprzechodnie): sala warsztatowa.",
            "Rooms fit for meetings (comfortable, non-walk-through): sala warsztatowa.",
            "Żadne z pomieszczeń (sprawdzono: 1) nie jest jednocześnie wygodne i nieprzechodnie.",
            "None of the rooms (checked: 1) is both comfortable and non-walk-through."),
        rule(
            "kcs.s1b.equipment",
            "KCS-S1B-EQUIPMENT",
            Severity.BLOCKER,
            Stage.PREPARATION,
            Gap.NO_FLIPCHART,
            "Jest cały wymagany sprzęt: flipchart, krzesła, stół, materiały biurowe.",
            "All the required equipment is there: flipchart, chairs, table, office supplies.",
            "Brakuje wymaganego sprzętu: flipchart.",
            "Required equipment is missing: flipchart."),
        rule(
            "kcs.s1b.refreshments",
            "KCS-S1B-EQUIPMENT",
            Severity.ADVICE,
            Stage.PREPARATION,
            Gap.NO_REFRESHMENTS,
            "Dostępny poczęstunek: woda i kubeczki, herbata.",
            "Refreshments available: water and cups, tea.",
            "Brak poczęstunku (jest opcjonalny).",
            "No refreshments are available (they are optional)."),
        rule(
            "kcs.s1b.animator-appointed",
            "KCS-REM-FTE",
            Severity.BLOCKER,
            Stage.PREPARATION,
            Gap.NO_APPOINTED_ANIMATOR,
            "Animatorzy z wyodrębnioną częścią etatu: anim-a, anim-b.",
            "Animators with a dedicated part of a post: anim-a, anim-b.",
            "Nikt nie ma wyodrębnionej części etatu na pracę animatorską w KCS (liczba animatorów: 2).",
            "Nobody has a dedicated part of a post for KCS animator work (animators recorded: 2)."),
        rule(
            "kcs.s1b.animators-dedicated",
            "KCS-S1B-ANIMATORS",
            Severity.BLOCKER,
            Stage.PREPARATION,
            Gap.SECOND_ANIMATOR_BY_THE_WAY,
            "Każdy animator i każda animatorka ma tę rolę w wyodrębnionej części etatu.",
            "Every animator has the role as a dedicated part of the post.",
            "Animatorzy pełniący rolę „przy okazji”: anim-b.",
            "Animators doing the role \"by the way\": anim-b."),
        rule(
            "kcs.s1b.animators-motivated",
            "KCS-REM-PEOPLE",
            Severity.WARNING,
            Stage.PREPARATION,
            Gap.SECOND_ANIMATOR_UNMOTIVATED,
            "Każdy animator i każda animatorka ma własną motywację do wspierania grup samopomocowych.",
            "Every animator has own motivation to support self-help groups.",
            "Animatorzy bez własnej motywacji do wspierania grup samopomocowych: anim-b.",
            "Animators without own motivation to support self-help groups: anim-b."),
        rule(
            "kcs.s1b.supervision",
            "KCS-S1B-SUPERVISION",
            Severity.BLOCKER,
            Stage.PREPARATION,
            Gap.SECOND_ANIMATOR_UNSUPERVISED,
            "Każdy animator i każda animatorka ma regularną superwizję.",
            "Every animator has regular supervision.",
            "Animatorzy bez regularnej superwizji: anim-b (okazjonalnie, bez harmonogramu).",
            "Animators without regular supervision: anim-b (occasionally, with no schedule)."),
        rule(
            "kcs.s1b.animators-experienced",
            "KCS-S1B-ANIMATORS",
            Severity.ADVICE,
            Stage.PREPARATION,
            Gap.SECOND_ANIMATOR_INEXPERIENCED,
            "Każdy animator i każda animatorka ma doświadczenie w prowadzeniu spotkań, pracy grupowej lub warsztatowej.",
            "Every animator has experience of running meetings, group or workshop work.",
            "Animatorzy bez odnotowanego doświadczenia w prowadzeniu spotkań, pracy grupowej lub warsztatowej: anim-b.",
            "Animators with no recorded experience of running meetings, group or workshop work: anim-b."),
        rule(
            "kcs.s1b.scale-kept",
            "KCS-S1B-SCALE",
            Severity.NOTE,
            Stage.OPERATION,
            Gap.MORE_GROUPS_THAN_DECIDED,
            "Liczba grup (1) mieści się w skali wsparcia, na którą zdecydowała instytucja (do 3).",
            "The number of groups (1) is within the scale of support the institution decided on (up to 3).",
            "Liczba grup w instytucji (4) przekracza skalę wsparcia, na którą się zdecydowała (do 3).",
            "The institution hosts 4 groups, more than its decision on the scale of support (up to 3)."),
        rule(
            "kcs.rem.post-carries-groups",
            "KCS-REM-FTE",
            Severity.NOTE,
            Stage.OPERATION,
            Gap.MORE_GROUPS_THAN_DECIDED,
            "Etaty animatorów (łącznie ½ etatu) wystarczają dla liczby grup: 1.",
            "The animators' posts (½ FTE in total) suffice for the number of groups: 1.",
            "Liczba grup (4) przekracza to, co udźwigną etaty animatorów (łącznie ½ etatu, czyli do 3 grup według założenia kcs).",
            "The groups (4) outgrow what the animators' posts carry (½ FTE in total, up to 3 groups by kcs's assumption)."),
        rule(
            "kcs.s2b.prepared",
            "KCS-S2B",
            Severity.BLOCKER,
            Stage.INAUGURATION,
            Gap.SECOND_ANIMATOR_UNTRAINED,
            "Każdy animator i każda animatorka przeszli co najmniej jedno szkolenie.",
            "Every animator has had at least one training.",
            "Animatorzy bez żadnego przygotowania (szkolenia): anim-b.",
            "Animators with no preparation (training) at all: anim-b."),
        rule(
            "kcs.s2a.partners-invited",
            "KCS-S2A",
            Severity.ADVICE,
            Stage.INAUGURATION,
            Gap.NO_PARTNER_INVITED,
            "Partnerzy zaproszeni do współpracy: Fundacja Pomocy Uchodźcom.",
            "Partners invited to cooperate: Fundacja Pomocy Uchodźcom.",
            "Nie zaproszono jeszcze do współpracy żadnego lokalnego partnera.",
            "No local partner has been invited to cooperate yet."),
        rule(
            "kcs.s2a.partners-match-needs",
            "KCS-S2A",
            Severity.ADVICE,
            Stage.INAUGURATION,
            Gap.NO_REFUGEE_SUPPORT_PARTNER,
            "Potrzebom każdej grupy odpowiada zaproszony partner.",
            "Every group's needs are matched by an invited partner.",
            "Grupy, których potrzebom nie odpowiada żaden zaproszony partner (potrzebny rodzaj partnera): Kobiety z doświadczeniem uchodźczym (organizacja wspierająca uchodźców).",
            "Groups whose needs no invited partner matches (kind of partner needed): Kobiety z doświadczeniem uchodźczym (organisation supporting refugees)."),
        rule(
            "kcs.s2b.theory",
            "KCS-S2B",
            Severity.ADVICE,
            Stage.INAUGURATION,
            Gap.SECOND_ANIMATOR_NO_THEORY,
            "Wszyscy animatorzy i animatorki ukończyli szkolenie teoretyczne (samopomoc, moderacja spotkań, procesy grupowe).",
            "Every animator is trained in theory (self-help, meeting moderation, group processes).",
            "Animatorzy bez szkolenia teoretycznego: anim-b.",
            "Animators without theory training: anim-b."),
        rule(
            "kcs.s2b.practice",
            "KCS-S2B",
            Severity.ADVICE,
            Stage.INAUGURATION,
            Gap.SECOND_ANIMATOR_NO_PRACTICE,
            "Wszyscy animatorzy i animatorki ukończyli warsztaty z umiejętności praktycznych.",
            "Every animator has completed a practical-skills workshop.",
            "Animatorzy bez warsztatów z umiejętności praktycznych: anim-b.",
            "Animators without a practical-skills workshop: anim-b."),
        rule(
            "kcs.s2b.experts-by-experience",
            "KCS-S2B",
            Severity.ADVICE,
            Stage.INAUGURATION,
            Gap.NO_EXPERT_BY_EXPERIENCE_TRAINER,
            "W szkoleniu animatorów uczestniczyli eksperci przez doświadczenie.",
            "Experts by experience took part in training the animators.",
            "Żadnego szkolenia nie poprowadził ekspert ani ekspertka przez doświadczenie.",
            "No training was run by an expert by experience."),
        rule(
            "kcs.s2c.recruitment",
            "KCS-S2C",
            Severity.ADVICE,
            Stage.INAUGURATION,
            Gap.GROUP_NOT_RECRUITED,
            "Kanały rekrutacji grup: partnerzy instytucjonalni.",
            "Recruitment channels of the groups: institutional partners.",
            "Żadna grupa nie jest odnotowana jako zrekrutowana którymkolwiek z trzech kanałów.",
            "No group is recorded as recruited through any of the three channels."),
        rule(
            "kcs.s2c.group-initiated",
            "KCS-S2C",
            Severity.BLOCKER,
            Stage.INAUGURATION,
            Gap.NO_GROUPS,
            "Zainicjowane grupy: Kobiety z doświadczeniem uchodźczym.",
            "Groups initiated: Kobiety z doświadczeniem uchodźczym.",
            "Nie zainicjowano jeszcze żadnej grupy samopomocowej.",
            "No self-help group has been initiated yet."),
        rule(
            "kcs.s3.rules-with-participants",
            "KCS-REM-RULES",
            Severity.WARNING,
            Stage.OPERATION,
            Gap.RULES_NOT_WITH_PARTICIPANTS,
            "Każda grupa ma jasne zasady sformułowane wspólnie z uczestnikami i uczestniczkami.",
            "Every group has clear rules formulated with its participants.",
            "Grupy bez jasnych zasad sformułowanych wspólnie z uczestnikami: Kobiety z doświadczeniem uchodźczym.",
            "Groups without clear rules formulated with their participants: Kobiety z doświadczeniem uchodźczym."),
        rule(
            "kcs.s3.safe-space",
            "KCS-REM-SPACE",
            Severity.WARNING,
            Stage.OPERATION,
            Gap.NO_SAFE_ROOM,
            "Bezpieczna i komfortowa przestrzeń spotkań: sala warsztatowa.",
            "Safe and comfortable meeting space: sala warsztatowa.",
            "Żadna sala spotkań nie jest odnotowana jako jednocześnie bezpieczna i komfortowa.",
            "No meeting room is recorded as both safe and comfortable."),
        rule(
            "kcs.s3.strategy",
            "KCS-S1A",
            Severity.ADVICE,
            Stage.OPERATION,
            Gap.NOT_IN_STRATEGY,
            "KCS jest wpisany w strategię i misję instytucji.",
            "The KCS is written into the institution's strategy and mission.",
            "Pierwsze działania przynoszą efekty (grupy spotykające się bez animatora: Kobiety z doświadczeniem uchodźczym), ale KCS nie jest jeszcze wpisany w strategię i misję instytucji.",
            "The first actions work (groups meeting without the animator: Kobiety z doświadczeniem uchodźczym), but the KCS is not yet written into the institution's strategy and mission."));
  }

  private static Arguments rule(
      String id,
      String fact,
      Severity severity,
      Stage stage,
      Gap gap,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    return Arguments.of(id, fact, severity, stage, gap, passedPl, passedEn, failedPl, failedEn);
  }

  @ParameterizedTest(name = "{0} ({1}, {2}) passes on a complete library")
  @MethodSource("rules")
  void each_rule_passes_when_its_requirement_is_met_and_says_so_in_polish_and_english(
      String id,
      String fact,
      Severity severity,
      Stage stage,
      Gap gap,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(LibraryFixture.complete(stage), id);

    assertThat(outcome.status()).isEqualTo(Status.PASSED);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.severity()).as("severity of %s", id).isEqualTo(severity);
    assertThat(outcome.message(PL)).isEqualTo(passedPl);
    assertThat(outcome.message(EN)).isEqualTo(passedEn);
  }

  @ParameterizedTest(name = "{0} ({1}, {2}) fails when the library lacks {4}")
  @MethodSource("rules")
  void each_rule_fails_when_its_requirement_is_missing_and_says_what_and_what_to_do(
      String id,
      String fact,
      Severity severity,
      Stage stage,
      Gap gap,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(LibraryFixture.lacking(stage, gap), id);

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.severity()).as("severity of %s", id).isEqualTo(severity);
    assertThat(outcome.message(PL)).isEqualTo(failedPl);
    assertThat(outcome.message(EN)).isEqualTo(failedEn);
    assertThat(outcome.action(PL)).isNotBlank().isNotEqualTo(outcome.action(EN));
    assertThat(outcome.render(EN))
        .contains(failedEn)
        .contains("(" + id + ", " + fact + ")")
        .contains("→ " + outcome.action(EN));
  }

  @org.junit.jupiter.api.Test
  void team_conversation_without_any_record_is_unknown_not_failed_KCS_S1B_TEAM() {
    Outcome outcome =
        outcome(
            LibraryFixture.lacking(Stage.PREPARATION, Gap.TEAM_CONVERSATION_NOT_RECORDED),
            "kcs.s1b.team-conversation");

    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.isProblem()).isTrue();
    assertThat(outcome.message(PL))
        .isEqualTo("Brak zapisu o rozmowie z całym zespołem o celach i wartościach KCS.");
    assertThat(outcome.message(EN))
        .isEqualTo(
            "There is no record of a conversation with the whole team about the KCS's goals and values.");
  }

  @org.junit.jupiter.api.Test
  void half_a_post_spread_over_three_animators_is_advice_KCS_REM_FTE() {
    Outcome spread =
        outcome(
            LibraryFixture.lacking(Stage.PREPARATION, Gap.THIRD_ANIMATOR_SHARING_HALF),
            "kcs.rem.post-spread");

    assertThat(spread.status()).isEqualTo(Status.FAILED);
    assertThat(spread.severity()).isEqualTo(pl.kcs.rules.Severity.ADVICE);
    assertThat(spread.message(PL))
        .isEqualTo(
            "Łącznie tylko ½ etatu rozłożono na więcej niż 2 osoby: anim-a, anim-b, anim-c.");
    assertThat(spread.message(EN))
        .isEqualTo(
            "Only ½ FTE in total is spread over more than 2 people: anim-a, anim-b, anim-c.");
  }

  @org.junit.jupiter.api.Test
  void
      more_than_half_a_post_over_three_animators_is_fine_and_two_animators_are_not_judged_KCS_REM_FTE() {
    KcsImplementation complete = LibraryFixture.complete(Stage.PREPARATION);
    KcsImplementation threeAnimators =
        complete.withAnimators(
            com.google.common.collect.ImmutableList.<Animator>builder()
                .addAll(complete.animators())
                .add(
                    Animator.builder()
                        .id(AnimatorId.of("anim-c"))
                        .postFraction(PostFraction.QUARTER)
                        .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
                        .ownMotivation(true)
                        .supervision(SupervisionArrangement.of(SupervisionFrequency.MONTHLY))
                        .build())
                .build());

    Outcome passed = outcome(threeAnimators, "kcs.rem.post-spread");
    assertThat(passed.status()).isEqualTo(Status.PASSED);
    assertThat(passed.message(PL))
        .isEqualTo(
            "Łączny wymiar etatu animatorów (¾ etatu) nie jest rozproszony na zbyt wiele osób.");
    assertThat(passed.message(EN)).isEqualTo("The animators' ¾ FTE is not spread too thin.");

    Outcome twoAnimators = outcome(complete, "kcs.rem.post-spread");
    assertThat(twoAnimators.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(twoAnimators.message(PL)).isEqualTo("Nie dotyczy.");
    assertThat(twoAnimators.message(EN)).isEqualTo("Does not apply here.");
  }

  @org.junit.jupiter.api.Test
  void
      the_self_assessment_advice_does_not_apply_without_a_self_assessment_OPEN_START_KCS_S1B_TEAM() {
    KcsImplementation library = LibraryFixture.lacking(Stage.PREPARATION, Gap.NO_SELF_ASSESSMENT);
    StageReport report = StageProgression.withDefaultRules().assess(library);

    for (String rule : new String[] {"kcs.s1a.open-institution", "kcs.s1b.team-open-practices"}) {
      assertThat(report.evaluation().outcome(rule).orElseThrow().status())
          .as(rule)
          .isEqualTo(Status.NOT_APPLICABLE);
    }
    assertThat(report.doneCount(Stage.PREPARATION)).isEqualTo(7);
    assertThat(report.advice()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_missing_starting_condition_is_advice_that_leaves_the_way_to_stage_two_open_OPEN_START() {
    StageReport report =
        StageProgression.withDefaultRules()
            .assess(
                LibraryFixture.with(
                    Stage.PREPARATION,
                    java.util.EnumSet.of(Gap.CLOSED_COMMUNICATION, Gap.STAFF_MULTITASKING)));

    assertThat(report.mayAdvance()).isTrue();
    assertThat(report.advice())
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.s1a.open-institution", "kcs.s1b.team-open-practices");
    assertThat(report.advice().get(0).severity()).isEqualTo(pl.kcs.rules.Severity.ADVICE);
    assertThat(report.render(Locale.ENGLISH))
        .contains(
            "  - The host's self-assessment shows starting conditions of an open institution not in place: openness in social media and communication with the surroundings. (kcs.s1a.open-institution, OPEN-START)\n")
        .contains("(kcs.s1b.team-open-practices, KCS-S1B-TEAM)");
  }

  @org.junit.jupiter.api.Test
  void rules_of_a_later_stage_do_not_apply_yet_KCS_S2A_KCS_S3() {
    StageReport report =
        StageProgression.withDefaultRules().assess(LibraryFixture.complete(Stage.PREPARATION));

    for (String laterRule :
        new String[] {
          "kcs.s2a.partners-invited",
          "kcs.s2b.theory",
          "kcs.s2c.group-initiated",
          "kcs.s3.safe-space"
        }) {
      assertThat(report.evaluation().outcome(laterRule).orElseThrow().status())
          .as(laterRule)
          .isEqualTo(Status.NOT_APPLICABLE);
    }
  }

  private static Outcome outcome(KcsImplementation implementation, String ruleId) {
    return StageProgression.withDefaultRules()
        .assess(implementation)
        .evaluation()
        .outcome(ruleId)
        .orElseThrow();
  }
}
