package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void should_speak_polish_for_every_polish_locale() {
    assertThat(Language.of(Locale.forLanguageTag("pl"))).isEqualTo(Language.POLISH);
    assertThat(Language.of(Locale.forLanguageTag("pl-PL"))).isEqualTo(Language.POLISH);
    assertThat(Language.of(Locale.forLanguageTag("PL-pl"))).isEqualTo(Language.POLISH);
  }

  @Test
  void should_speak_english_for_every_other_locale() {
    assertThat(Language.of(Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.forLanguageTag("tr-TR"))).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.ENGLISH);
  }

  @Test
  void should_name_its_locale() {
    assertThat(Language.POLISH.locale()).isEqualTo(Locale.forLanguageTag("pl"));
    assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void should_reject_a_null_locale() {
    assertThatThrownBy(() -> Language.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }
}
