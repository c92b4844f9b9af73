package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;

/** The generic engine, on facts that are plain integers. */
class RuleSetTest {

  private static final MessageCatalog MESSAGES =
      MessageCatalog.builder()
          .add("rule.test.positive.passed", "{1} jest dodatnie.", "{1} is positive.")
          .add(
              "rule.test.positive.failed",
              "{1} nie jest dodatnie, oczekiwano {2}.",
              "{1} is not positive, expected {2}.")
          .add("rule.test.positive.action", "Zwiększ.", "Increase it.")
          .add("rule.test.even.passed", "Parzyste.", "Even.")
          .add("rule.test.even.failed", "Nieparzyste: {0}.", "Odd: {0}.")
          .add("rule.test.even.action", "Dodaj jeden.", "Add one.")
          .add(
              "rule.test.even.not-applicable",
              "Zero nie ma parzystości tutaj.",
              "Zero has no parity here.")
          .build();

  private static final Rule<Integer> POSITIVE =
      Rule.<Integer>builder("test.positive")
          .source("KCS-S1B-SCALE")
          .severity(Severity.BLOCKER)
          .condition(Condition.holds(n -> n > 0))
          .explainer(n -> Finding.of(n, "> 0"))
          .messages(MESSAGES)
          .build();

  private static final Rule<Integer> EVEN =
      Rule.<Integer>builder("test.even")
          .source("KCS-S1B-SCALE")
          .severity(Severity.ADVICE)
          .condition(Condition.when(n -> n != 0, n -> n % 2 == 0))
          .explainer(n -> Finding.of(List.of("n"), n, 0))
          .messages(MESSAGES)
          .build();

  private static final RuleSet<Integer> RULES = RuleSet.of(List.of(POSITIVE, EVEN));

  @Test
  void evaluation_gives_an_outcome_for_every_rule_in_order() {
    RuleSetResult<Integer> report = RULES.evaluate(-3);

    assertThat(report.outcomes())
        .extracting(Outcome::status)
        .containsExactly(Status.FAILED, Status.FAILED);
    assertThat(report.problemCount(Severity.BLOCKER)).isEqualTo(1);
    assertThat(report.problemCount(Severity.ADVICE)).isEqualTo(1);
    assertThat(report.problemCount(Severity.WARNING)).isZero();
    assertThat(report.count(Status.FAILED)).isEqualTo(2);
    assertThat(report.outcome("test.positive").orElseThrow().message(Locale.ENGLISH))
        .isEqualTo("-3 is not positive, expected > 0.");
    assertThat(report.outcome("test.positive").orElseThrow().message(Locale.forLanguageTag("pl")))
        .isEqualTo("-3 nie jest dodatnie, oczekiwano > 0.");
    assertThat(report.outcome("test.even").orElseThrow().message(Locale.ENGLISH))
        .isEqualTo("Odd: n.");
    assertThat(report.outcome("test.none")).isEmpty();
    assertThat(report.outcome("test.positive").orElseThrow().renderAsListItem(Locale.ENGLISH))
        .isEqualTo(
            "  - -3 is not positive, expected > 0. (test.positive, KCS-S1B-SCALE)\n    → Increase it.\n");
  }

