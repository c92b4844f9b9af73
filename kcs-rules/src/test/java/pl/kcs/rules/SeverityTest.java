package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.ModalClass;

/**
 * How hard a rule may bite follows the source's word (GUIDE: "musi" → blocker, "powinien" →
 * warning, "warto" → advice, an observation → a note), and a rule stricter than its source is
 * built only when it says it is a kcs default.
 */
class SeverityTest {

  private static final MessageCatalog MESSAGES =
      MessageCatalog.builder()
          .add("rule.test.note.passed", "Dobrze.", "Fine.")
          .add("rule.test.note.failed", "Źle.", "Not fine.")
          .add("rule.test.note.action", "Popraw.", "Mend it.")
          .build();

  @Test
  void
      a_requirement_may_block_a_recommendation_warn_a_suggestion_advise_and_an_observation_only_note() {
    assertThat(Severity.highestFor(ModalClass.REQUIREMENT)).isEqualTo(Severity.BLOCKER);
    assertThat(Severity.highestFor(ModalClass.RECOMMENDATION)).isEqualTo(Severity.WARNING);
    assertThat(Severity.highestFor(ModalClass.SUGGESTION)).isEqualTo(Severity.ADVICE);
    assertThat(Severity.highestFor(ModalClass.OBSERVATION)).isEqualTo(Severity.NOTE);
  }

  @Test
  void a_severity_is_stricter_only_than_the_ones_below_it_never_than_itself() {
    assertThat(Severity.BLOCKER.isStricterThan(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isStricterThan(Severity.ADVICE)).isTrue();
    assertThat(Severity.ADVICE.isStricterThan(Severity.NOTE)).isTrue();
    assertThat(Severity.BLOCKER.isStricterThan(Severity.NOTE)).isTrue();
    for (Severity each : Severity.values()) {
      assertThat(each.isStricterThan(each)).as("%s against itself", each).isFalse();
    }
    assertThat(Severity.NOTE.isStricterThan(Severity.ADVICE)).isFalse();
    assertThat(Severity.WARNING.isStricterThan(Severity.BLOCKER)).isFalse();
  }

  private static Rule.Builder<Integer> rule(Severity severity) {
    return Rule.<Integer>builder("test.note")
        .source("KCS-S1B-SCALE")
        .severity(severity)
        .condition(Condition.holds(n -> n > 0))
        .messages(MESSAGES);
  }

  @Test
  void a_rule_may_not_bite_harder_than_its_source_words_it() {
    assertThatThrownBy(() -> rule(Severity.WARNING).reading(ModalClass.SUGGESTION, "warto").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.note")
        .hasMessageContaining("WARNING")
        .hasMessageContaining("SUGGESTION")
        .hasMessageContaining("ADVICE");
    assertThatThrownBy(
            () -> rule(Severity.BLOCKER).reading(ModalClass.RECOMMENDATION, "powinien").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> rule(Severity.ADVICE).reading(ModalClass.OBSERVATION, "zaobserwowano").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_rule_as_strict_as_its_source_or_milder_builds_and_is_not_a_library_default() {
    Rule<Integer> same =
        rule(Severity.WARNING).reading(ModalClass.RECOMMENDATION, "należy").build();
    Rule<Integer> milder = rule(Severity.NOTE).reading(ModalClass.REQUIREMENT, "musi").build();

    assertThat(same.severity()).isEqualTo(Severity.WARNING);
    assertThat(same.isLibraryDefault()).isFalse();
    assertThat(milder.severity()).isEqualTo(Severity.NOTE);
    assertThat(milder.isLibraryDefault()).isFalse();
  }

  @Test
  void a_rule_stricter_than_its_source_builds_when_it_is_marked_a_kcs_default() {
    Rule<Integer> stricter =
        rule(Severity.BLOCKER).reading(ModalClass.SUGGESTION, "warto").libraryDefault().build();

    assertThat(stricter.severity()).isEqualTo(Severity.BLOCKER);
    assertThat(stricter.isLibraryDefault()).isTrue();
  }

  @Test
  void a_failed_note_is_counted_as_a_note_and_never_as_a_blocker_warning_or_advice() {
    Rule<Integer> note = rule(Severity.NOTE).build();
    RuleSetResult<Integer> failed = RuleSet.of(List.of(note)).evaluate(-1);
    RuleSetResult<Integer> passed = RuleSet.of(List.of(note)).evaluate(1);

    assertThat(failed.problemCount(Severity.NOTE)).isEqualTo(1);
    assertThat(failed.hasProblems(Severity.NOTE)).isTrue();
    assertThat(failed.problemCount(Severity.BLOCKER)).isZero();
    assertThat(failed.problemCount(Severity.WARNING)).isZero();
    assertThat(failed.problemCount(Severity.ADVICE)).isZero();
    assertThat(failed.problems(Severity.NOTE)).hasSize(1);
    assertThat(failed.problems()).hasSize(1);
    assertThat(passed.problemCount(Severity.NOTE)).isZero();
    assertThat(passed.hasProblems(Severity.NOTE)).isFalse();
  }
}
