package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.core.wording.Wording;

/**
 * Every bundle of kcs-rules follows docs/glossary.md, and every message that puts a number in
 * makes the noun after it agree, rendered with each count 0–{@value Wording#MAX_COUNT} in Polish and
 * English.
 */
class BundleWordingTest {

  private static final List<String> BUNDLES =
      List.of(
          "pl.kcs.rules.messages",
          "pl.kcs.rules.models.messages",
          "pl.kcs.rules.group.messages",
          "pl.kcs.rules.autonomy.messages",
          "pl.kcs.rules.club.messages",
          "pl.kcs.rules.opening.messages");

  @Test
  void no_bundle_uses_a_term_the_glossary_forbids() {
    List<String> problems = new ArrayList<>();
    for (String name : BUNDLES) {
      problems.addAll(
          Wording.forbiddenTermsIn(LocalizedBundle.load(name, getClass().getClassLoader())));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void every_noun_after_a_number_agrees_with_it_for_counts_0_to_1000_in_both_languages() {
    List<String> problems = new ArrayList<>();
    for (String name : BUNDLES) {
      problems.addAll(
          Wording.pluralDisagreements(LocalizedBundle.load(name, getClass().getClassLoader())));
    }
    assertThat(problems).isEmpty();
  }
}
