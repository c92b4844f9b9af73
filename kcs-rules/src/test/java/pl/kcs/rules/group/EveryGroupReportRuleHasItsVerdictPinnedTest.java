package pl.kcs.rules.group;

import static pl.kcs.rules.VerdictTable.row;
import static pl.kcs.rules.group.LifeFixture.FOUNDED;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.VerdictTable;
import pl.kcs.rules.VerdictTable.Row;

/**
 * The verdict of every rule of the group-life report (KCS-REM-RULES, KCS-EFF-*, KCS-DIF-*)
 * pinned as a table (issue 20): its fact, its severity, and its status on a passing, a failing and
 * a not-applicable input. Each rule has an applicability guard — a maturity, the bonding day, the
 * group's kind, the implementation around it — and its not-applicable input sits just on the other
 * side of it.
 */
class EveryGroupReportRuleHasItsVerdictPinnedTest {

  private static final GroupLife LIFE = GroupLife.withDefaults();
  private static final LocalDate ASSESSED = LocalDate.of(2024, 9, 2);

  /** The day the fixture's groups count as bonded under the default bonding period. */
  private static final LocalDate BONDED = FOUNDED.plus(GroupLife.DEFAULT_BONDING_PERIOD);

  /** A group assessed on a day, alone or as the first group of an implementation. */
  private static final class Assessed {
    final SelfHelpGroup group;
    final KcsImplementation implementation;
    final LocalDate on;

    Assessed(SelfHelpGroup group, KcsImplementation implementation, LocalDate on) {
      this.group = group;
      this.implementation = implementation;
      this.on = on;
    }
  }

  private static Assessed alone(SelfHelpGroup group) {
    return new Assessed(group, null, ASSESSED);
  }

  private static Assessed aloneOn(SelfHelpGroup group, LocalDate on) {
    return new Assessed(group, null, on);
  }

  /** A group with two newcomers, one of whom joined after it bonded. */
  private static SelfHelpGroup withNewcomers() {
    return LifeFixture.group(GroupMaturity.DEVELOPING)
        .rules(LifeFixture.goalsRulesContract())
        .addMemberships(
            Membership.joined(MemberId.of("m-4"), LifeFixture.BONDED.plusWeeks(4)),
            Membership.joined(MemberId.of("m-5"), LifeFixture.BONDED.plusWeeks(5)))
        .build();
  }

  /** Two groups of one animator: single parents and, if {@code different}, a mental-health group. */
  private static Assessed twoGroupsOfOneAnimator(boolean different) {
    SelfHelpGroup parents =
        LifeFixture.withRules(GroupMaturity.DEVELOPING).withAnimators(Fixtures.FIRST_ANIMATOR);
    SelfHelpGroup other =
        (different
                ? LifeFixture.mentalHealth(GroupMaturity.EARLY)
                : LifeFixture.group(GroupMaturity.EARLY, "Wdowy i wdowcy", TargetSubgroup.WIDOWED))
            .addAnimators(Fixtures.FIRST_ANIMATOR)
            .build()
            .withId(GroupId.of("other"));
    return new Assessed(
        parents,
        Fixtures.aLibraryReadyForStageThree().withGroupLinks().withGroups(parents, other),
        ASSESSED);
  }

  static Stream<Row<Assessed>> verdicts() {
    return Stream.of(
        row(
            "kcs.rem.rules-agreed",
            "KCS-REM-RULES",
            Severity.WARNING,
            alone(LifeFixture.withRules(GroupMaturity.EARLY)),
            alone(LifeFixture.group(GroupMaturity.EARLY).build()),
            alone(LifeFixture.group(GroupMaturity.FORMING).build())),
        row(
            "kcs.eff.selfrun",
            "KCS-EFF-SELFRUN",
            Severity.NOTE,
            alone(LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF)),
            alone(LifeFixture.withRules(GroupMaturity.DEVELOPING)),
            alone(LifeFixture.withRules(GroupMaturity.EARLY))),
        row(
            "kcs.eff.independent",
            "KCS-EFF-INDEPENDENT",
            Severity.NOTE,
            alone(LifeFixture.withRules(GroupMaturity.INDEPENDENT)),
            alone(LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF)),
            alone(LifeFixture.withRules(GroupMaturity.DEVELOPING))),
        row(
            "kcs.dif.newcomers",
            "KCS-DIF-NEWCOMERS",
            Severity.NOTE,
            alone(
                withNewcomers()
                    .withRules(
                        LifeFixture.goalsRulesContract()
                            .withAgreedOn(LifeFixture.BONDED.plusWeeks(6)))),
            alone(withNewcomers()),
            aloneOn(withNewcomers(), BONDED.minusDays(1))),
        row(
            "kcs.dif.rules",
            "KCS-DIF-RULES",
            Severity.NOTE,
            alone(
                LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                    .rules(LifeFixture.agreed(RulesElement.GOALS, RulesElement.WRITTEN_REGULATIONS))
                    .build()),
            alone(
                LifeFixture.mentalHealth(GroupMaturity.DEVELOPING)
                    .rules(LifeFixture.goalsRulesContract())
                    .build()),
            alone(LifeFixture.withRules(GroupMaturity.DEVELOPING))),
        row(
            "kcs.dif.diversity",
            "KCS-DIF-DIVERSITY",
            Severity.NOTE,
            twoGroupsOfOneAnimator(false),
            twoGroupsOfOneAnimator(true),
            alone(LifeFixture.withRules(GroupMaturity.DEVELOPING))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void each_group_report_rule_passes_fails_and_stands_aside_as_its_row_says(Row<Assessed> row) {
    VerdictTable.assertVerdicts(row, EveryGroupReportRuleHasItsVerdictPinnedTest::outcome);
  }

  @Test
  void the_table_has_a_row_for_every_built_in_group_report_rule_in_order() {
    VerdictTable.assertNamesEveryRule(GroupLife.defaultRules(), verdicts());
  }

  private static Outcome outcome(Assessed assessed, String rule) {
    GroupLifeReport report =
        assessed.implementation == null
            ? LIFE.assess(assessed.group, assessed.on)
            : LIFE.assess(assessed.implementation, assessed.on).stream()
                .filter(r -> r.group().id().equals(assessed.group.id()))
                .findFirst()
                .orElseThrow();
    return report.evaluation().outcome(rule).orElseThrow();
  }
}
