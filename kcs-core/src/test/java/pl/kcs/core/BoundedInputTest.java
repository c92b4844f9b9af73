package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pl.kcs.core.people.PostFraction;

/**
 * Issue 16: every number is bounded in digits and exponent before any arithmetic, names and
 * messages are one line, and a rejected value is repeated only when it cannot carry personal data.
 * The timeouts only guard against a hang; they are far above the milliseconds these take.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BoundedInputTest {

  @Test
  void
      a_post_fraction_with_an_exponent_of_minus_a_hundred_million_is_rejected_at_once_naming_the_field() {
    assertThatThrownBy(() -> PostFraction.parse("1e-100000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "postFraction must be a number below 10^30 with at most 30 decimal places, was 1e-100000000");
  }

  @Test
  void post_fractions_with_exponents_near_a_billion_are_rejected_without_running_out_of_memory() {
    for (String text :
        new String[] {"1e-999999999", "1e999999999", "1E+2147483647", "0.5e-2147483648"}) {
      assertThatThrownBy(() -> PostFraction.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("postFraction must be");
    }
    assertThatThrownBy(() -> PostFraction.ofDecimal(new BigDecimal("1e-100000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("postFraction must be a number below 10^30");
    assertThatThrownBy(() -> PostFraction.ofDecimal(new BigDecimal("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("postFraction must be a number below 10^30");
  }

  @Test
  void a_post_fraction_longer_than_fifty_characters_is_rejected_before_it_is_parsed() {
    assertThatThrownBy(() -> PostFraction.parse("0." + Strings.repeat("1", 10_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postFraction must be at most 50 characters, was 10002 characters long");
  }

  @Test
  void a_post_fraction_that_is_free_text_is_not_repeated() {
    assertThatThrownBy(() -> PostFraction.parse("Jan Kowalski"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "postFraction must be a fraction like 1/4 or a decimal like 0.25; the value is not repeated");
  }

  @Test
  void
      decimals_are_bounded_in_length_digits_and_exponent_and_repeated_only_when_they_are_numbers() {
    assertThat(Checks.parseDecimal("amount", "7200.00")).isEqualByComparingTo("7200");
    assertThat(Checks.parseDecimal("amount", "7200.00").scale()).isEqualTo(2);
    assertThat(Checks.parseDecimal("amount", "1e29")).isEqualByComparingTo("1e29");
    assertThat(Checks.parseDecimal("amount", "0." + Strings.repeat("0", 29) + "1"))
        .isEqualByComparingTo("1e-30");
    assertThat(Checks.parseDecimal("amount", "0e-100000000").scale()).isEqualTo(0);
    assertThatThrownBy(() -> Checks.parseDecimal("eventEach high", "1e100000000"))
        .hasMessage(
            "eventEach high must be a number below 10^30 with at most 30 decimal places, was 1e100000000");
    assertThatThrownBy(() -> Checks.parseDecimal("amount", "1e30"))
        .hasMessageStartingWith("amount must be a number below 10^30");
    assertThatThrownBy(() -> Checks.parseDecimal("amount", "1e-31"))
        .hasMessageStartingWith("amount must be a number below 10^30");
    assertThatThrownBy(() -> Checks.parseDecimal("amount", "12 zł od Anny"))
        .hasMessage("amount must be a decimal number like 9.76; the value is not repeated");
    assertThatThrownBy(() -> Checks.parseDecimal("amount", Strings.repeat("9", 51)))
        .hasMessage("amount must be a number of at most 50 characters, was 51 characters long");
    assertThatThrownBy(() -> Checks.checkDecimal("amount", new BigDecimal("1e999999999")))
        .hasMessage(
            "amount must be a number below 10^30 with at most 100 decimal places, was 1E+999999999");
  }

  @Test
  void dates_outside_1990_to_2200_are_rejected_as_dates_no_kcs_can_have() {
    assertThat(Checks.checkDate("joinedOn", LocalDate.of(1990, 1, 1)))
        .isEqualTo(LocalDate.of(1990, 1, 1));
    assertThat(Checks.checkDate("joinedOn", LocalDate.of(2200, 12, 31)))
        .isEqualTo(LocalDate.of(2200, 12, 31));
    assertThatThrownBy(() -> Checks.checkDate("joinedOn", LocalDate.of(999_999_999, 1, 1)))
        .hasMessage("joinedOn must be from 1990-01-01 to 2200-12-31, was +999999999-01-01");
    assertThatThrownBy(() -> Checks.checkDate("joinedOn", LocalDate.of(-999_999_999, 1, 1)))
        .hasMessage("joinedOn must be from 1990-01-01 to 2200-12-31, was -999999999-01-01");
    assertThatThrownBy(() -> Checks.checkDate("joinedOn", LocalDate.of(1989, 12, 31)))
        .hasMessageStartingWith("joinedOn must be from 1990-01-01");
  }

  @Test
  void a_membership_in_the_year_999999999_is_rejected_by_the_value_itself() {
    assertThatThrownBy(
            () ->
                pl.kcs.core.group.Membership.joined(
                    pl.kcs.core.group.MemberId.of("m-1"), LocalDate.of(999_999_999, 1, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("joinedOn must be from 1990-01-01 to 2200-12-31, was +999999999-01-01");
  }

  @Test
  void a_name_with_a_line_break_or_a_terminal_escape_is_rejected_without_repeating_it() {
    for (String name :
        new String[] {
          "Grupa\nkcs: forged line", "Grupa \u001b[31mred", "Grupa\u202Eesrever", "Grupa\ttab"
        }) {
      assertThatThrownBy(() -> Checks.checkName("group name", name))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "group name must be one line without control characters (line breaks, tabs, escapes);"
                  + " the value is not repeated");
    }
    assertThat(Checks.checkName("group name", "Grupa wsparcia – Łódź"))
        .isEqualTo("Grupa wsparcia – Łódź");
  }

  @Test
  void a_message_line_never_holds_a_control_character_and_never_exceeds_its_bound() {
    String forged = "bad\nkcs: all fine\r\u001b[2J\u0085\u2028end";
    assertThat(Checks.oneLine(forged, 100)).isEqualTo("bad?kcs: all fine??[2J??end");
    String huge = "$.groups[0]." + Strings.repeat("x", 5_000) + ".name";
    String line = Checks.oneLine(huge, 200);
    assertThat(line).hasSize(200).startsWith("$.groups[0].").endsWith(".name").contains("\u2026");
    assertThat(Checks.oneLine("short", 200)).isEqualTo("short");
  }

  @Test
  void a_rejected_value_is_repeated_only_when_it_is_a_code_or_a_number() {
    assertThat(Checks.rejected("OPERATION_X")).isEqualTo(", was 'OPERATION_X'");
    assertThat(Checks.rejected("-12.5e3")).isEqualTo(", was '-12.5e3'");
    assertThat(Checks.rejected("Jan Kowalski's mother")).isEqualTo("; the value is not repeated");
    assertThat(Checks.rejected("Anna Nowak: often, since her divorce"))
        .isEqualTo("; the value is not repeated");
    assertThat(Checks.rejected("when Jan Kowalski came")).isEqualTo("; the value is not repeated");
    assertThat(Checks.rejected(Strings.repeat("A", 41))).isEqualTo("; the value is not repeated");
  }
}
