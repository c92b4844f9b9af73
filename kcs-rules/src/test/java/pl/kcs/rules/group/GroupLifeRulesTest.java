package pl.kcs.rules.group;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.rules.group.LifeFixture.BONDED;
import static pl.kcs.rules.group.LifeFixture.FOUNDED;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * Every group-life rule — the report's and the transitions' guards — once passing and once
 * failing, with its rendered message asserted in Polish and English and the fact ID it cites.
 */
class GroupLifeRulesTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale EN = Locale.ENGLISH;
  private static final GroupLife LIFE = GroupLife.withDefaults();
  private static final LocalDate ASSESSED = LocalDate.of(2024, 9, 2);

  /** A group with two newcomers who joined after it bonded. */
  private static SelfHelpGroup withNewcomers() {
    return LifeFixture.group(GroupMaturity.DEVELOPING)
        .rules(LifeFixture.goalsRulesContract())
        .addMemberships(
            Membership.joined(MemberId.of("m-4"), BONDED.plusWeeks(4)),
            Membership.joined(MemberId.of("m-5"), BONDED.plusWeeks(5)))
        .build();
  }

  /** Two groups of one animator: single parents and, if {@code different}, a mental-health group. */
  private static KcsImplementation twoGroupsOfOneAnimator(boolean different) {
    SelfHelpGroup parents =
        LifeFixture.withRules(GroupMaturity.DEVELOPING).withAnimators(Fixtures.FIRST_ANIMATOR);
    SelfHelpGroup other =
        (different
                ? LifeFixture.mentalHealth(GroupMaturity.EARLY)
                : LifeFixture.group(GroupMaturity.EARLY, "Wdowy i wdowcy", TargetSubgroup.WIDOWED))
            .addAnimators(Fixtures.FIRST_ANIMATOR)
            .build()
            .withId(GroupId.of("other"));
    return Fixtures.aLibraryReadyForStageThree().withGroupLinks().withGroups(parents, other);
  }

  static Stream<Arguments> reportRules() {
    return Stream.of(
        report(
            "kcs.rem.rules-agreed",
            "KCS-REM-RULES",
            LifeFixture.withRules(GroupMaturity.DEVELOPING),
            LifeFixture.group(GroupMaturity.EARLY).build(),
            "Grupa ma jasne zasady sformułowane wspólnie z uczestnikami (cele, zasady, kontrakt), ustalone 25 marca 2024 r.",
            "The group has clear rules formulated with its participants (goals, rules, contract), agreed on 25 March 2024.",
            "Grupa nie ma jasnych zasad sformułowanych wspólnie z uczestnikami.",
            "The group has no clear rules formulated together with its participants."),
        report(
            "kcs.eff.selfrun",
            "KCS-EFF-SELFRUN",
            LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF),
            LifeFixture.withRules(GroupMaturity.DEVELOPING),
            "Grupa spotyka się w udostępnionym lokalu bez animatora od 4 września 2024 r.",
            "The group meets in the premises without the animator since 4 September 2024.",
            "Grupa wciąż spotyka się tylko z animatorem lub animatorką.",
            "The group still meets only with the animator."),
        report(
            "kcs.eff.independent",
            "KCS-EFF-INDEPENDENT",
            LifeFixture.withRules(GroupMaturity.INDEPENDENT),
            LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF),
            "Grupa jest usamodzielniona (działa niezależnie od instytucji) od 4 stycznia 2025 r.",
            "The group is independent since 4 January 2025.",
            "Grupa spotyka się bez animatora, ale nie działa jeszcze niezależnie od instytucji.",
            "The group meets without the animator but does not yet act independently of the institution."),
        report(
            "kcs.dif.newcomers",
            "KCS-DIF-NEWCOMERS",
            withNewcomers()
                .withRules(LifeFixture.goalsRulesContract().withAgreedOn(BONDED.plusWeeks(6))),
            withNewcomers(),
            "Od związania się grupy (4 lipca 2024 r.) nikt nie dołączył po ostatnim ustaleniu jej zasad (16 lipca 2024 r.).",
            "Since the group bonded (4 July 2024), nobody has joined after its rules were last agreed (16 July 2024).",
            "Po związaniu się grupy (4 lipca 2024 r.) i po ostatnim ustaleniu jej zasad (25 marca 2024 r.) dołączyły nowe osoby: 1. Zasady grupy mogą wymagać ponownego ustalenia.",
            "People joined after the group bonded (4 July 2024) and after its rules were last agreed (25 March 2024): 1. The group's rules may need agreeing again."),
        report(
            "kcs.dif.rules",
            "KCS-DIF-RULES",
            LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                .rules(LifeFixture.agreed(RulesElement.GOALS, RulesElement.WRITTEN_REGULATIONS))
                .build(),
            LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                .rules(LifeFixture.goalsRulesContract())
                .build(),
            "Grupa osób z zaburzeniami zdrowia psychicznego ma regulamin.",
            "The group of people with mental-health disorders has written regulations (regulamin).",
            "Grupa osób z zaburzeniami zdrowia psychicznego nie ma jeszcze regulaminu (etap: rozwijająca się). Metoda opisuje to jako trudność, nie jako warunek dalszego działania grupy.",
            "The group of people with mental-health disorders has no written regulations (regulamin) yet (maturity: developing). The method describes this as a difficulty, not as a condition for the group to go on."));
  }

  private static Arguments report(
      String id,
      String fact,
      SelfHelpGroup passing,
      SelfHelpGroup failing,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    return Arguments.of(id, fact, passing, failing, passedPl, passedEn, failedPl, failedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) passes and fails")
  @MethodSource("reportRules")
  void each_report_rule_passes_and_fails_with_its_message_in_polish_and_english(
      String id,
      String fact,
      SelfHelpGroup passing,
      SelfHelpGroup failing,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    assertOutcome(
        outcome(LIFE.assess(passing, ASSESSED), id), Status.PASSED, fact, passedPl, passedEn);
    Outcome failed = outcome(LIFE.assess(failing, ASSESSED), id);
    assertOutcome(failed, Status.FAILED, fact, failedPl, failedEn);
    assertThat(failed.action(PL)).isNotBlank().isNotEqualTo(failed.action(EN));
    assertThat(failed.render(EN))
        .contains("(" + id + ", " + fact + ")")
        .contains("→ " + failed.action(EN));
  }

  @Test
  @DisplayName(
      "KCS-DIF-DIVERSITY: the report says when one animator holds groups of very different kinds")
  void one_animator_holding_groups_of_very_different_kinds_is_reported_KCS_DIF_DIVERSITY() {
    Outcome different =
        outcome(LIFE.assess(twoGroupsOfOneAnimator(true), ASSESSED).get(0), "kcs.dif.diversity");
    assertOutcome(
        different,
        Status.FAILED,
        "KCS-DIF-DIVERSITY",
        "Animatorzy, którzy prowadzą też grupy zupełnie innego rodzaju: animator-1 (także: Grupa „Razem”).",
        "Animators who also hold groups of a very different kind: animator-1 (also: Grupa „Razem”).");
    assertThat(different.action(EN))
        .isEqualTo(
            "Groups and their problems differ widely: agree a working method for each kind of group with the animator, e.g. in supervision.");

    Outcome similar =
        outcome(LIFE.assess(twoGroupsOfOneAnimator(false), ASSESSED).get(0), "kcs.dif.diversity");
    assertOutcome(
        similar,
        Status.PASSED,
        "KCS-DIF-DIVERSITY",
        "Animatorzy grupy nie prowadzą grup zupełnie innego rodzaju.",
        "The group's animators hold no groups of a very different kind.");

    assertThat(
            outcome(
                    LIFE.assess(LifeFixture.withRules(GroupMaturity.DEVELOPING), ASSESSED),
                    "kcs.dif.diversity")
                .status())
        .as("without the implementation there are no other groups to compare")
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  static Stream<Arguments> guards() {
    Function<SelfHelpGroup, SelfHelpGroup> ledByAnimator =
        g -> g.withMeetingsLedBy(MeetingLead.ANIMATOR).withAgendaSetBy(MeetingLead.ANIMATOR);
    return Stream.of(
        guard(
            "kcs.life.rules-with-participants",
            "KCS-REM-RULES",
            GroupEvent.RULES_AGREED,
            LifeFixture.withRules(GroupMaturity.EARLY),
            LifeFixture.group(GroupMaturity.EARLY).build(),
            ASSESSED,
            "Grupa ma jasne zasady sformułowane wspólnie z uczestnikami.",
            "The group has clear rules formulated with its participants.",
            "Grupa nie ma jeszcze jasnych zasad sformułowanych wspólnie z uczestnikami.",
            "The group has no clear rules formulated with its participants yet."),
        guard(
            "kcs.life.rules-before-meeting-alone",
            "KCS-REM-RULES",
            GroupEvent.MET_WITHOUT_ANIMATOR,
            LifeFixture.withRules(GroupMaturity.DEVELOPING),
            LifeFixture.group(GroupMaturity.DEVELOPING).build(),
            ASSESSED,
            "Grupa ma jasne zasady sformułowane wspólnie z uczestnikami.",
            "The group has clear rules formulated with its participants.",
            "Grupa zaczyna spotykać się bez animatora, choć nie ma jeszcze jasnych zasad sformułowanych wspólnie z uczestnikami.",
            "The group starts meeting without the animator although it has no clear rules formulated with its participants yet."),
        guard(
            "kcs.life.regulations",
            "KCS-DIF-RULES",
            GroupEvent.MET_WITHOUT_ANIMATOR,
            LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                .rules(LifeFixture.agreed(RulesElement.GOALS, RulesElement.WRITTEN_REGULATIONS))
                .build(),
            LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                .rules(LifeFixture.goalsRulesContract())
                .build(),
            ASSESSED,
            "Grupa osób z zaburzeniami zdrowia psychicznego ma regulamin.",
            "The group of people with mental-health disorders has written regulations (regulamin).",
            "Grupa osób z zaburzeniami zdrowia psychicznego nie ma jeszcze regulaminu. Nie jest to przeszkoda w spotkaniach bez animatora: metoda opisuje wypracowanie zasad i regulaminu jako sposób na trudności, a nie jako warunek.",
            "The group of people with mental-health disorders has no written regulations (regulamin) yet. That does not stop it meeting without the animator: the method describes rules and regulations as a way through difficulties, not as a condition."),
        guard(
            "kcs.life.leads-itself",
            "KCS-EFF-INDEPENDENT",
            GroupEvent.BECAME_INDEPENDENT,
            LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF),
            ledByAnimator.apply(LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF)),
            LifeFixture.INDEPENDENT,
            "Grupa sama prowadzi swoje spotkania i ustala ich program.",
            "The group leads its own meetings and sets its own agenda.",
            "Grupa jeszcze sama nie prowadzi swoich spotkań: spotkania prowadzi animator lub animatorka instytucji, program ustala animator lub animatorka instytucji.",
            "The group does not lead itself yet: meetings led by the institution's animator, agenda set by the institution's animator."),
        guard(
            "kcs.life.bonded",
            "KCS-DIF-NEWCOMERS",
            GroupEvent.NEWCOMERS_AFTER_BONDING,
            LifeFixture.withRules(GroupMaturity.DEVELOPING),
            LifeFixture.withRules(GroupMaturity.DEVELOPING),
            null,
            "Grupa była już związana w dniu 2 września 2024 r. (związana od 4 lipca 2024 r.).",
            "The group had bonded by 2 September 2024 (bonded from 4 July 2024).",
            "Grupa nie była jeszcze związana w dniu 6 maja 2024 r.: uznaje się ją za związaną od 4 lipca 2024 r.",
            "The group had not bonded yet on 6 May 2024: it counts as bonded from 4 July 2024."));
  }

  private static Arguments guard(
      String id,
      String fact,
      GroupEvent event,
      SelfHelpGroup passing,
      SelfHelpGroup failing,
      LocalDate on,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    return Arguments.of(
        id, fact, event, passing, failing, on, passedPl, passedEn, failedPl, failedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) guards {2}")
  @MethodSource("guards")
  void each_transition_guard_passes_and_fails_with_its_message_in_polish_and_english(
      String id,
      String fact,
      GroupEvent event,
      SelfHelpGroup passing,
      SelfHelpGroup failing,
      LocalDate on,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    LocalDate passingOn = on == null ? ASSESSED : on;
    LocalDate failingOn = on == null ? FOUNDED.plusWeeks(9) : on;

    Transition allowed = LIFE.check(passing, event, passingOn);
    assertOutcome(
        allowed.evaluation().outcome(id).orElseThrow(), Status.PASSED, fact, passedPl, passedEn);
    assertThat(allowed.isAllowed()).isTrue();

    Transition checked = LIFE.check(failing, event, failingOn);
    Outcome failed = checked.evaluation().outcome(id).orElseThrow();
    assertOutcome(failed, Status.FAILED, fact, failedPl, failedEn);
    assertThat(checked.isPossible()).isTrue();
    if (failed.severity() == Severity.BLOCKER) {
      // Only a blocker refuses the transition.
      assertThat(checked.isAllowed()).isFalse();
      assertThat(checked.refusals()).containsExactly(failed);
      assertThat(checked.message(EN))
          .contains(failedEn + " (" + id + ", " + fact + ") → " + failed.action(EN));
    } else {
      // A recommendation or a reported difficulty never gates the group's life (KCS-REM-RULES
      // "należy", KCS-DIF-RULES).
      assertThat(checked.isAllowed())
          .as("%s is a %s and must not refuse", id, failed.severity())
          .isTrue();
      assertThat(checked.refusals()).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "KCS-DIF-NEWCOMERS: without a founding date it is unknown whether the group had bonded")
  void bonding_is_unknown_without_a_founding_date_KCS_DIF_NEWCOMERS() {
    SelfHelpGroup unfounded =
        SelfHelpGroup.builder()
            .id(GroupId.of("unfounded"))
            .name("Grupa bez daty")
            .addTargetGroups(pl.kcs.core.group.TargetGroup.SOCIAL_PROBLEMS)
            .participantCount(4)
            .maturity(GroupMaturity.DEVELOPING)
            .build();

    Transition transition = LIFE.check(unfounded, GroupEvent.NEWCOMERS_AFTER_BONDING, ASSESSED);

    Outcome bonded = transition.evaluation().outcome("kcs.life.bonded").orElseThrow();
    assertThat(bonded.status()).isEqualTo(Status.UNKNOWN);
    assertThat(bonded.message(PL))
        .isEqualTo("Nie odnotowano daty założenia grupy, więc nie wiadomo, czy była już związana.");
    assertThat(bonded.message(EN))
        .isEqualTo(
            "The group's founding date is not recorded, so it is unknown whether it had bonded.");
    assertThat(transition.isAllowed()).isFalse();
  }

  private static Outcome outcome(GroupLifeReport report, String id) {
    return report.evaluation().outcome(id).orElseThrow();
  }

  private static void assertOutcome(
      Outcome outcome, Status status, String fact, String polish, String english) {
    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.message(PL)).isEqualTo(polish);
    assertThat(outcome.message(EN)).isEqualTo(english);
  }
}