  @Test
  void a_rule_that_does_not_apply_says_so_in_its_own_words_or_the_engine_words() {
    RuleSetResult<Integer> report = RULES.evaluate(0);

    assertThat(report.outcome("test.even").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(report.outcome("test.even").orElseThrow().message(Locale.ENGLISH))
        .isEqualTo("Zero has no parity here.");
    assertThat(report.outcome("test.even").orElseThrow().isProblem()).isFalse();
  }

  @Test
  void messages_render_under_the_language_of_the_locale_not_the_machine_default() {
    Outcome outcome = RULES.evaluate(12345).outcome("test.positive").orElseThrow();

    // Numbers are written for the language: a Polish grouping space, an English comma.
    assertThat(outcome.message(Locale.ENGLISH)).isEqualTo("12,345 is positive.");
    assertThat(outcome.message(Locale.forLanguageTag("pl"))).isEqualTo("12 345 jest dodatnie.");
    assertThat(outcome.message(Locale.GERMAN)).isEqualTo("12,345 is positive.");
    assertThat(Language.of(Locale.forLanguageTag("pl-PL"))).isEqualTo(Language.POLISH);
  }

  @Test
  void
      a_set_can_be_extended_and_a_rule_disabled_replaced_or_enabled_again_without_changing_the_original() {
    Rule<Integer> strictPositive =
        Rule.<Integer>builder("test.positive")
            .source("KCS-S1B-SCALE")
            .severity(Severity.BLOCKER)
            .condition(Condition.holds(n -> n > 10))
            .messages(MESSAGES)
            .build();

    RuleSet<Integer> changed = RULES.disabling("test.even").replacing(strictPositive);

    assertThat(changed.evaluate(5).outcomes())
        .extracting(Outcome::status)
        .containsExactly(Status.FAILED, Status.DISABLED);
    assertThat(changed.isDisabled(RuleId.of("test.even"))).isTrue();
    assertThat(changed.enabling("test.even").evaluate(5).outcomes())
        .extracting(Outcome::status)
        .containsExactly(Status.FAILED, Status.FAILED);
    assertThat(RULES.evaluate(5).outcomes())
        .extracting(Outcome::status)
        .containsExactly(Status.PASSED, Status.FAILED);
  }

  @Test
  void misuse_of_a_set_is_rejected_with_a_message_naming_the_rule() {
    assertThatThrownBy(() -> RULES.with(EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule ids must be distinct, was test.even twice");
    assertThatThrownBy(() -> RULES.disabling("test.missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot disable rule test.missing: no rule has that id");
    assertThatThrownBy(() -> RULES.enabling("test.missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot enable rule test.missing: no rule has that id");
    Rule<Integer> stranger =
        Rule.<Integer>builder("test.stranger")
            .source("KCS-S1A")
            .severity(Severity.ADVICE)
            .condition(n -> Status.PASSED)
            .messages(
                MessageCatalog.builder()
                    .add("rule.test.stranger.passed", "a", "a")
                    .add("rule.test.stranger.failed", "b", "b")
                    .add("rule.test.stranger.action", "c", "c")
                    .build())
            .build();
    assertThatThrownBy(() -> RULES.replacing(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot replace rule test.stranger: no rule has that id");
  }

  @Test
  void a_rule_without_its_messages_in_both_languages_does_not_build() {
    assertThatThrownBy(
            () ->
                Rule.<Integer>builder("test.mute")
                    .source("KCS-S1A")
                    .severity(Severity.ADVICE)
                    .condition(n -> Status.PASSED)
                    .messages(
                        MessageCatalog.builder()
                            .add("rule.test.mute.passed", "a", "a")
                            .add("rule.test.mute.failed", "b", "b")
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule test.mute needs the message rule.test.mute.action in POLISH");
    assertThatThrownBy(
            () ->
                Rule.<Integer>builder("test.sourceless")
                    .severity(Severity.ADVICE)
                    .condition(n -> Status.PASSED)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source must be set for rule test.sourceless");
    assertThatThrownBy(() -> Rule.<Integer>builder("test.bad").source("KCS-NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact id must be one of kcs's fact IDs (docs/facts.md), was KCS-NOPE");
  }

  @Test
  void a_rule_that_throws_or_answers_nothing_is_named_in_the_exception() {
    Rule<Integer> throwing =
        Rule.<Integer>builder("test.even")
            .source("KCS-S1A")
            .severity(Severity.ADVICE)
            .condition(
                n -> {
                  throw new IllegalStateException("boom");
                })
            .messages(MESSAGES)
            .build();
    Rule<Integer> silent =
        Rule.<Integer>builder("test.even")
            .source("KCS-S1A")
            .severity(Severity.ADVICE)
            .condition(n -> null)
            .messages(MESSAGES)
            .build();

    assertThatThrownBy(() -> RULES.replacing(throwing).evaluate(1))
        .isInstanceOf(RuleEvaluationException.class)
        .hasMessage("rule test.even failed to evaluate: java.lang.IllegalStateException: boom")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.replacing(silent).evaluate(1))
        .isInstanceOf(RuleEvaluationException.class)
        .hasMessage(
            "rule test.even must answer PASSED, FAILED, NOT_APPLICABLE or UNKNOWN, answered null")
        .satisfies(
            e ->
                assertThat(((RuleEvaluationException) e).ruleId())
                    .isEqualTo(RuleId.of("test.even")));
  }

  @Test
  void rule_ids_are_lower_case_words() {
    assertThat(RuleId.of("kcs.s1b.supervision").value()).isEqualTo("kcs.s1b.supervision");
    assertThatThrownBy(() -> RuleId.of("Kcs Supervision"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ruleId must be lower-case letters and digits separated by dots or dashes, at most 100 characters, was 'Kcs Supervision'");
  }

  @Test
  void public_methods_reject_nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(RULES);
    tester.testAllPublicInstanceMethods(RULES.evaluate(1));
    tester.testAllPublicStaticMethods(Finding.class);
    tester.testAllPublicStaticMethods(RuleId.class);
  }

  @Test
  void severity_and_status_have_polish_and_english_labels() {
    for (Severity severity : Severity.values()) {
      assertThat(severity.label(Locale.forLanguageTag("pl")))
          .isNotBlank()
          .isNotEqualTo(severity.label(Locale.ENGLISH));
    }
    for (Status status : Status.values()) {
      assertThat(status.label(Locale.forLanguageTag("pl")))
          .isNotBlank()
          .isNotEqualTo(status.label(Locale.ENGLISH));
    }
    assertThat(Severity.BLOCKER.label(Locale.forLanguageTag("pl"))).isEqualTo("blokada");
    assertThat(Status.PASSED.label(Locale.forLanguageTag("pl"))).isEqualTo("spełniona");
  }
}
