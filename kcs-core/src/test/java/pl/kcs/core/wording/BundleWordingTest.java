package pl.kcs.core.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;

/**
 * kcs-core's labels follow docs/glossary.md and make every noun agree with the number before it;
 * and the checks themselves catch what they are meant to catch.
 */
class BundleWordingTest {

  private static final LocalizedBundle LABELS =
      LocalizedBundle.load("pl.kcs.core.labels", BundleWordingTest.class.getClassLoader());

  @Test
  void the_labels_use_no_term_the_glossary_forbids() {
    assertThat(Wording.forbiddenTermsIn(LABELS)).isEmpty();
  }

  @Test
  void every_noun_after_a_number_agrees_with_it() {
    assertThat(Wording.pluralDisagreements(LABELS)).isEmpty();
  }

  @Test
  void the_glossary_forbids_the_errors_a_native_reader_found() {
    List<String> forbidden =
        Wording.forbiddenTerms().stream().map(Wording.Forbidden::written).toList();
    assertThat(forbidden)
        .contains("Rady", "prowadzi się", "nie wymienione", "Może przejść dalej", "to mend");
    assertThat(Wording.forbiddenTerms())
        .anySatisfy(term -> assertThat(term.isUsedIn("KCS jest wpisane w strategię")).isTrue())
        .anySatisfy(term -> assertThat(term.isUsedIn("Porozmawiaj z tym profesjonalistą")).isTrue())
        .anySatisfy(term -> assertThat(term.isUsedIn("shared by 2 group(s)")).isTrue())
        .anySatisfy(term -> assertThat(term.isUsedIn("(1/2 of a post)")).isTrue());
    assertThat(Wording.forbiddenTerms())
        .noneSatisfy(
            term ->
                assertThat(
                        term.isUsedIn(
                            "KCS jest wpisany w strategię; Porozmawiajcie z zespołem; a dedicated part of a post."))
                    .isTrue());
  }

  @Test
  void the_agreement_check_knows_the_forms_after_a_number_and_after_a_preposition() {
    assertThat(Wording.expectedForm(Language.POLISH, BigDecimal.valueOf(2), "", "etatu"))
        .isEqualTo("etaty");
    assertThat(Wording.expectedForm(Language.POLISH, BigDecimal.valueOf(3), "niż", "osób"))
        .isEqualTo("osoby");
    assertThat(Wording.expectedForm(Language.POLISH, BigDecimal.valueOf(3), "do", "grupy"))
        .isEqualTo("grup");
    assertThat(Wording.expectedForm(Language.POLISH, BigDecimal.valueOf(1), "do", "grup"))
        .isEqualTo("grupy");
    assertThat(Wording.expectedForm(Language.POLISH, BigDecimal.valueOf(22), "", "grup"))
        .isEqualTo("grupy");
    assertThat(Wording.expectedForm(Language.ENGLISH, BigDecimal.valueOf(1), "", "groups"))
        .isEqualTo("group");
    assertThat(Wording.expectedForm(Language.POLISH, BigDecimal.valueOf(5), "", "razy")).isNull();
  }
}
