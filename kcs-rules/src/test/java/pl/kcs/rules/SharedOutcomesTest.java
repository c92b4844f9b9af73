package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.Step;

/**
 * An evaluation makes each outcome once and shares it (issue 17): every way of reading an outcome
 * gives the same object, so what it looked at is worked out once however often it is read, and a
 * message without arguments is given without working it out at all (KCS-S1B-SCALE, a test rule).
 */
class SharedOutcomesTest {

  private static final MessageCatalog MESSAGES =
      MessageCatalog.builder()
          .add("rule.test.scale.passed", "Skala: {1}.", "Scale: {1}.")
          .add("rule.test.scale.failed", "Brak decyzji o skali.", "No decision on the scale.")
          .add("rule.test.scale.action", "Zdecydujcie o skali.", "Decide on the scale.")
          .build();

  private static RuleSet<Integer> counting(AtomicInteger explained) {
    return RuleSet.of(
        List.of(
            Rule.<Integer>builder("test.scale")
                .source("KCS-S1B-SCALE")
                .severity(Severity.BLOCKER)
                .appliesTo(Step.S1B_RESOURCES_AND_SCALE)
                .condition(Condition.holds(n -> n > 0))
                .explainer(
                    n -> {
                      explained.incrementAndGet();
                      return Finding.of(n, 1);
                    })
                .messages(MESSAGES)
                .build()));
  }

  @Test
  void every_way_of_reading_an_outcome_gives_the_same_one_and_works_out_its_finding_once() {
    AtomicInteger explained = new AtomicInteger();
    RuleSetResult<Integer> result = counting(explained).evaluate(3);

    Outcome outcome = result.outcomeAt(0);
    assertThat(result.outcomes().get(0)).isSameAs(outcome);
    assertThat(result.outcome("test.scale").orElseThrow()).isSameAs(outcome);
    assertThat(result.outcomesAbout(Step.S1B_RESOURCES_AND_SCALE)).containsExactly(outcome);
    assertThat(result.outcomesAbout(Step.S1B_PREMISES)).isEmpty();
    assertThat(outcome.message(Locale.ENGLISH)).isEqualTo("Scale: 3.");
    assertThat(result.outcomeAt(0).message(Locale.forLanguageTag("pl"))).isEqualTo("Skala: 3.");
    assertThat(outcome.finding()).isSameAs(result.outcomeAt(0).finding());
    assertThat(explained).hasValue(1);
  }

  @Test
  void
      a_problem_is_the_same_outcome_in_every_list_and_a_message_without_arguments_reads_no_finding() {
    AtomicInteger explained = new AtomicInteger();
    RuleSetResult<Integer> result = counting(explained).evaluate(0);

    assertThat(result.problems(Severity.BLOCKER)).containsExactly(result.outcomeAt(0));
    assertThat(result.problems(Severity.BLOCKER).get(0)).isSameAs(result.outcomeAt(0));
    assertThat(result.problems().get(0)).isSameAs(result.outcomeAt(0));
    assertThat(result.problems(Severity.WARNING)).isEmpty();
    assertThat(result.outcomeAt(0).message(Locale.ENGLISH)).isEqualTo("No decision on the scale.");
    assertThat(result.outcomeAt(0).action(Locale.forLanguageTag("pl")))
        .isEqualTo("Zdecydujcie o skali.");
    assertThat(explained).hasValue(0);
  }
}
