package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.partner.PartnerId;

class ChecksTest {

  private static final String IDENTIFIER_RULE =
      " must be 1 to 64 letters, digits or . _ : - starting with a letter or digit;"
          + " the value is not repeated";

  @Test
  void should_accept_identifiers_of_ascii_letters_digits_and_separators() {
    assertThat(Checks.checkIdentifier("groupId", "a")).isEqualTo("a");
    assertThat(Checks.checkIdentifier("groupId", "Grupa_2024.refugees:women-1"))
        .isEqualTo("Grupa_2024.refugees:women-1");
    assertThat(Checks.checkIdentifier("groupId", "7" + Strings.repeat("x", 63))).hasSize(64);
  }

  @Test
  void should_reject_an_identifier_with_a_space_so_that_a_full_name_cannot_pass_for_one() {
    assertThatThrownBy(() -> Checks.checkIdentifier("animatorId", "Anna Nowak"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("animatorId" + IDENTIFIER_RULE);
  }

  @Test
  void should_reject_empty_too_long_non_ascii_and_badly_started_identifiers() {
    String tooLong = Strings.repeat("x", 65);
    for (String bad : new String[] {"", tooLong, "łódź", "-a", ".a", " a", "a\n"}) {
      assertThatThrownBy(() -> Checks.checkIdentifier("partnerId", bad))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("partnerId" + IDENTIFIER_RULE);
    }
  }

  @Test
  void should_name_the_field_when_an_identifier_is_null() {
    assertThatThrownBy(() -> Checks.checkIdentifier("staffId", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("staffId");
  }

  @Test
  void should_never_repeat_a_rejected_pseudonym_which_may_be_a_real_name() {
    assertThatThrownBy(() -> Checks.checkPseudonym("memberId", "Jan Kowalski"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "memberId must be 1 to 64 letters, digits or . _ : - starting with a letter or digit,"
                + " was a value of 12 characters (not shown: it may identify a person)")
        .message()
        .doesNotContain("Jan")
        .doesNotContain("Kowalski");
    assertThat(Checks.checkPseudonym("memberId", "p-01")).isEqualTo("p-01");
    assertThatThrownBy(() -> Checks.checkPseudonym("memberId", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("memberId");
  }

  @Test
  void should_accept_names_with_polish_letters_up_to_200_characters() {
    assertThat(Checks.checkName("group name", "Grupa wsparcia „Żółć”"))
        .isEqualTo("Grupa wsparcia „Żółć”");
    assertThat(Checks.checkName("group name", Strings.repeat("ż", 200))).hasSize(200);
  }

  @Test
  void should_reject_blank_padded_and_too_long_names() {
    assertThatThrownBy(() -> Checks.checkName("group name", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("group name must not be blank");
    assertThatThrownBy(() -> Checks.checkName("room name", " \t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("room name must not be blank");
    assertThatThrownBy(() -> Checks.checkName("partner name", " Fundacja"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "partner name must not start or end with white space; the value is not repeated");
    assertThatThrownBy(() -> Checks.checkName("partner name", "Fundacja\u2003"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "partner name must not start or end with white space; the value is not repeated");
    assertThatThrownBy(() -> Checks.checkName("institution name", Strings.repeat("a", 201)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("institution name must be at most 200 characters, was 201 characters");
    assertThatThrownBy(() -> Checks.checkName("strategy title", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("strategy title");
  }

  @Test
  void should_reject_a_blank_note_without_repeating_it() {
    assertThat(Checks.checkNote("evidence", "protokół")).isEqualTo("protokół");
    assertThatThrownBy(() -> Checks.checkNote("evidence", "  "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("evidence must not be blank when present");
    assertThatThrownBy(() -> Checks.checkNote("evidence", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evidence");
  }

  @Test
  void should_check_positive_and_non_negative_counts() {
    assertThat(Checks.checkPositive("capacity", 1)).isEqualTo(1);
    assertThatThrownBy(() -> Checks.checkPositive("capacity", 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("capacity must be positive, was 0");
    assertThatThrownBy(() -> Checks.checkPositive("maxGroups", -3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxGroups must be positive, was -3");
    assertThat(Checks.checkNotNegative("hours", 0)).isZero();
    assertThatThrownBy(() -> Checks.checkNotNegative("hours", -1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hours must not be negative, was -1");
  }

  @Test
  void should_give_the_ids_in_order_when_no_two_items_share_one() {
    assertThat(Checks.checkDistinctIds("partners", List.of("b", "a", "c"), PartnerId::of))
        .containsExactly(PartnerId.of("b"), PartnerId.of("a"), PartnerId.of("c"));
  }

  @Test
  void should_name_the_list_and_the_repeated_id_when_two_items_share_one() {
    assertThatThrownBy(
            () -> Checks.checkDistinctIds("partners", List.of("a", "b", "a"), PartnerId::of))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("partners must have distinct ids, was a twice");
  }
}
