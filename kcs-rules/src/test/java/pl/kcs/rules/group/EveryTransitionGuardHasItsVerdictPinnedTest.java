package pl.kcs.rules.group;

import static pl.kcs.rules.VerdictTable.row;
import static pl.kcs.rules.group.LifeFixture.FOUNDED;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.VerdictTable;
import pl.kcs.rules.VerdictTable.Row;

/**
 * The verdict of every guard of a group-life transition (KCS-REM-RULES, KCS-DIF-RULES,
 * KCS-EFF-INDEPENDENT, KCS-DIF-NEWCOMERS) pinned as a table (issue 20): its fact, its severity, and
 * its status on a passing, a failing and a not-applicable input. A guard applies to its own event
 * only; the regulations note applies, besides, only to a group of people with mental-health
 * disorders, so its not-applicable input is the same event for another group.
 */
class EveryTransitionGuardHasItsVerdictPinnedTest {

  private static final GroupLife LIFE = GroupLife.withDefaults();
  private static final LocalDate ASSESSED = LocalDate.of(2024, 9, 2);
  private static final LocalDate BONDED = FOUNDED.plus(GroupLife.DEFAULT_BONDING_PERIOD);

  /** An event in a group's life, on a day. */
  private static final class Event {
    final SelfHelpGroup group;
    final GroupEvent event;
    final LocalDate on;

    Event(SelfHelpGroup group, GroupEvent event, LocalDate on) {
      this.group = group;
      this.event = event;
      this.on = on;
    }
  }

  private static Event on(SelfHelpGroup group, GroupEvent event) {
    return new Event(group, event, ASSESSED);
  }

  private static SelfHelpGroup ledByAnimator(SelfHelpGroup group) {
    return group.withMeetingsLedBy(MeetingLead.ANIMATOR).withAgendaSetBy(MeetingLead.ANIMATOR);
  }

  static Stream<Row<Event>> verdicts() {
    SelfHelpGroup withRules = LifeFixture.withRules(GroupMaturity.DEVELOPING);
    SelfHelpGroup withoutRules = LifeFixture.group(GroupMaturity.DEVELOPING).build();
    SelfHelpGroup runningItself = LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF);
    return Stream.of(
        row(
            "kcs.life.rules-with-participants",
            "KCS-REM-RULES",
            Severity.BLOCKER,
            on(LifeFixture.withRules(GroupMaturity.EARLY), GroupEvent.RULES_AGREED),
            on(LifeFixture.group(GroupMaturity.EARLY).build(), GroupEvent.RULES_AGREED),
            on(withoutRules, GroupEvent.MET_WITHOUT_ANIMATOR)),
        row(
            "kcs.life.rules-before-meeting-alone",
            "KCS-REM-RULES",
            Severity.WARNING,
            on(withRules, GroupEvent.MET_WITHOUT_ANIMATOR),
            on(withoutRules, GroupEvent.MET_WITHOUT_ANIMATOR),
            on(LifeFixture.group(GroupMaturity.EARLY).build(), GroupEvent.RULES_AGREED)),
        row(
            "kcs.life.regulations",
            "KCS-DIF-RULES",
            Severity.NOTE,
            on(
                LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                    .rules(LifeFixture.agreed(RulesElement.GOALS, RulesElement.WRITTEN_REGULATIONS))
                    .build(),
                GroupEvent.MET_WITHOUT_ANIMATOR),
            on(
                LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                    .rules(LifeFixture.goalsRulesContract())
                    .build(),
                GroupEvent.MET_WITHOUT_ANIMATOR),
            on(withRules, GroupEvent.MET_WITHOUT_ANIMATOR)),
        row(
            "kcs.life.leads-itself",
            "KCS-EFF-INDEPENDENT",
            Severity.BLOCKER,
            new Event(runningItself, GroupEvent.BECAME_INDEPENDENT, LifeFixture.INDEPENDENT),
            new Event(
                ledByAnimator(runningItself),
                GroupEvent.BECAME_INDEPENDENT,
                LifeFixture.INDEPENDENT),
            on(ledByAnimator(withRules), GroupEvent.MET_WITHOUT_ANIMATOR)),
        row(
            "kcs.life.bonded",
            "KCS-DIF-NEWCOMERS",
            Severity.BLOCKER,
            new Event(withRules, GroupEvent.NEWCOMERS_AFTER_BONDING, BONDED),
            new Event(withRules, GroupEvent.NEWCOMERS_AFTER_BONDING, BONDED.minusDays(1)),
            new Event(withRules, GroupEvent.MET_WITHOUT_ANIMATOR, BONDED.minusDays(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void each_transition_guard_passes_fails_and_stands_aside_as_its_row_says(Row<Event> row) {
    VerdictTable.assertVerdicts(row, EveryTransitionGuardHasItsVerdictPinnedTest::outcome);
  }

  @Test
  void the_table_has_a_row_for_every_built_in_transition_guard_in_order() {
    VerdictTable.assertNamesEveryRule(GroupLife.defaultTransitionRules(), verdicts());
  }

  private static Outcome outcome(Event event, String rule) {
    return LIFE.check(event.group, event.event, event.on).evaluation().outcome(rule).orElseThrow();
  }
}
