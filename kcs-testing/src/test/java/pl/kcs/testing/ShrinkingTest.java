package pl.kcs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runner shrinks a failing input to a small one that still fails, through every combinator. */
class ShrinkingTest {

  private static final Property RUNNER = Property.check().seed(11).trials(300);

  /** The text after "shrunk input (…): " up to the end of its line. */
  static String shrunkInput(AssertionError failure) {
    String message = failure.getMessage();
    int shrunk = message.indexOf("shrunk input (");
    int start =
        shrunk < 0 ? message.indexOf("\n  input: ") + 10 : message.indexOf("): ", shrunk) + 3;
    return message.substring(start, message.indexOf('\n', start));
  }

  static <T> AssertionError failureOf(Property runner, Gen<T> generator, Consumer<T> property) {
    try {
      runner.forAll(generator, property);
    } catch (AssertionError failure) {
      return failure;
    }
    throw new IllegalStateException("the property held");
  }

  @Test
  void a_list_with_a_value_above_100_shrinks_to_the_one_element_list_101() {
    AssertionError failure =
        failureOf(
            RUNNER,
            Gens.listsOf(Gens.ints(0, 1_000), 0, 20),
            list -> assertThat(list).allMatch(value -> value <= 100));

    assertThat(shrunkInput(failure)).isEqualTo("[101]");
    assertThat(failure.getMessage()).contains("original input: [").contains("failure: ");
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void an_integer_shrinks_to_the_exact_boundary_of_a_monotone_property() {
    AssertionError failure =
        failureOf(RUNNER, Gens.ints(0, 1_000_000), value -> assertThat(value).isLessThan(4_321));
    assertThat(shrunkInput(failure)).isEqualTo("4321");
  }

  @Test
  void an_integer_shrinks_toward_zero_from_below_too() {
    AssertionError failure =
        failureOf(RUNNER, Gens.ints(-1_000, 1_000), value -> assertThat(value).isGreaterThan(-17));
    assertThat(shrunkInput(failure)).isEqualTo("-17");
  }

  @Test
  void an_integer_whose_range_excludes_zero_shrinks_to_the_bound_nearest_zero() {
    assertThat(shrunkInput(failureOf(RUNNER, Gens.ints(10, 99), value -> fail()))).isEqualTo("10");
    assertThat(shrunkInput(failureOf(RUNNER, Gens.ints(-99, -10), value -> fail())))
        .isEqualTo("-10");
    assertThat(shrunkInput(failureOf(RUNNER, Gens.longs(5, 1L << 40), value -> fail())))
        .isEqualTo("5");
  }

  @Test
  void a_list_never_shrinks_below_its_minimum_size() {
    AssertionError failure =
        failureOf(RUNNER, Gens.listsOf(Gens.ints(0, 9), 3, 10), list -> fail());
    assertThat(shrunkInput(failure)).isEqualTo("[0, 0, 0]");
  }

  @Test
  void a_list_drops_the_elements_that_do_not_matter_wherever_they_are() {
    // fails when 7 comes somewhere after 3: the answer keeps just those two, in that order
    AssertionError failure =
        failureOf(
            RUNNER,
            Gens.listsOf(Gens.ints(0, 9), 0, 30),
            list -> {
              int three = list.indexOf(3);
              assertThat(three >= 0 && list.subList(three, list.size()).contains(7)).isFalse();
            });
    assertThat(shrunkInput(failure)).isEqualTo("[3, 7]");
  }

  @Test
  void a_string_shrinks_to_fewer_letters_and_toward_the_first_letter_of_its_alphabet() {
    AssertionError failure =
        failureOf(
            RUNNER, Gens.strings("abcłź", 0, 20), text -> assertThat(text).doesNotContain("ł"));
    assertThat(shrunkInput(failure)).isEqualTo("\"ł\"");

    AssertionError length =
        failureOf(RUNNER, Gens.strings("xyz", 2, 20), text -> assertThat(text).hasSizeLessThan(5));
    assertThat(shrunkInput(length)).isEqualTo("\"xxxxx\"");
  }

  @Test
  void a_mapped_value_shrinks_through_the_value_it_was_mapped_from() {
    Gen<Duration> durations = Gens.ints(0, 10_000).map(Duration::new);
    AssertionError failure =
        failureOf(RUNNER, durations, duration -> assertThat(duration.minutes()).isLessThan(90));
    assertThat(shrunkInput(failure)).isEqualTo("Duration[minutes=90]");
  }

  @Test
  void a_domain_value_built_by_zip_shrinks_each_component_and_skips_values_its_factory_rejects() {
    // a meeting with an hour and a room capacity; the factory rejects fewer seats than 2
    Gen<Meeting> meetings = Gens.zip(Gens.ints(0, 23), Gens.ints(0, 60), Meeting::new);
    AssertionError failure =
        failureOf(
            RUNNER,
            meetings,
            meeting -> assertThat(meeting.hour() >= 20 && meeting.seats() >= 12).isFalse());
    assertThat(shrunkInput(failure)).isEqualTo("Meeting[hour=20, seats=12]");

    AssertionError rejected = failureOf(RUNNER, meetings, meeting -> fail());
    assertThat(shrunkInput(rejected)).isEqualTo("Meeting[hour=0, seats=2]");
  }

  @Test
  void flat_map_shrinks_the_outer_value_and_draws_the_inner_one_again_from_the_same_seed() {
    // a list whose length is drawn first: shrinking the length regenerates the list
    Gen<List<Integer>> lists =
        Gens.ints(1, 50).flatMap(size -> Gens.listsOf(Gens.ints(0, 1_000), size, size));
    AssertionError failure =
        failureOf(
            RUNNER, lists, list -> assertThat(list.size() >= 4 && list.get(3) >= 500).isFalse());
    assertThat(shrunkInput(failure)).isEqualTo("[0, 0, 0, 500]");
  }

  @Test
  void a_filtered_generator_shrinks_only_to_values_the_filter_accepts() {
    Gen<Integer> evens = Gens.ints(0, 10_000).filter(value -> value % 2 == 0);
    AssertionError failure = failureOf(RUNNER, evens, value -> assertThat(value).isLessThan(777));
    assertThat(shrunkInput(failure)).isEqualTo("778");
  }

  @Test
  void a_filter_that_almost_never_holds_fails_loudly() {
    assertThatThrownBy(
            () -> Gens.ints(0, 1_000).filter(value -> value < 0).next(new SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("filter rejected 1000 generated values in a row");
  }

  @Test
  void a_lambda_generator_shrinks_with_the_shrinker_it_is_given_and_not_without_one() {
    Gen<Integer> lambda = random -> 1_000 + random.nextInt(1_000);
    AssertionError plain = failureOf(RUNNER, lambda, value -> fail());
    assertThat(plain.getMessage()).doesNotContain("shrunk input").contains("\n  input: ");

    Gen<Integer> halving =
        lambda.withShrinker(value -> value > 1 ? Stream.of(value / 2, value - 1) : Stream.empty());
    AssertionError shrunk = failureOf(RUNNER, halving, value -> assertThat(value).isLessThan(300));
    assertThat(shrunkInput(shrunk)).isEqualTo("300");
  }

  @Test
  void choices_shrink_toward_the_first_option_and_booleans_toward_false() {
    assertThat(shrunkInput(failureOf(RUNNER, Gens.oneOf("a", "b", "c"), value -> fail())))
        .isEqualTo("\"a\"");
    assertThat(shrunkInput(failureOf(RUNNER, Gens.enumValues(Month.class), value -> fail())))
        .isEqualTo("JANUARY");
    assertThat(
            shrunkInput(
                failureOf(
                    RUNNER,
                    Gens.frequencyOneOf(Gens.ints(50, 60), Gens.ints(70, 80)),
                    value -> fail())))
        .isEqualTo("50");
    // fails only for true: stays true, there is nothing simpler that fails
    AssertionError onlyTrue =
        failureOf(RUNNER, Gens.booleans(), value -> assertThat(value).isFalse());
    assertThat(onlyTrue.getMessage()).contains("input: true");
    AssertionError any = failureOf(RUNNER, Gens.chance(0.9), value -> fail());
    assertThat(any.getMessage())
        .containsAnyOf("shrunk input (1 step, 1 run): false", "input: false");
  }

  @Test
  void sets_shrink_toward_fewer_distinct_elements() {
    AssertionError enums =
        failureOf(
            RUNNER,
            Gens.enumSets(Month.class),
            months -> assertThat(months).doesNotContain(Month.MAY));
    assertThat(shrunkInput(enums)).isEqualTo("[MAY]");

    AssertionError sets =
        failureOf(
            RUNNER, Gens.setsOf(Gens.ints(0, 100), 10), set -> assertThat(set).hasSizeLessThan(3));
    assertThat(shrunkInput(sets)).isEqualTo("[0, 1, 2]");
  }

  @Test
  void dates_shrink_toward_the_first_day_of_their_range() {
    Gen<LocalDate> dates = Gens.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
    AssertionError failure =
        failureOf(RUNNER, dates, date -> assertThat(date).isBefore(LocalDate.of(2024, 9, 2)));
    assertThat(shrunkInput(failure)).isEqualTo("2024-09-02");
  }

  @Test
  void shrinking_stops_after_the_given_number_of_runs_and_can_be_turned_off() {
    Gen<List<Integer>> lists = Gens.listsOf(Gens.ints(0, 1_000_000), 20, 40);
    AssertionError limited = failureOf(RUNNER.maxShrinks(5), lists, list -> fail());
    assertThat(limited.getMessage()).containsPattern("shrunk input \\(\\d+ steps?, 5 runs\\)");

    AssertionError off = failureOf(RUNNER.maxShrinks(0), lists, list -> fail());
    assertThat(off.getMessage()).doesNotContain("shrunk input").contains("\n  input: [");
    assertThatThrownBy(() -> RUNNER.maxShrinks(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxShrinks must not be negative, was -1");
  }

  @Test
  void the_same_trial_always_shrinks_to_the_same_input() {
    Gen<List<Integer>> lists = Gens.listsOf(Gens.ints(-500, 500), 0, 15);
    Consumer<List<Integer>> property =
        list -> assertThat(list.stream().mapToInt(i -> i).sum()).isLessThan(600);
    String first = failureOf(RUNNER, lists, property).getMessage();
    String second = failureOf(RUNNER, lists, property).getMessage();
    assertThat(first).isEqualTo(second);
  }

  @Test
  void a_shrink_tree_lists_simpler_values_nearest_the_origin_first() {
    assertThat(Gens.towards(0, 100).collect(Collectors.toList()))
        .containsExactly(0L, 50L, 75L, 88L, 94L, 97L, 99L);
    assertThat(Gens.towards(-10, -100).collect(Collectors.toList()))
        .startsWith(-10L, -55L)
        .endsWith(-99L);
    assertThat(Gens.towards(7, 7)).isEmpty();

    Shrinkable<List<Integer>> list =
        Shrinkable.list(List.of(Shrinkable.of(1), Shrinkable.of(2), Shrinkable.of(3)), 0);
    assertThat(list.shrinks().map(Shrinkable::value).collect(Collectors.toList()))
        .containsExactly(List.of(), List.of(2, 3), List.of(1, 3), List.of(1, 2));
    assertThat(Shrinkable.list(List.of(Shrinkable.of(1)), 1).shrinks()).isEmpty();
  }

  @Test
  void a_filtered_tree_looks_past_rejected_children_to_their_accepted_descendants() {
    // 9 shrinks to 0, 5, 7, 8; 0 and 8 are even: 0 has nothing simpler, 8 stands aside for its 7
    Shrinkable<Long> tree = Shrinkable.unfold(9L, value -> Gens.towards(0, value));
    List<Long> odd =
        tree.filter(value -> value % 2 == 1)
            .shrinks()
            .map(Shrinkable::value)
            .collect(Collectors.toList());
    assertThat(odd).containsExactly(5L, 7L, 7L);
    assertThat(tree.toString()).isEqualTo("Shrinkable[9]");
  }

  @Test
  void a_custom_generator_builds_its_own_tree() {
    Gen<Integer> countdown =
        Gen.shrinking(
            random -> {
              int start = 10 + random.nextInt(10);
              return Shrinkable.unfold(
                  start, value -> value > 0 ? Stream.of(value - 1) : Stream.empty());
            });
    AssertionError failure = failureOf(RUNNER, countdown, value -> assertThat(value).isLessThan(3));
    assertThat(shrunkInput(failure)).isEqualTo("3");
    assertThatThrownBy(() -> Gen.<Integer>shrinking(random -> null).next(new SplittableRandom(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("generator returned no tree");
  }

  @Test
  void each_shrinking_run_of_a_property_with_a_random_stream_gets_the_stream_in_the_same_state() {
    List<Long> draws = new ArrayList<>();
    AssertionError failure;
    try {
      RUNNER.forAllWithRandom(
          Gens.ints(0, 1_000),
          (value, random) -> {
            draws.add(random.nextLong());
            assertThat(value).isLessThan(10);
          });
      throw new IllegalStateException("the property held");
    } catch (AssertionError e) {
      failure = e;
    }
    assertThat(shrunkInput(failure)).isEqualTo("10");
    // the runs of the failing trial (the first failure and every shrink) drew the same number
    long last = draws.get(draws.size() - 1);
    assertThat(draws.stream().filter(draw -> draw == last).count()).isGreaterThan(1);
  }

  @Test
  void sets_of_a_generator_with_few_values_stay_distinct_while_shrinking() {
    AssertionError failure =
        failureOf(
            RUNNER, Gens.setsOf(Gens.ints(0, 3), 4), set -> assertThat(set).hasSizeLessThan(2));
    assertThat(shrunkInput(failure)).isEqualTo("[0, 1]");
    Set<Integer> drawn = Gens.setsOf(Gens.ints(0, 3), 4).next(new SplittableRandom(5));
    assertThat(drawn).hasSizeLessThanOrEqualTo(4);
  }

  private static void fail() {
    throw new AssertionError("always fails");
  }

  record Duration(int minutes) {}

  record Meeting(int hour, int seats) {
    Meeting {
      if (seats < 2) {
        throw new IllegalArgumentException("seats must be at least 2, was " + seats);
      }
    }
  }
}
