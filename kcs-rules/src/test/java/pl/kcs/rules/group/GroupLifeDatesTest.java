package pl.kcs.rules.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;

/**
 * An event in a group's life cannot be dated before what is already recorded on the group — its
 * founding (KCS-M2), its rules (KCS-REM-RULES), its first meeting without the animator
 * (KCS-EFF-SELFRUN) or its independence (KCS-EFF-INDEPENDENT) — and may fall on that very day.
 */
class GroupLifeDatesTest {

  private static final GroupLife LIFE = GroupLife.withDefaults();

  @Test
  void an_event_before_the_founding_is_refused_and_one_on_the_founding_day_is_checked() {
    SelfHelpGroup forming = LifeFixture.group(GroupMaturity.FORMING).build();

    assertThatThrownBy(
            () -> LIFE.check(forming, GroupEvent.FIRST_MEETING, LifeFixture.FOUNDED.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("foundedOn");
    assertThat(LIFE.check(forming, GroupEvent.FIRST_MEETING, LifeFixture.FOUNDED).isAllowed())
        .isTrue();
  }

  @Test
  void an_event_before_the_rules_were_agreed_is_refused_KCS_REM_RULES() {
    SelfHelpGroup developing = LifeFixture.withRules(GroupMaturity.DEVELOPING);

    assertThatThrownBy(
            () ->
                LIFE.check(
                    developing,
                    GroupEvent.MET_WITHOUT_ANIMATOR,
                    LifeFixture.RULES_AGREED.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules agreedOn");
    assertThat(
            LIFE.check(developing, GroupEvent.MET_WITHOUT_ANIMATOR, LifeFixture.RULES_AGREED)
                .isAllowed())
        .isTrue();
  }

  @Test
  void an_event_before_the_group_met_without_the_animator_is_refused_KCS_EFF_SELFRUN() {
    SelfHelpGroup running = LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF);

    assertThatThrownBy(
            () ->
                LIFE.check(
                    running, GroupEvent.BECAME_INDEPENDENT, LifeFixture.SELF_RUNNING.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meetsWithoutAnimatorSince");
    assertThat(
            LIFE.check(running, GroupEvent.BECAME_INDEPENDENT, LifeFixture.SELF_RUNNING)
                .isPossible())
        .isTrue();
  }

  @Test
  void an_event_before_the_group_became_independent_is_refused_KCS_EFF_INDEPENDENT() {
    SelfHelpGroup independent = LifeFixture.withRules(GroupMaturity.INDEPENDENT);

    assertThatThrownBy(
            () ->
                LIFE.check(
                    independent,
                    GroupEvent.NEWCOMERS_AFTER_BONDING,
                    LifeFixture.INDEPENDENT.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("independentSince");
    assertThat(
            LIFE.check(independent, GroupEvent.NEWCOMERS_AFTER_BONDING, LifeFixture.INDEPENDENT)
                .isPossible())
        .isTrue();
  }
}
