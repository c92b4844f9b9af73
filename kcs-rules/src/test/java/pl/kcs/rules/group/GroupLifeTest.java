package pl.kcs.rules.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.rules.group.LifeFixture.BONDED;
import static pl.kcs.rules.group.LifeFixture.FOUNDED;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.SelfHelpGroup;

/** The group-life state machine: forward steps, setbacks, impossible and refused transitions. */
class GroupLifeTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final GroupLife LIFE = GroupLife.withDefaults();

  @Test
  @DisplayName(
      "KCS-M2, KCS-REM-RULES, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT: a group matures step by step, each step recorded")
  void a_group_matures_from_forming_to_independent_one_step_at_a_time() {
    SelfHelpGroup forming =
        SelfHelpGroup.builder()
            .id(pl.kcs.core.group.GroupId.of("new"))
            .name("Nowa grupa")
            .addTargetGroups(pl.kcs.core.group.TargetGroup.SOCIAL_PROBLEMS)
            .participantCount(4)
            .maturity(GroupMaturity.FORMING)
            .addAnimators(Fixtures.FIRST_ANIMATOR)
            .build();

    SelfHelpGroup early = LIFE.advance(forming, GroupEvent.FIRST_MEETING, FOUNDED);
    assertThat(early.maturity()).isEqualTo(GroupMaturity.EARLY);
    assertThat(early.foundedOn()).contains(FOUNDED);

    SelfHelpGroup developing =
        LIFE.advance(
            early.withRules(LifeFixture.goalsRulesContract().withAgreedOn(FOUNDED)),
            GroupEvent.RULES_AGREED,
            FOUNDED.plusWeeks(2));
    assertThat(developing.maturity()).isEqualTo(GroupMaturity.DEVELOPING);
    assertThat(developing.rules().orElseThrow().agreedOn()).isEqualTo(FOUNDED.plusWeeks(2));

    SelfHelpGroup running =
        LIFE.advance(developing, GroupEvent.MET_WITHOUT_ANIMATOR, FOUNDED.plusMonths(5));
    assertThat(running.maturity()).isEqualTo(GroupMaturity.RUNNING_ITSELF);
    assertThat(running.meetsWithoutAnimatorSince()).contains(FOUNDED.plusMonths(5));

    SelfHelpGroup independent =
        LIFE.advance(running, GroupEvent.BECAME_INDEPENDENT, FOUNDED.plusMonths(9));
    assertThat(independent.maturity()).isEqualTo(GroupMaturity.INDEPENDENT);
    assertThat(independent.independentSince()).contains(FOUNDED.plusMonths(9));
    assertThat(Groups.copyBut(independent).maturity(GroupMaturity.RUNNING_ITSELF).build())
        .as("nothing else changed on the way")
        .isEqualTo(running);

    Transition step =
        LIFE.check(developing, GroupEvent.MET_WITHOUT_ANIMATOR, FOUNDED.plusMonths(5));
    assertThat(step.message(Locale.ENGLISH))
        .isEqualTo(
            "Event \"meeting without the animator\": the group \"Nowa grupa\" moves from \"developing\" to \"meets without the animator\".");
    assertThat(step.message(PL))
        .isEqualTo(
            "Zdarzenie „spotkanie bez animatora lub animatorki”: grupa „Nowa grupa” przechodzi z etapu „rozwijająca się” do etapu „spotyka się bez udziału animatora lub animatorki”.");
  }

  @Test
  @DisplayName(
      "KCS-EFF-SELFRUN: an impossible transition fails with a clear message naming the maturity it needs")
  void an_impossible_transition_fails_with_a_clear_message() {
    SelfHelpGroup early = LifeFixture.withRules(GroupMaturity.EARLY);

    assertThatThrownBy(() -> LIFE.advance(early, GroupEvent.MET_WITHOUT_ANIMATOR, BONDED))
        .isInstanceOf(IllegalTransitionException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The event \"meeting without the animator\" cannot happen to the group \"Samodzielni rodzice\" at maturity"
                + " \"early stage\": it moves a group on from \"developing\".");
    Transition transition = LIFE.check(early, GroupEvent.MET_WITHOUT_ANIMATOR, BONDED);
    assertThat(transition.isPossible()).isFalse();
    assertThat(transition.next()).isEmpty();
    assertThat(transition.message(PL))
        .isEqualTo(
            "Zdarzenie „spotkanie bez animatora lub animatorki” nie dotyczy grupy „Samodzielni rodzice” na etapie „na wczesnym etapie”:"
                + " przenosi grupę dalej z etapu „rozwijająca się”.");
  }

  @Test
  @DisplayName(
      "KCS-REM-RULES: a refused transition carries its refusals and renders them in both languages")
  void a_refused_transition_carries_its_reasons() {
    SelfHelpGroup early = LifeFixture.group(GroupMaturity.EARLY).build();

    IllegalTransitionException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalTransitionException.class,
            () -> LIFE.advance(early, GroupEvent.RULES_AGREED, BONDED));

    assertThat(refused.getMessage())
        .isEqualTo(
            "Event \"rules agreed with the participants\": the group \"Samodzielni rodzice\" cannot move on yet:\n"
                + "  - The group has no clear rules formulated with its participants yet. (kcs.life.rules-with-participants,"
                + " KCS-REM-RULES) → Formulate clear rules of the group together with its participants, then record them."
                + " (This is a kcs default, not the method's requirement; the system that embeds the library can switch this rule off.)");
    assertThat(refused.transition().refusals())
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.life.rules-with-participants");
    assertThat(refused.transition().message(PL))
        .startsWith(
            "Zdarzenie „zasady ustalone z uczestnikami”: grupa „Samodzielni rodzice” nie może jeszcze przejść dalej:\n  - ");
  }

  @Test
  @DisplayName(
      "KCS-DIF-NEWCOMERS: newcomers after bonding reopen the rules: a group meeting on its own is developing again, and may need a rules review")
  void newcomers_after_bonding_reopen_the_rules_KCS_DIF_NEWCOMERS() {
    SelfHelpGroup running = LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF);
    LocalDate arrival = LifeFixture.SELF_RUNNING.plusWeeks(2);

    SelfHelpGroup reopened = LIFE.advance(running, GroupEvent.NEWCOMERS_AFTER_BONDING, arrival);

    assertThat(reopened.maturity())
        .isEqualTo(LibraryDefaults.NEWCOMER_SETBACK.value())
        .isEqualTo(GroupMaturity.DEVELOPING);
    assertThat(reopened.meetsWithoutAnimatorSince()).isEmpty();
    SelfHelpGroup withNewcomer =
        reopened.withMemberships(
            com.google.common.collect.ImmutableList.<Membership>builder()
                .addAll(reopened.memberships())
                .add(Membership.joined(MemberId.of("m-9"), arrival))
                .build());
    assertThat(LIFE.assess(withNewcomer, arrival.plusDays(1)).needsRulesReview()).isTrue();
    // Re-agreeing the rules keeps it developing and clears the review.
    SelfHelpGroup reagreed =
        LIFE.advance(withNewcomer, GroupEvent.RULES_AGREED, arrival.plusWeeks(1));
    assertThat(reagreed.maturity()).isEqualTo(GroupMaturity.DEVELOPING);
    assertThat(LIFE.assess(reagreed, arrival.plusWeeks(2)).needsRulesReview()).isFalse();

    SelfHelpGroup independent = LifeFixture.withRules(GroupMaturity.INDEPENDENT);
    assertThat(
            LIFE.advance(
                independent,
                GroupEvent.NEWCOMERS_AFTER_BONDING,
                LifeFixture.INDEPENDENT.plusDays(1)))
        .as("an independent group handles its newcomers itself")
        .isEqualTo(independent);
  }

  @Test
  @DisplayName(
      "KCS-S1B-ANIMATORS, KCS-EFF-SELFRUN: losing the animator sets back only a group that does not run itself")
  void losing_the_animator_sets_back_only_a_group_that_does_not_run_itself() {
    SelfHelpGroup developing =
        LifeFixture.withRules(GroupMaturity.DEVELOPING).withAnimators(Fixtures.FIRST_ANIMATOR);
    SelfHelpGroup setBack = LIFE.advance(developing, GroupEvent.ANIMATOR_LOST, BONDED);
    assertThat(setBack.maturity()).isEqualTo(GroupMaturity.EARLY);
    assertThat(setBack.animators()).isEmpty();

    SelfHelpGroup early = LifeFixture.withRules(GroupMaturity.EARLY);
    assertThat(LIFE.advance(early, GroupEvent.ANIMATOR_LOST, BONDED).maturity())
        .isEqualTo(GroupMaturity.FORMING);

    SelfHelpGroup running =
        LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF).withAnimators(Fixtures.FIRST_ANIMATOR);
    SelfHelpGroup goesOn =
        LIFE.advance(running, GroupEvent.ANIMATOR_LOST, LifeFixture.SELF_RUNNING.plusDays(1));
    assertThat(goesOn.maturity()).isEqualTo(GroupMaturity.RUNNING_ITSELF);
    assertThat(goesOn.meetsWithoutAnimatorSince()).contains(LifeFixture.SELF_RUNNING);
  }

  @Test
  @DisplayName("KCS-DIF-NEWCOMERS: the bonding period is a library default the user can change")
  void the_bonding_period_is_a_default_the_user_can_change_KCS_DIF_NEWCOMERS() {
    SelfHelpGroup developing = LifeFixture.withRules(GroupMaturity.DEVELOPING);
    LocalDate sixWeeksIn = FOUNDED.plusWeeks(6);

    assertThat(GroupLife.DEFAULT_BONDING_PERIOD)
        .isEqualTo(Period.ofMonths(4))
        .isEqualTo(LibraryDefaults.BONDING_PERIOD.value());
    assertThat(LIFE.check(developing, GroupEvent.NEWCOMERS_AFTER_BONDING, sixWeeksIn).isAllowed())
        .isFalse();
    GroupLife quick = LIFE.withBondingPeriod(Period.ofMonths(1));
    assertThat(quick.bondingPeriod()).isEqualTo(Period.ofMonths(1));
    assertThat(quick.check(developing, GroupEvent.NEWCOMERS_AFTER_BONDING, sixWeeksIn).isAllowed())
        .isTrue();
    assertThatThrownBy(() -> LIFE.withBondingPeriod(Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bondingPeriod must be positive, was P0D");
    assertThatThrownBy(() -> LIFE.withBondingPeriod(Period.ofDays(-3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bondingPeriod must be positive, was P-3D");
  }

  @Test
  void an_event_dated_before_a_date_already_recorded_is_a_bad_argument() {
    SelfHelpGroup running = LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF);

    assertThatThrownBy(
            () ->
                LIFE.check(
                    running, GroupEvent.BECAME_INDEPENDENT, LifeFixture.SELF_RUNNING.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "on must not be before the group's meetsWithoutAnimatorSince (2024-09-04), was 2024-09-03");
    assertThatThrownBy(() -> LIFE.check(running, GroupEvent.ANIMATOR_LOST, FOUNDED.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("on must not be before the group's foundedOn (2024-03-04), was 2024-03-03");
  }

  @Test
  @DisplayName(
      "MA-AUTONOMY, KCS-EFF-INDEPENDENT: a professional with own experience may lead an independent group")
  void a_professional_with_own_experience_may_lead_a_group_that_becomes_independent() {
    SelfHelpGroup running =
        LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF)
            .withMeetingsLedBy(MeetingLead.PROFESSIONAL_WITH_OWN_EXPERIENCE);

    assertThat(
            LIFE.check(running, GroupEvent.BECAME_INDEPENDENT, LifeFixture.INDEPENDENT).isAllowed())
        .isTrue();
    assertThat(
            LIFE.check(
                    running.withAgendaSetBy(MeetingLead.PROFESSIONAL),
                    GroupEvent.BECAME_INDEPENDENT,
                    LifeFixture.INDEPENDENT)
                .isAllowed())
        .isFalse();
  }

  @Test
  void every_event_has_a_fact_id_and_labels_in_both_languages() {
    for (GroupEvent event : GroupEvent.values()) {
      assertThat(FactId.all()).contains(event.source());
      assertThat(event.label(PL)).isNotBlank().isNotEqualTo(event.label(Locale.ENGLISH));
      assertThat(event.label(Locale.GERMAN)).isEqualTo(event.label(Locale.ENGLISH));
      assertThat(event.isSetback()).isEqualTo(event.appliesFrom().isEmpty());
    }
    assertThat(GroupEvent.NEWCOMERS_AFTER_BONDING.label(PL))
        .isEqualTo("nowe osoby po związaniu się grupy");
    assertThat(GroupEvent.ANIMATOR_LOST.source()).isEqualTo(FactId.of("KCS-S1B-ANIMATORS"));
  }

  @Test
  void group_life_rejects_nulls() {
    NullPointerTester nulls = new NullPointerTester();
    nulls.setDefault(SelfHelpGroup.class, LifeFixture.withRules(GroupMaturity.DEVELOPING));
    nulls.setDefault(LocalDate.class, BONDED);
    nulls.setDefault(Period.class, Period.ofMonths(2));
    nulls.setDefault(
        pl.kcs.core.stage.KcsImplementation.class, Fixtures.aLibraryReadyForStageThree());
    nulls.testAllPublicStaticMethods(GroupLife.class);
    nulls.testAllPublicInstanceMethods(LIFE);
    nulls.testAllPublicInstanceMethods(GroupEvent.FIRST_MEETING);
  }
}
