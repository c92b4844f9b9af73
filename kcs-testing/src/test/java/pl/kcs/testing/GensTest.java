package pl.kcs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Generators stay in their ranges, reach their edges, and draw the same value with or without a tree. */
class GensTest {

  private static <T> List<T> draw(Gen<T> generator, int count) {
    SplittableRandom random = new SplittableRandom(17);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(generator.next(random));
    }
    return values;
  }

  @Test
  void integers_stay_in_range_and_reach_both_bounds_zero_one_and_two() {
    List<Integer> values = draw(Gens.ints(-1_000_000, 1_000_000), 300);
    assertThat(values)
        .allMatch(v -> v >= -1_000_000 && v <= 1_000_000)
        .contains(-1_000_000, 1_000_000, 0, 1, 2, -1, -999_999, 999_999);
    assertThat(draw(Gens.ints(10, 20), 300)).allMatch(v -> v >= 10 && v <= 20).contains(10, 11, 20);
    assertThat(draw(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 300))
        .contains(Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
    assertThat(draw(Gens.ints(4, 4), 10)).containsOnly(4);
  }

  @Test
  void longs_stay_below_their_exclusive_bound_even_at_the_extremes() {
    assertThat(draw(Gens.longs(0, 10), 300)).allMatch(v -> v >= 0 && v < 10).contains(0L, 9L);
    assertThat(draw(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), 300))
        .contains(Long.MIN_VALUE, Long.MAX_VALUE - 1, 0L)
        .doesNotContain(Long.MAX_VALUE);
    assertThat(draw(Gens.longs(-5, -1), 100)).allMatch(v -> v >= -5 && v < -1).contains(-2L, -5L);
    assertThatThrownBy(() -> Gens.longs(3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lowInclusive must be less than highExclusive, was 3 >= 3");
  }

  @Test
  void the_uniform_draw_up_to_the_largest_long_reaches_it_without_overflow() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 1_000; i++) {
      long low = Long.MAX_VALUE - 2;
      long value = Gens.integral(random, low, Long.MAX_VALUE, low).value();
      assertThat(value).isBetween(low, Long.MAX_VALUE);
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(
          Gens.integral(random, Long.MAX_VALUE - 2, Long.MAX_VALUE, Long.MAX_VALUE - 2).value());
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(Gens.integral(random, Long.MIN_VALUE, Long.MAX_VALUE, 0).value()).isNotNull();
  }

  @Test
  void the_origin_of_a_range_is_zero_or_the_bound_nearest_zero() {
    assertThat(Gens.origin(-5, 5)).isZero();
    assertThat(Gens.origin(3, 9)).isEqualTo(3);
    assertThat(Gens.origin(-9, -3)).isEqualTo(-3);
    assertThat(Gens.origin(0, 0)).isZero();
  }

  @Test
  void lists_and_strings_reach_their_shortest_empty_one_two_and_longest_sizes() {
    List<Integer> sizes =
        draw(Gens.listsOf(Gens.ints(0, 9), 0, 40), 300).stream().map(List::size).toList();
    assertThat(sizes).allMatch(s -> s >= 0 && s <= 40).contains(0, 1, 2, 40);
    List<Integer> bounded =
        draw(Gens.listsOf(Gens.ints(0, 9), 5, 40), 300).stream().map(List::size).toList();
    assertThat(bounded).allMatch(s -> s >= 5 && s <= 40).contains(5, 40);
    List<String> texts = draw(Gens.strings("aąb", 1, 30), 300);
    assertThat(texts)
        .allMatch(t -> t.codePointCount(0, t.length()) >= 1 && t.length() <= 30)
        .allMatch(t -> t.matches("[aąb]+"))
        .anyMatch(t -> t.length() == 1)
        .anyMatch(t -> t.length() == 2)
        .anyMatch(t -> t.length() == 30);
    assertThatThrownBy(() -> draw(Gens.listsOf(Gens.ints(0, 1), 0, 1), 1).get(0).add(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void list_sizes_are_checked() {
    assertThatThrownBy(() -> Gens.listsOf(Gens.ints(0, 1), -1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSize must not be negative, was -1");
    assertThatThrownBy(() -> Gens.listsOf(Gens.ints(0, 1), 4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSize must not exceed maxSize, was 4 > 3");
    assertThatThrownBy(() -> Gens.strings("", 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alphabet must not be empty");
    assertThatThrownBy(() -> Gens.setsOf(Gens.ints(0, 1), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSize must not exceed maxSize, was 0 > -1");
  }

  @Test
  void sets_hold_distinct_elements_up_to_their_size_even_from_few_values() {
    List<Set<Integer>> sets = draw(Gens.setsOf(Gens.ints(0, 2), 10), 200);
    assertThat(sets)
        .allMatch(set -> set.size() <= 3)
        .anyMatch(Set::isEmpty)
        .anyMatch(set -> set.size() == 3);
    List<Set<Integer>> wide = draw(Gens.setsOf(Gens.ints(0, 1_000_000), 6), 200);
    assertThat(wide).allMatch(set -> set.size() <= 6).anyMatch(set -> set.size() == 6);
  }

  @Test
  void enum_sets_reach_the_empty_and_the_full_set_and_single_constants() {
    List<Set<Month>> sets = draw(Gens.enumSets(Month.class), 300);
    assertThat(sets)
        .contains(EnumSet.noneOf(Month.class), EnumSet.allOf(Month.class))
        .anyMatch(set -> set.size() == 1)
        .anyMatch(set -> set.size() > 1 && set.size() < 12);
  }

  @Test
  void dates_stay_in_range_and_reach_both_ends() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    assertThat(draw(Gens.dates(from, to), 300))
        .allMatch(d -> !d.isBefore(from) && !d.isAfter(to))
        .contains(from, to, from.plusDays(1), to.minusDays(1));
    assertThatThrownBy(() -> Gens.dates(to, from))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be after to, was 2026-12-31 > 2024-01-01");
  }

  @Test
  void choices_draw_every_option_and_reject_an_empty_list() {
    assertThat(draw(Gens.oneOf("a", "b", "c"), 100))
        .containsOnly("a", "b", "c")
        .contains("a", "b", "c");
    assertThat(draw(Gens.enumValues(Month.class), 300)).containsAll(EnumSet.allOf(Month.class));
    assertThat(draw(Gens.frequencyOneOf(Gens.constant(1), Gens.constant(2)), 100))
        .containsOnly(1, 2)
        .contains(1, 2);
    assertThat(draw(Gens.booleans(), 100)).contains(true, false);
    assertThat(draw(Gens.chance(0), 100)).containsOnly(false);
    assertThat(draw(Gens.chance(1), 100)).containsOnly(true);
    assertThatThrownBy(() -> Gens.oneOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not be empty");
    assertThatThrownBy(() -> Gens.frequencyOneOf())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generators must not be empty");
    assertThatThrownBy(() -> Gens.chance(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probabilityOfTrue must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> Gens.chance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gens.chance(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void next_draws_the_root_of_the_tree_generate_draws_from_the_same_state() {
    List<Gen<?>> generators =
        List.of(
            Gens.ints(-50, 50),
            Gens.longs(0, 1L << 50),
            Gens.strings("abc", 0, 9),
            Gens.listsOf(Gens.ints(0, 9), 0, 9),
            Gens.setsOf(Gens.ints(0, 99), 5),
            Gens.enumSets(Month.class),
            Gens.zip(Gens.ints(0, 9), Gens.booleans(), (n, b) -> n + ":" + b),
            Gens.ints(0, 9).flatMap(n -> Gens.listsOf(Gens.ints(0, 9), n, n)),
            Gens.ints(0, 99).filter(n -> n % 3 == 0),
            Gens.ints(0, 99).map(n -> n * 2));
    for (Gen<?> generator : generators) {
      for (long seed = 0; seed < 30; seed++) {
        Object viaNext = generator.next(new SplittableRandom(seed));
        Object viaTree = generator.generate(new SplittableRandom(seed)).value();
        assertThat(viaNext).isEqualTo(viaTree);
      }
    }
  }

  @Test
  void a_lambda_generator_has_a_tree_without_shrinks() {
    Gen<Integer> lambda = random -> 5;
    Shrinkable<Integer> tree = lambda.generate(new SplittableRandom(1));
    assertThat(tree.value()).isEqualTo(5);
    assertThat(tree.shrinks()).isEmpty();
    assertThat(Gens.constant("k").generate(new SplittableRandom(1)).shrinks()).isEmpty();
  }

  @Test
  void shuffling_permutes_a_list_without_changing_it() {
    List<Integer> list = List.of(1, 2, 3, 4, 5, 6, 7, 8);
    List<Integer> shuffled = Gens.shuffled(list, new SplittableRandom(4));
    assertThat(shuffled).containsExactlyInAnyOrderElementsOf(list).isNotEqualTo(list);
    assertThat(list).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void combinators_reject_null_functions() {
    Gen<Integer> ints = Gens.ints(0, 1);
    assertThatThrownBy(() -> ints.map(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapper");
    assertThatThrownBy(() -> ints.flatMap(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapper");
    assertThatThrownBy(() -> ints.filter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("filter");
    assertThatThrownBy(() -> ints.withShrinker(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shrinker");
    assertThatThrownBy(() -> Gens.zip(ints, ints, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("combiner");
    assertThatThrownBy(() -> Gens.listsOf(null, 0, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("elements");
    assertThatThrownBy(() -> Shrinkable.of(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shrinks");
    assertThatThrownBy(() -> Shrinkable.of(1).map(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Shrinkable.of(1).filter(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Shrinkable.unfold(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Shrinkable.zip(Shrinkable.of(1), Shrinkable.of(2), null))
        .isInstanceOf(NullPointerException.class);
    Function<Integer, Integer> identity = Function.identity();
    assertThat(Shrinkable.of(3).map(identity).value()).isEqualTo(3);
  }
}
