package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.example;
import static pl.kcs.cli.CommandRun.kcs;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.kcs.core.people.PostFraction;
import pl.kcs.costs.AnimatorPost;
import pl.kcs.costs.BudgetPlan;
import pl.kcs.json.KcsJson;

/** {@code kcs budget --from IMPLEMENTATION}: nobody types the animators, trainings and supervision twice (KCS-COST-*). */
class BudgetFromImplementationCommandTest {

  @Test
  void the_budget_from_the_library_equals_the_budget_of_the_same_plan_typed_by_hand(
      @TempDir Path directory) throws Exception {
    // What examples/library.json declares: two animators on 1/4 of a post, two trainings recorded,
    // monthly supervision for both, one group of nine.
    BudgetPlan byHand =
        BudgetPlan.builder()
            .name("Biblioteka Publiczna w Lipowie")
            .months(12)
            .addAnimators(
                AnimatorPost.of(PostFraction.QUARTER, 2), AnimatorPost.of(PostFraction.QUARTER, 0))
            .animatorSupervisionHoursPerMonth(new BigDecimal("2"))
            .groups(1)
            .participants(9)
            .build();
    Path typed = directory.resolve("plan.json");
    Files.writeString(typed, KcsJson.standard().toJson(byHand));

    CommandRun derived =
        kcs("budget", "--from", example("library.json"), "--format", "json", "--lang", "en");
    CommandRun handEntered = kcs("budget", typed.toString(), "--format", "json", "--lang", "en");

    assertThat(derived.exitCode()).as(derived.err()).isZero();
    assertThat(derived.out()).isEqualTo(handEntered.out());
    assertThat(kcs("budget", "--from", example("library.xml"), "--format", "csv").out())
        .isEqualTo(kcs("budget", typed.toString(), "--format", "csv").out());
  }

  @Test
  void the_text_says_what_came_from_the_document_and_what_is_a_kcs_default() {
    CommandRun english =
        kcs(
            "budget",
            "--from",
            example("library.json"),
            "--lang",
            "en",
            "--months",
            "24",
            "--events-per-year",
            "2");
    CommandRun polish = kcs("budget", "--from", example("library.json"));

    assertThat(english.out())
        .startsWith("Plan built from the implementation document ")
        .contains("recorded trainings: 2 (KCS-COST-TRAINING)")
        .contains("one session is 1 hour — a kcs default, not the method's")
        .contains("months: 24 (--months), events: 0 a month and 2 a year (KCS-COST-EVENT;")
        .contains("24 months");
    assertThat(polish.out())
        .startsWith("Plan zbudowany z dokumentu wdrożenia ")
        .contains("miesiące: 12 (ustawienie domyślne kcs, nie metody; zmieńcie je opcją --months)");
  }

  @Test
  void bad_combinations_and_values_fail_in_one_line_with_exit_2() {
    assertThat(
            kcs("budget", example("budget.json"), "--from", example("library.json")).err().strip())
        .isEqualTo(
            "kcs budget: give FILE or --from IMPLEMENTATION, not both (see 'kcs budget --help')");
    assertThat(kcs("budget", "--months", "3").err().strip())
        .isEqualTo(
            "kcs budget: --months, --events-per-month and --events-per-year go with --from IMPLEMENTATION (see 'kcs budget --help')");
    CommandRun zero = kcs("budget", "--from", example("library.json"), "--months", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err().strip())
        .isEqualTo("kcs budget: --months must be from 1 to 1200, was 0 (see 'kcs budget --help')");
    CommandRun noGroups = kcs("budget", "--from", example("club.json"));
    assertThat(noGroups.exitCode()).isEqualTo(2);
    assertThat(noGroups.err().lines()).hasSize(1);
  }
}
