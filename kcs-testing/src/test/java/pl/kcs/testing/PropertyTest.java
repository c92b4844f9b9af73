package pl.kcs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void a_holding_property_runs_every_trial() {
    List<Integer> seen = new ArrayList<>();
    Property.check().seed(1).trials(50).forAll(Gens.ints(1, 10), seen::add);
    assertThat(seen).hasSize(50).allMatch(v -> v >= 1 && v <= 10);
  }

  @Test
  void the_same_seed_generates_the_same_inputs() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Property.check().seed(7).trials(20).forAll(Gens.ints(0, 1_000_000), first::add);
    Property.check().seed(7).trials(20).forAll(Gens.ints(0, 1_000_000), second::add);
    assertThat(first).isEqualTo(second);
  }

  @Test
  void a_failing_property_prints_the_seed_and_the_input() {
    assertThatThrownBy(
            () ->
                Property.check()
                    .seed(42)
                    .trials(100)
                    .forAll(Gens.ints(0, 100), v -> assertThat(v).isLessThan(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-Dkcs.seed=42")
        .hasMessageContaining("Property.replay(")
        .hasMessageContaining("input: ");
  }

  @Test
  void a_failure_replays_from_its_trial_seed() {
    AssertionError failure = null;
    try {
      Property.check().seed(3).forAll(Gens.ints(0, 100), v -> assertThat(v).isLessThan(90));
    } catch (AssertionError e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    String message = failure.getMessage();
    long trialSeed =
        Long.parseLong(message.substring(message.indexOf("replay(") + 7, message.indexOf("L, ...")));
    assertThatThrownBy(
            () -> Property.replay(trialSeed, Gens.ints(0, 100), v -> assertThat(v).isLessThan(90)))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void generators_reject_an_empty_range() {
    assertThatThrownBy(() -> Gens.ints(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lowInclusive must not exceed highInclusive, was 5 > 4");
    assertThatThrownBy(() -> Property.check().trials(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must be positive, was 0");
  }
}
