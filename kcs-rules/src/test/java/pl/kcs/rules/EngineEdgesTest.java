package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The generic engine at its edges: every severity counted on its own, a rule id at its length
 * limit, enabling one rule leaving the others disabled, and a report rendered one line per rule.
 */
class EngineEdgesTest {

  private static final MessageCatalog MESSAGES =
      MessageCatalog.builder()
          .add("rule.edge.passed", "Dobrze.", "Fine.")
          .add("rule.edge.failed", "Źle.", "Not fine.")
          .add("rule.edge.action", "Popraw.", "Mend it.")
          .build();

  private static Rule<Integer> positive(String id, Severity severity) {
    return Rule.<Integer>builder(id)
        .source("KCS-S1B-SCALE")
        .severity(severity)
        .condition(Condition.holds(n -> n > 0))
        .messages(MESSAGES)
        .messageKey("rule.edge")
        .build();
  }

  private static final RuleSet<Integer> ONE_OF_EACH_AND_TWO_WARNINGS =
      RuleSet.of(
          List.of(
              positive("edge.blocker", Severity.BLOCKER),
              positive("edge.warning", Severity.WARNING),
              positive("edge.warning-two", Severity.WARNING),
              positive("edge.advice", Severity.ADVICE),
              positive("edge.note", Severity.NOTE)));

  @Test
  void each_failed_rule_is_counted_under_its_own_severity_only() {
    RuleSetResult<Integer> failed = ONE_OF_EACH_AND_TWO_WARNINGS.evaluate(0);
    RuleSetResult<Integer> passed = ONE_OF_EACH_AND_TWO_WARNINGS.evaluate(1);

    assertThat(failed.problemCount(Severity.BLOCKER)).isEqualTo(1);
    assertThat(failed.problemCount(Severity.WARNING)).isEqualTo(2);
    assertThat(failed.problemCount(Severity.ADVICE)).isEqualTo(1);
    assertThat(failed.problemCount(Severity.NOTE)).isEqualTo(1);
    assertThat(failed.problems())
        .extracting(Outcome::severity)
        .containsExactly(
            Severity.BLOCKER, Severity.WARNING, Severity.WARNING, Severity.ADVICE, Severity.NOTE);
    for (Severity severity : Severity.values()) {
      assertThat(passed.problemCount(severity)).as("%s", severity).isZero();
      assertThat(passed.hasProblems(severity)).as("%s", severity).isFalse();
    }
    assertThat(failed.ruleSet()).isSameAs(ONE_OF_EACH_AND_TWO_WARNINGS);
  }

  @Test
  void a_report_renders_one_line_per_rule_in_order() {
    RuleSetResult<Integer> report = ONE_OF_EACH_AND_TWO_WARNINGS.evaluate(0);

    String[] lines = report.render(Locale.ENGLISH).split("\n");

    assertThat(lines).hasSize(5);
    assertThat(lines[0]).contains("edge.blocker");
    assertThat(lines[4]).contains("edge.note");
    assertThat(report.toString()).isNotBlank();
  }

  @Test
  void enabling_one_rule_leaves_the_others_disabled() {
    RuleSet<Integer> twoOff =
        ONE_OF_EACH_AND_TWO_WARNINGS.disabling("edge.warning").disabling("edge.advice");

    RuleSet<Integer> oneBack = twoOff.enabling("edge.warning");

    assertThat(oneBack.isDisabled(RuleId.of("edge.warning"))).isFalse();
    assertThat(oneBack.isDisabled(RuleId.of("edge.advice"))).isTrue();
    assertThat(oneBack.isDisabled(RuleId.of("edge.note"))).isFalse();
    assertThat(oneBack.evaluate(0).outcome("edge.advice").orElseThrow().status())
        .isEqualTo(Status.DISABLED);
  }

  @Test
  void a_rule_id_may_be_up_to_one_hundred_characters() {
    String hundred = "a".repeat(100);

    assertThat(RuleId.of(hundred).value()).hasSize(100);
    assertThatThrownBy(() -> RuleId.of(hundred + "a")).isInstanceOf(IllegalArgumentException.class);
    assertThat(RuleId.of("edge.one"))
        .isEqualTo(RuleId.of("edge.one"))
        .hasSameHashCodeAs(RuleId.of("edge.one"));
    assertThat(RuleId.of("edge.one").compareTo(RuleId.of("edge.two"))).isNegative();
  }
}
