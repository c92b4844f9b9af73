package pl.kcs.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.core.Language.ENGLISH;
import static pl.kcs.core.Language.POLISH;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * kcs's own plural rules for Polish and English agree with the Unicode CLDR rules as ICU4J (a test
 * dependency only, the oracle) implements them: for every whole number 0–1000, for large and
 * negative numbers, and for decimals with visible fraction digits.
 */
class PluralCategoryTest {

  @Test
  @DisplayName("KCS-REM-FTE: 1 etat, 2 etaty, 5 etatów, ¼ etatu, 1½ etatu")
  void polish_posts_take_the_form_of_their_number() {
    assertThat(PluralCategory.of(POLISH, 1)).isEqualTo(PluralCategory.ONE);
    assertThat(PluralCategory.of(POLISH, 2)).isEqualTo(PluralCategory.FEW);
    assertThat(PluralCategory.of(POLISH, 5)).isEqualTo(PluralCategory.MANY);
    assertThat(PluralCategory.of(POLISH, PostFraction.QUARTER)).isEqualTo(PluralCategory.OTHER);
    assertThat(PluralCategory.of(POLISH, Fte.of(3, 2))).isEqualTo(PluralCategory.OTHER);
    assertThat(PluralCategory.of(POLISH, Fte.of(2, 1))).isEqualTo(PluralCategory.FEW);
    assertThat(PluralCategory.of(POLISH, PostFraction.FULL)).isEqualTo(PluralCategory.ONE);
  }

  @Test
  void polish_teens_and_numbers_ending_in_one_take_the_genitive_plural() {
    assertThat(PluralCategory.of(POLISH, 12)).isEqualTo(PluralCategory.MANY);
    assertThat(PluralCategory.of(POLISH, 14)).isEqualTo(PluralCategory.MANY);
    assertThat(PluralCategory.of(POLISH, 21)).isEqualTo(PluralCategory.MANY);
    assertThat(PluralCategory.of(POLISH, 22)).isEqualTo(PluralCategory.FEW);
    assertThat(PluralCategory.of(POLISH, 112)).isEqualTo(PluralCategory.MANY);
    assertThat(PluralCategory.of(POLISH, 0)).isEqualTo(PluralCategory.MANY);
  }

  @Test
  void a_number_written_with_decimals_is_other_even_when_whole() {
    assertThat(PluralCategory.of(POLISH, new BigDecimal("1.0"))).isEqualTo(PluralCategory.OTHER);
    assertThat(PluralCategory.of(POLISH, new BigDecimal("2.5"))).isEqualTo(PluralCategory.OTHER);
    assertThat(PluralCategory.of(ENGLISH, new BigDecimal("1.0"))).isEqualTo(PluralCategory.OTHER);
    assertThat(PluralCategory.of(ENGLISH, new BigDecimal("1"))).isEqualTo(PluralCategory.ONE);
  }

  @Test
  void english_has_one_and_other_only() {
    assertThat(PluralCategory.of(ENGLISH, 1)).isEqualTo(PluralCategory.ONE);
    assertThat(PluralCategory.of(ENGLISH, 0)).isEqualTo(PluralCategory.OTHER);
    assertThat(PluralCategory.of(ENGLISH, 2)).isEqualTo(PluralCategory.OTHER);
    assertThat(PluralCategory.of(ENGLISH, PostFraction.HALF)).isEqualTo(PluralCategory.OTHER);
  }

  @Test
  void every_whole_number_from_0_to_1000_agrees_with_cldr_in_both_languages() {
    for (Language language : Language.values()) {
      PluralRules cldr = PluralRules.forLocale(ULocale.forLocale(language.locale()));
      for (long n = 0; n <= 1000; n++) {
        assertThat(PluralCategory.of(language, n).keyword())
            .as("%s %s", language, n)
            .isEqualTo(cldr.select((double) n));
        assertThat(PluralCategory.of(language, -n).keyword())
            .as("%s %s", language, -n)
            .isEqualTo(cldr.select((double) n));
        assertThat(PluralCategory.of(language, BigDecimal.valueOf(n)))
            .isEqualTo(PluralCategory.of(language, n));
      }
    }
  }

  @Test
  void large_whole_numbers_and_decimals_agree_with_cldr() {
    Property.check()
        .trials(2000)
        .forAll(
            // ICU4J's plural operands go through a double beyond 2^53; kcs's are exact at any size.
            Gens.zip(
                Gens.longs(0, 1L << 50),
                Gens.ints(0, 3),
                (n, scale) -> BigDecimal.valueOf(n, scale)),
            number -> {
              for (Language language : Language.values()) {
                assertThat(PluralCategory.of(language, number).keyword())
                    .as("%s %s", language, number.toPlainString())
                    .isEqualTo(cldr(language, number));
              }
            });
    assertThat(PluralCategory.of(POLISH, Long.MIN_VALUE))
        .isEqualTo(PluralCategory.of(POLISH, new BigDecimal(Long.MIN_VALUE)))
        .isEqualTo(PluralCategory.MANY); // …808
    assertThat(PluralCategory.of(POLISH, new BigDecimal("10810252789092891")))
        .isEqualTo(PluralCategory.MANY);
    assertThat(PluralCategory.of(POLISH, new BigDecimal("10810252789092893")))
        .isEqualTo(PluralCategory.FEW);
  }

  private static String cldr(Language language, BigDecimal number) {
    ULocale locale = ULocale.forLocale(language.locale());
    FormattedNumber formatted =
        NumberFormatter.withLocale(locale)
            .precision(Precision.fixedFraction(number.scale()))
            .format(number);
    return PluralRules.forLocale(locale).select(formatted);
  }

  @Test
  void the_keyword_is_the_cldr_keyword() {
    assertThat(PluralCategory.FEW.keyword()).isEqualTo("few");
    assertThat(PluralCategory.valueOf("MANY").keyword()).isEqualTo("many".toLowerCase(Locale.ROOT));
  }
}
