package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Outcome;

/**
 * The checklist of steps (KCS-S1B-PREMISES and the other steps of KCS-STAGES): a step is ticked
 * when done, left open with the rules that count against it when not.
 */
class StepChecklistTest {

  private static StepProgress premises(StageReport report) {
    for (StepProgress step : report.checklist()) {
      if (step.step() == Step.S1B_PREMISES) {
        return step;
      }
    }
    throw new AssertionError("no premises step in the checklist");
  }

  @Test
  void
      a_step_done_is_ticked_and_has_no_problem_and_a_step_not_done_is_open_with_its_problems_KCS_S1B_PREMISES() {
    StepProgress done =
        premises(
            StageProgression.withDefaultRules().assess(LibraryFixture.complete(Stage.PREPARATION)));
    StepProgress open =
        premises(
            StageProgression.withDefaultRules()
                .assess(LibraryFixture.lacking(Stage.PREPARATION, Gap.NO_SUITABLE_ROOM)));

    assertThat(done.isDone()).isTrue();
    assertThat(done.problems()).isEmpty();
    assertThat(done.outcomes()).isNotEmpty();
    assertThat(done.render(Locale.ENGLISH)).startsWith("[x] " + Step.S1B_PREMISES.part() + " ");
    assertThat(open.isDone()).isFalse();
    assertThat(open.problems()).extracting(o -> o.rule().id().value()).contains("kcs.s1b.premises");
    for (Outcome problem : open.problems()) {
      assertThat(problem.isProblem()).isTrue();
    }
    assertThat(open.render(Locale.ENGLISH)).startsWith("[ ] " + Step.S1B_PREMISES.part() + " ");
    assertThat(open.render(Locale.forLanguageTag("pl")))
        .startsWith("[ ] ")
        .isNotEqualTo(open.render(Locale.ENGLISH));
  }
}
