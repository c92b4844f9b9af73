package pl.kcs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void a_holding_property_runs_every_trial() {
    List<Integer> seen = new ArrayList<>();
    Property.check().seed(1).trials(50).forAll(Gens.ints(1, 10), seen::add);
    assertThat(seen).hasSize(50).allMatch(v -> v >= 1 && v <= 10);
  }

  @Test
  void the_same_seed_generates_the_same_inputs_and_another_seed_others() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    Property.check().seed(7).trials(20).forAll(Gens.ints(0, 1_000_000), first::add);
    Property.check().seed(7).trials(20).forAll(Gens.ints(0, 1_000_000), second::add);
    Property.check().seed(8).trials(20).forAll(Gens.ints(0, 1_000_000), other::add);
    assertThat(first).isEqualTo(second).isNotEqualTo(other);
  }

  @Test
  void a_failing_property_prints_the_seeds_the_trial_and_the_input() {
    assertThatThrownBy(
            () ->
                Property.check()
                    .seed(42)
                    .trials(100)
                    .forAll(Gens.ints(0, 100), v -> assertThat(v).isLessThan(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Property failed on trial ")
        .hasMessageContaining(" of 100 (root seed 42, trial seed ")
        .hasMessageContaining("-Dkcs.seed=42")
        .hasMessageContaining("Property.check().replaying(")
        .hasMessageContaining("shrunk input (")
        .hasMessageContaining("): 50\n")
        .hasMessageContaining("original input: ")
        .hasMessageContaining("failure: java.lang.AssertionError")
        .cause()
        .hasMessageContaining("50");
  }

  @Test
  void a_runtime_exception_in_a_property_is_a_failure_too() {
    assertThatThrownBy(
            () ->
                Property.check()
                    .seed(1)
                    .forAll(
                        Gens.ints(0, 100),
                        v -> {
                          if (v > 3) {
                            throw new IllegalStateException("too many groups: " + v);
                          }
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("): 4\n")
        .hasMessageEndingWith("failure: java.lang.IllegalStateException: too many groups: 4")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_failure_replays_from_its_trial_seed_with_the_same_input_for_every_form() {
    Gen<List<Integer>> lists = Gens.listsOf(Gens.ints(0, 1_000), 0, 10);
    AssertionError failure = null;
    try {
      Property.check().seed(3).forAll(lists, v -> assertThat(v).doesNotContain(999));
    } catch (AssertionError e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    long trialSeed = trialSeed(failure);
    String original = originalInput(failure);

    List<List<Integer>> replayed = new ArrayList<>();
    Property.replay(trialSeed, lists, replayed::add);
    Property.check().seed(12345).replaying(trialSeed).forAll(lists, replayed::add);
    assertThat(replayed).hasSize(2).allMatch(list -> Inputs.describe(list).equals(original));

    // replaying the failing property fails again with the same shrunk input
    assertThatThrownBy(
            () ->
                Property.check()
                    .replaying(trialSeed)
                    .forAll(lists, v -> assertThat(v).doesNotContain(999)))
        .hasMessageContaining("on trial 1 of 1")
        .hasMessageContaining("trial seed " + trialSeed)
        .hasMessageContaining("): [999]\n");
  }

  @Test
  void a_property_with_a_random_stream_replays_with_the_same_input_and_the_same_stream() {
    Gen<Integer> sizes = Gens.ints(0, 50);
    List<String> runs = new ArrayList<>();
    AssertionError failure = null;
    try {
      Property.check()
          .seed(5)
          .maxShrinks(0)
          .forAllWithRandom(
              sizes,
              (size, random) -> {
                List<Integer> shuffled = Gens.shuffled(range(size), random);
                runs.add(shuffled.toString());
                assertThat(shuffled.isEmpty() || shuffled.get(0) != 7).isTrue();
              });
    } catch (AssertionError e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    String failingRun = runs.get(runs.size() - 1);

    List<String> replayed = new ArrayList<>();
    Property.check()
        .replaying(trialSeed(failure))
        .forAllWithRandom(
            sizes, (size, random) -> replayed.add(Gens.shuffled(range(size), random).toString()));
    assertThat(replayed).containsExactly(failingRun);
  }

  @Test
  void the_root_seed_comes_from_kcs_seed_then_from_a_ci_run_then_the_fixed_default() {
    Map<String, String> none = Map.of();
    Map<String, String> ci = Map.of("KCS_VARY_SEED", "true");
    Map<String, String> seed = Map.of("kcs.seed", " -77 ");

    assertThat(Property.configured(none::get, none::get, () -> 99).seed())
        .isEqualTo(Property.DEFAULT_SEED);
    assertThat(
            Property.configured(none::get, Map.of("KCS_VARY_SEED", "false")::get, () -> 99).seed())
        .isEqualTo(Property.DEFAULT_SEED);
    assertThat(Property.configured(none::get, ci::get, () -> 99).seed()).isEqualTo(99);
    assertThat(
            Property.configured(none::get, Map.of("KCS_VARY_SEED", "TRUE")::get, () -> 99).seed())
        .isEqualTo(99);
    assertThat(Property.configured(seed::get, ci::get, () -> 99).seed()).isEqualTo(-77);
    assertThat(Property.configured(none::get, none::get, () -> 99).trials())
        .isEqualTo(Property.DEFAULT_TRIALS);
    assertThat(Property.configured(Map.of("kcs.trials", "12")::get, none::get, () -> 99).trials())
        .isEqualTo(12);
    assertThat(Property.configured(none::get, none::get, () -> 99).maxShrinks())
        .isEqualTo(Property.DEFAULT_MAX_SHRINKS);
  }

  @Test
  void a_ci_run_varies_its_seed_from_jvm_to_jvm_but_keeps_it_within_one() {
    // the seed of this JVM's CI runs is drawn once: two runners of one run agree
    Map<String, String> ci = Map.of("KCS_VARY_SEED", "true");
    Map<String, String> none = Map.of();
    long[] drawn = {1000};
    Property first = Property.configured(none::get, ci::get, () -> drawn[0]++);
    Property second = Property.configured(none::get, ci::get, () -> drawn[0]++);
    assertThat(first.seed()).isNotEqualTo(second.seed());
    // with the real source: the same within the JVM
    if ("true".equalsIgnoreCase(System.getenv("KCS_VARY_SEED"))
        && System.getProperty("kcs.seed") == null) {
      assertThat(Property.check().seed()).isEqualTo(Property.check().seed());
    } else if (System.getProperty("kcs.seed") == null) {
      assertThat(Property.check().seed()).isEqualTo(Property.DEFAULT_SEED);
    }
  }

  @Test
  void a_malformed_seed_or_number_of_trials_is_rejected_naming_the_property() {
    Map<String, String> none = Map.of();
    assertThatThrownBy(
            () -> Property.configured(Map.of("kcs.seed", "abc")::get, none::get, () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kcs.seed must be a whole number, was abc");
    assertThatThrownBy(
            () ->
                Property.configured(Map.of("kcs.trials", "x".repeat(50))::get, none::get, () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kcs.trials must be a whole number, was " + "x".repeat(30) + "…");
    assertThatThrownBy(
            () -> Property.configured(Map.of("kcs.trials", "0")::get, none::get, () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must be positive, was 0");
  }

  @Test
  void the_runner_keeps_its_settings_in_copies() {
    Property runner = Property.check().seed(9).trials(17).maxShrinks(4);
    assertThat(runner.seed()).isEqualTo(9);
    assertThat(runner.trials()).isEqualTo(17);
    assertThat(runner.maxShrinks()).isEqualTo(4);
    assertThat(runner.seed(10).trials()).isEqualTo(17);
    assertThat(runner.trials(3).seed()).isEqualTo(9);
  }

  @Test
  void generators_and_runners_reject_bad_arguments() {
    assertThatThrownBy(() -> Gens.ints(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lowInclusive must not exceed highInclusive, was 5 > 4");
    assertThatThrownBy(() -> Property.check().trials(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must be positive, was 0");
    assertThatThrownBy(() -> Property.check().forAll(null, v -> {}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("generator");
    assertThatThrownBy(() -> Property.check().forAll(Gens.ints(0, 1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("property");
    assertThatThrownBy(() -> Property.check().forAllWithRandom(Gens.ints(0, 1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("property");
  }

  @Test
  void an_error_that_is_not_a_failure_passes_through_unchanged() {
    StackOverflowError error = new StackOverflowError("deep");
    assertThatThrownBy(
            () ->
                Property.check()
                    .forAll(
                        Gens.ints(0, 1),
                        v -> {
                          throw error;
                        }))
        .isSameAs(error);
  }

  @Test
  void a_property_with_a_random_stream_gets_a_stream_of_its_own_per_trial() {
    List<Long> draws = new ArrayList<>();
    Property.check()
        .seed(2)
        .trials(30)
        .forAllWithRandom(Gens.constant("x"), (value, random) -> draws.add(random.nextLong()));
    assertThat(draws).doesNotHaveDuplicates().hasSize(30);
    assertThat(new SplittableRandom(1).nextLong()).isNotIn(draws);
  }

  private static List<Integer> range(int size) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(i);
    }
    return list;
  }

  private static long trialSeed(AssertionError failure) {
    String message = failure.getMessage();
    int start = message.indexOf("trial seed ") + "trial seed ".length();
    return Long.parseLong(message.substring(start, message.indexOf(';', start)));
  }

  private static String originalInput(AssertionError failure) {
    String message = failure.getMessage();
    String marker = message.contains("original input: ") ? "original input: " : "\n  input: ";
    int start = message.indexOf(marker) + marker.length();
    return message.substring(start, message.indexOf('\n', start));
  }
}
