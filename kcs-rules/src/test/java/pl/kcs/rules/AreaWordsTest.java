package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;

/**
 * An area's words (issue 19 §1): one bundle gives the catalog its rules are built with and the
 * words its report writes, with the bundle's lookup, formatting and plural forms.
 */
class AreaWordsTest {

  private static final AreaWords WORDS =
      AreaWords.load("pl.kcs.rules.models.messages", AreaWordsTest.class);

  @Test
  @DisplayName(
      "KCS-S3: an area's words format its report's words with plural agreement, in both languages")
  void the_words_format_the_report_words_of_their_bundle() {
    assertThat(WORDS.format(Language.ENGLISH, "score", 66, 6, 9))
        .isEqualTo("66/100 (6 of 9 points)");
    assertThat(WORDS.format(Language.POLISH, "score", 66, 6, 9)).isEqualTo("66/100 (6 z 9 pkt)");
    assertThat(WORDS.message("score", 100, 1, 1).label(Locale.ENGLISH))
        .isEqualTo("100/100 (1 of 1 point)");
    assertThat(WORDS.text(Locale.forLanguageTag("pl"), "report.group")).isEqualTo("{0} — {1}");
  }

  @Test
  @DisplayName(
      "KCS-S3: an area's words are the catalog its rules read, as MessageCatalog.of reads a bundle")
  void the_words_are_the_catalog_of_their_bundle() {
    LocalizedBundle bundle =
        LocalizedBundle.load("pl.kcs.rules.models.messages", getClass().getClassLoader());
    MessageCatalog catalog = MessageCatalog.of(bundle);
    assertThat(catalog).isInstanceOf(AreaWords.class);
    assertThat(((AreaWords) catalog).bundle()).isSameAs(bundle);
    for (Language language : Language.values()) {
      for (String key : bundle.keys(language)) {
        assertThat(WORDS.contains(language, key)).isTrue();
        assertThat(WORDS.pattern(language, key)).isEqualTo(catalog.pattern(language, key));
        assertThat(WORDS.template(language, key)).isSameAs(WORDS.bundle().template(language, key));
      }
    }
    assertThat(WORDS.contains(Language.ENGLISH, "no.such.key")).isFalse();
    assertThatThrownBy(() -> WORDS.pattern(Language.ENGLISH, "no.such.key"))
        .isInstanceOf(MissingResourceException.class);
    assertThat(WORDS).hasToString(WORDS.bundle().toString());
  }

  @Test
  @DisplayName(
      "A bundle missing from the class path fails when the words are loaded, not when read")
  void a_missing_bundle_fails_at_load() {
    assertThatThrownBy(() -> AreaWords.load("pl.kcs.rules.no-such-bundle", AreaWordsTest.class))
        .isInstanceOf(MissingResourceException.class);
    assertThatThrownBy(() -> AreaWords.load(null, AreaWordsTest.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseName");
    assertThatThrownBy(() -> AreaWords.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("bundle");
  }
}
