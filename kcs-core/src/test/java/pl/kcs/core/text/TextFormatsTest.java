package pl.kcs.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.core.Language.ENGLISH;
import static pl.kcs.core.Language.POLISH;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Dates, numbers, money and fractions in prose, in both languages. */
class TextFormatsTest {

  @Test
  void a_date_reads_as_a_polish_reader_writes_it() {
    assertThat(TextFormats.date(LocalDate.of(2024, 9, 2), POLISH)).isEqualTo("2 września 2024 r.");
    assertThat(TextFormats.date(LocalDate.of(2024, 9, 2), ENGLISH)).isEqualTo("2 September 2024");
  }

  @Test
  void every_month_is_in_the_genitive_in_polish() {
    String[] polish = {
      "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
      "lipca", "sierpnia", "września", "października", "listopada", "grudnia"
    };
    for (Month month : Month.values()) {
      LocalDate date = LocalDate.of(2023, month, 31 > month.minLength() ? month.minLength() : 31);
      assertThat(TextFormats.date(date, POLISH))
          .isEqualTo(date.getDayOfMonth() + " " + polish[month.ordinal()] + " 2023 r.");
      assertThat(TextFormats.date(date, ENGLISH))
          .isEqualTo(
              date.getDayOfMonth()
                  + " "
                  + month.name().charAt(0)
                  + month.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                  + " 2023");
    }
  }

  @Test
  void money_has_two_decimals_and_its_currency() {
    assertThat(TextFormats.money(new BigDecimal("68839"), "PLN", POLISH)).isEqualTo("68 839,00 zł");
    assertThat(TextFormats.money(new BigDecimal("68839"), "PLN", ENGLISH))
        .isEqualTo("PLN 68,839.00");
    assertThat(TextFormats.money(new BigDecimal("0.5"), "EUR", POLISH)).isEqualTo("0,50 EUR");
    assertThat(
            TextFormats.money(new BigDecimal("1234567.891"), "PLN", ENGLISH, RoundingMode.HALF_UP))
        .isEqualTo("PLN 1,234,567.89");
    assertThat(TextFormats.money(new BigDecimal("1.2300"), "PLN", POLISH)).isEqualTo("1,23 zł");
  }

  @Test
  void money_is_never_rounded_silently() {
    assertThatThrownBy(() -> TextFormats.money(new BigDecimal("1.005"), "PLN", POLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must have at most 2 decimals to be shown as money, had 3");
  }

  @Test
  void a_range_of_money_reads_from_to() {
    assertThat(
            TextFormats.moneyRange(new BigDecimal("1800"), new BigDecimal("3600"), "PLN", POLISH))
        .isEqualTo("od 1 800,00 zł do 3 600,00 zł");
    assertThat(
            TextFormats.moneyRange(new BigDecimal("1800"), new BigDecimal("3600"), "PLN", ENGLISH))
        .isEqualTo("PLN 1,800.00 to PLN 3,600.00");
    assertThat(
            TextFormats.moneyRange(new BigDecimal("700"), new BigDecimal("700.00"), "PLN", POLISH))
        .isEqualTo("700,00 zł");
  }

  @Test
  void numbers_group_their_digits_and_keep_every_decimal() {
    assertThat(TextFormats.number(new BigDecimal("1800.5"), POLISH)).isEqualTo("1 800,5");
    assertThat(TextFormats.number(new BigDecimal("1800.5"), ENGLISH)).isEqualTo("1,800.5");
    assertThat(TextFormats.number(new BigDecimal("-1.5"), POLISH)).isEqualTo("-1,5");
    assertThat(TextFormats.number(999, POLISH)).isEqualTo("999");
    assertThat(TextFormats.number(1000, POLISH)).isEqualTo("1 000");
  }

  @Test
  void fractions_of_a_post_read_as_written_by_hand() {
    assertThat(TextFormats.fraction(1, 4)).isEqualTo("¼");
    assertThat(TextFormats.fraction(3, 2)).isEqualTo("1½");
    assertThat(TextFormats.fraction(4, 2)).isEqualTo("2");
    assertThat(TextFormats.fraction(3, 10)).isEqualTo("3/10");
    assertThat(TextFormats.fraction(13, 10)).isEqualTo("1 3/10");
    assertThat(TextFormats.fraction(2, 3)).isEqualTo("⅔");
  }

  @Test
  void a_money_figure_reads_back_to_its_amount() {
    Property.check()
        .forAll(
            Gens.longs(0, 1_000_000_000_000L),
            cents -> {
              BigDecimal amount = BigDecimal.valueOf(cents, 2);
              String polish = TextFormats.money(amount, "PLN", POLISH);
              String english = TextFormats.money(amount, "PLN", ENGLISH);
              assertThat(
                      new BigDecimal(polish.replace(" zł", "").replace(" ", "").replace(',', '.')))
                  .isEqualTo(amount);
              assertThat(new BigDecimal(english.substring(4).replace(",", ""))).isEqualTo(amount);
            });
  }
}
