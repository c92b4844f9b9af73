package pl.kcs.rules.opening;

import static pl.kcs.rules.VerdictTable.alwaysApplies;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.rules.Severity;
import pl.kcs.rules.VerdictTable;
import pl.kcs.rules.VerdictTable.Row;

/**
 * The verdict of every rule of the open-institution self-assessment (OPEN-START, OPEN-PRACTICES,
 * OPEN-COHOST) pinned as a table (issue 20): its fact, its severity, and its status on a passing
 * and a failing input. No rule of the self-assessment has a not-applicable case: every starting
 * condition is asked of every institution (an unanswered one is unknown), every area is scored for
 * every institution, and every institution has a position on the way to co-hosting — each row
 * says so.
 */
class EveryOpeningRuleHasItsVerdictPinnedTest {

  private static final String STARTING_CONDITION =
      "every institution is asked about every starting condition; an unanswered one is unknown";
  private static final String AREA = "every area is scored for every institution";

  private static Row<SelfAssessment> start(String rule, OpeningPractice condition) {
    return alwaysApplies(
        rule,
        "OPEN-START",
        Severity.WARNING,
        AssessmentFixture.fullyOpen(),
        AssessmentFixture.fullyOpen().withAnswer(condition, PracticeLevel.STARTING),
        STARTING_CONDITION);
  }

  private static Row<SelfAssessment> area(String rule, OpeningArea area, String fact) {
    return alwaysApplies(
        rule,
        fact,
        Severity.ADVICE,
        AssessmentFixture.fullyOpen(),
        AssessmentFixture.withArea(AssessmentFixture.fullyOpen(), area, PracticeLevel.STARTING),
        AREA);
  }

  static Stream<Row<SelfAssessment>> verdicts() {
    return Stream.of(
        start("open.start.shared-vision", OpeningPractice.SHARED_VISION),
        start("open.start.friendly-space", OpeningPractice.FRIENDLY_SPACE),
        start("open.start.open-communication", OpeningPractice.OPEN_COMMUNICATION),
        start("open.start.broad-partnership", OpeningPractice.BROAD_PARTNERSHIP),
        area(
            "open.area.governance-and-funding",
            OpeningArea.GOVERNANCE_AND_FUNDING,
            "OPEN-PRACTICES"),
        area("open.area.staff-and-roles", OpeningArea.STAFF_AND_ROLES, "OPEN-PRACTICES"),
        area("open.area.space-and-hours", OpeningArea.SPACE_AND_HOURS, "OPEN-START"),
        area(
            "open.area.outreach-and-promotion",
            OpeningArea.OUTREACH_AND_PROMOTION,
            "OPEN-PRACTICES"),
        area(
            "open.area.partnership-and-networking",
            OpeningArea.PARTNERSHIP_AND_NETWORKING,
            "OPEN-START"),
        area(
            "open.area.cohosting-and-initiative",
            OpeningArea.COHOSTING_AND_INITIATIVE,
            "OPEN-COHOST"),
        area(
            "open.area.process-and-evaluation",
            OpeningArea.PROCESS_AND_EVALUATION,
            "OPEN-PRACTICES"),
        alwaysApplies(
            "open.cohost",
            "OPEN-COHOST",
            Severity.ADVICE,
            AssessmentFixture.fullyOpen(),
            SelfAssessment.allAnswered(PracticeLevel.PARTLY),
            "every institution has a position on the way to co-hosting"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void each_self_assessment_rule_passes_and_fails_as_its_row_says(Row<SelfAssessment> row) {
    VerdictTable.assertVerdicts(
        row,
        (assessment, rule) ->
            OpeningAssessment.withDefaultRules()
                .assess(assessment)
                .evaluation()
                .outcome(rule)
                .orElseThrow());
  }

  @Test
  void the_table_has_a_row_for_every_built_in_self_assessment_rule_in_order() {
    VerdictTable.assertNamesEveryRule(OpeningAssessment.defaultRules(), verdicts());
  }
}
