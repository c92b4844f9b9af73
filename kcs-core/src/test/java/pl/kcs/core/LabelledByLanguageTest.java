package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary for the language of a text: every labelled enum of kcs-core gives, asked by
 * {@link Language}, the label its locale gives (Polish for {@code pl}, English otherwise).
 */
class LabelledByLanguageTest {

  @Test
  void should_label_every_constant_by_language_as_by_its_locale() {
    ImmutableList<Class<? extends Enum<?>>> labelled = MainTypes.enumsImplementing(Labelled.class);

    assertThat(labelled).contains(SourceDocument.class, ModalClass.class);
    for (Class<? extends Enum<?>> type : labelled) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled term = (Labelled) constant;
        assertThat(term.label(Language.POLISH))
            .as("%s pl", constant)
            .isEqualTo(term.label(Locale.forLanguageTag("pl")));
        assertThat(term.label(Language.ENGLISH))
            .as("%s en", constant)
            .isEqualTo(term.label(Locale.ENGLISH));
      }
    }
  }

  @Test
  void should_give_a_polish_and_an_english_label_that_differ_where_the_words_do() {
    assertThat(SourceDocument.values()[0].label(Language.POLISH))
        .isNotBlank()
        .isNotEqualTo(SourceDocument.values()[0].label(Language.ENGLISH));
  }

  @Test
  void should_reject_a_missing_language() {
    assertThatNullPointerException()
        .isThrownBy(() -> ModalClass.REQUIREMENT.label((Language) null))
        .withMessage("language");
  }
}
