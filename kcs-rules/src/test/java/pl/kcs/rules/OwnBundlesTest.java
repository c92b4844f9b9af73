package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.group.GroupLife;
import pl.kcs.rules.models.ModelSelection;

/**
 * The message bundles of model selection (KCS-S3), group life (KCS-DIF-*) and autonomy (MA-*):
 * the same keys in Polish and English, patterns that parse, no mojibake, and a message for every
 * status each built-in rule can end with.
 */
class OwnBundlesTest {

  private static final List<String> BUNDLES =
      List.of(
          "pl.kcs.rules.messages",
          "pl.kcs.rules.models.messages",
          "pl.kcs.rules.group.messages",
          "pl.kcs.rules.autonomy.messages",
          "pl.kcs.rules.club.messages",
          "pl.kcs.rules.opening.messages");

  @Test
  void every_bundle_has_the_same_keys_in_both_languages_and_patterns_that_parse() {
    for (String name : BUNDLES) {
      LocalizedBundle bundle = LocalizedBundle.load(name, getClass().getClassLoader());
      assertThat(new TreeSet<>(bundle.keys(Language.POLISH)))
          .as(name)
          .isEqualTo(new TreeSet<>(bundle.keys(Language.ENGLISH)));
      for (Language language : Language.values()) {
        for (String key : bundle.keys(language)) {
          String pattern = bundle.text(language, key);
          assertThat(pattern)
              .as("%s %s %s", name, language, key)
              .isNotBlank()
              .doesNotContain("Ã", "Å", "\uFFFD");
          bundle.template(language, key);
        }
      }
    }
  }

  @Test
  void polish_texts_use_polish_letters_and_quotes() {
    LocalizedBundle group =
        LocalizedBundle.load("pl.kcs.rules.group.messages", getClass().getClassLoader());
    assertThat(group.text(Language.POLISH, "rule.kcs.dif.rules.passed"))
        .isEqualTo("Grupa osób z zaburzeniami zdrowia psychicznego ma regulamin.");
    assertThat(group.text(Locale.forLanguageTag("pl"), "GroupEvent.NEWCOMERS_AFTER_BONDING"))
        .isEqualTo("nowe osoby po związaniu się grupy");
  }

  @Test
  void every_rule_that_can_be_unknown_has_its_own_unknown_message() {
    assertThat(
            GroupLife.defaultTransitionRules()
                .rule(RuleId.of("kcs.life.bonded"))
                .orElseThrow()
                .messages()
                .contains(Language.ENGLISH, "rule.kcs.life.bonded.unknown"))
        .isTrue();
    assertThat(
            AutonomyAssessment.defaultRules()
                .rule(RuleId.of("ma.assumptions.reciprocity"))
                .orElseThrow()
                .messages()
                .contains(Language.POLISH, "rule.ma.assumptions.reciprocity.unknown"))
        .isTrue();
    assertThat(
            ModelSelection.defaultRules()
                .rule(RuleId.of("kcs.m1.neutral-space"))
                .orElseThrow()
                .messages()
                .contains(Language.POLISH, "rule.kcs.m1.neutral-space.unknown"))
        .isTrue();
    assertThat(
            AutonomyAssessment.defaultRules()
                .rule(RuleId.of("ma.assumptions.authenticity"))
                .orElseThrow()
                .messages()
                .contains(Language.ENGLISH, "rule.ma.assumptions.authenticity.unknown"))
        .isTrue();
    assertThat(ModelSelection.defaultRules().rules()).hasSize(21);
    assertThat(GroupLife.defaultRules().rules()).hasSize(6);
    assertThat(GroupLife.defaultTransitionRules().rules()).hasSize(5);
    assertThat(AutonomyAssessment.defaultRules().rules()).hasSize(12);
  }
}
