package pl.kcs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A failure message shows its input readably, never as {@code [Ljava.lang.Object;@…}. */
class InputsTest {

  record Pair(String first, int second) {}

  static final class Opaque {}

  static final class Hashed {
    @Override
    public int hashCode() {
      return 0x2A;
    }
  }

  @Test
  void arrays_print_element_by_element_nested_ones_too() {
    assertThat(Inputs.describe(new Object[] {"ala", 3, new int[] {1, 2}, null}))
        .isEqualTo("[\"ala\", 3, [1, 2], null]");
    assertThat(Inputs.describe(new Object[] {new Object[] {LocalDate.of(2024, 9, 2)}}))
        .isEqualTo("[[2024-09-02]]");
    assertThat(Inputs.describe(new long[] {5L})).isEqualTo("[5]");
    assertThat(Inputs.describe(new double[] {0.5})).isEqualTo("[0.5]");
    assertThat(Inputs.describe(new boolean[] {true})).isEqualTo("[true]");
    assertThat(Inputs.describe(new byte[] {7})).isEqualTo("[7]");
    assertThat(Inputs.describe(new char[] {'ż'})).isEqualTo("[ż]");
    assertThat(Inputs.describe(new short[] {3})).isEqualTo("[3]");
    assertThat(Inputs.describe(new float[] {1.5f})).isEqualTo("[1.5]");
  }

  @Test
  void collections_maps_optionals_and_records_print_readably() {
    assertThat(Inputs.describe(List.of(new Object[] {1, "a"}, List.of())))
        .isEqualTo("[[1, \"a\"], []]");
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("grupy", new int[] {2});
    map.put("etap", Optional.of("S2"));
    map.put("brak", Optional.empty());
    assertThat(Inputs.describe(map))
        .isEqualTo("{\"grupy\"=[2], \"etap\"=Optional[\"S2\"], \"brak\"=Optional.empty}");
    assertThat(Inputs.describe(new Pair("x", 1))).isEqualTo("Pair[first=x, second=1]");
    assertThat(Inputs.describe('c')).isEqualTo("'c'");
    assertThat(Inputs.describe(null)).isEqualTo("null");
  }

  @Test
  void an_object_without_a_text_of_its_own_shows_its_class_not_an_identity_hash() {
    assertThat(Inputs.describe(new Opaque())).isEqualTo("a pl.kcs.testing.InputsTest$Opaque");
    assertThat(Inputs.describe(new Hashed())).isEqualTo("a pl.kcs.testing.InputsTest$Hashed");
  }

  @Test
  void a_huge_input_is_cut_and_says_how_much_was_left_out() {
    int[] big = new int[5_000];
    String text = Inputs.describe(big);
    String full = Arrays.toString(big);
    String suffix = "… (" + (full.length() - Inputs.LIMIT) + " more characters)";
    assertThat(text).isEqualTo(full.substring(0, Inputs.LIMIT) + suffix);
    assertThat(Inputs.describe(new int[400])).isEqualTo(Arrays.toString(new int[400]));
    Object[] many = new Object[5_000];
    Arrays.fill(many, "abc");
    assertThat(Inputs.describe(many))
        .hasSizeLessThan(Inputs.LIMIT + 40)
        .contains(" more characters)");
    Object nested = 1;
    for (int depth = 0; depth < 12; depth++) {
      nested = List.of(nested);
    }
    assertThat(Inputs.describe(nested)).isEqualTo("[[[[[[[[[…]]]]]]]]]");
  }

  @Test
  void a_failing_property_over_an_array_input_shows_its_elements() {
    assertThatThrownBy(
            () ->
                Property.check()
                    .seed(1)
                    .forAll(
                        Gens.zip(
                            Gens.ints(0, 9), Gens.oneOf("a", "b"), (n, s) -> new Object[] {n, s}),
                        pair -> assertThat((Integer) pair[0]).isLessThan(5)))
        .hasMessageContaining("): [5, \"a\"]\n")
        .hasMessageNotContaining("[Ljava.lang.Object;@");
  }
}
