package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.ModalClass;

/**
 * Every built-in rule set, walked: a rule's severity never exceeds what the source's word allows
 * (REQUIREMENT → blocker, RECOMMENDATION → warning, SUGGESTION → advice, OBSERVATION → note)
 * unless the rule is a kcs default and says so; a rule never reads its source as stronger than
 * the fact catalogue does; and docs/rules.md, generated from the rule sets, is a golden file, so a
 * changed severity is a visible, reviewed change (issue 12, issue 20).
 */
class RulesDocumentTest {

  /** docs/rules.md, seen from the kcs-rules module directory (Surefire's working directory). */
  private static final Path RULES_MD = Path.of("../docs/rules.md");

  @Test
  @DisplayName("no built-in rule bites harder than its source's word unless it is a kcs default")
  void every_rule_severity_follows_the_modal_class_of_its_source() {
    int rules = 0;
    for (Map.Entry<String, RuleSet<?>> set : RulesDocument.ruleSets().entrySet()) {
      for (Rule<?> rule : set.getValue().rules()) {
        rules++;
        String what = set.getKey() + " " + rule.id();
        assertThat(rule.modalClass()).as("%s states its reading of the source", what).isPresent();
        ModalClass reading = rule.modalClass().orElseThrow();
        assertThat(rule.decidingWords()).as("%s quotes its deciding words", what).isNotBlank();
        assertThat(rule.source().modalClass().isAtLeast(reading))
            .as(
                "%s reads %s as a %s, but the catalogue classes it as a %s",
                what, rule.source(), reading, rule.source().modalClass())
            .isTrue();
        if (rule.severity().isStricterThan(Severity.highestFor(reading))) {
          assertThat(rule.isLibraryDefault())
              .as(
                  "%s is a %s on a %s: it must be marked as a kcs default",
                  what, rule.severity(), reading)
              .isTrue();
        }
      }
    }
    assertThat(rules).isGreaterThan(90);
  }

  @Test
  @DisplayName("a kcs default says so in the message the user reads, in Polish and English")
  void the_library_default_notice_exists_in_both_languages() {
    assertThat(RulesMessages.BUNDLE.text(Language.POLISH, "rule.library-default"))
        .contains("ustawienie domyślne kcs, a nie wymóg metody");
    assertThat(RulesMessages.BUNDLE.text(Language.ENGLISH, "rule.library-default"))
        .contains("a kcs default, not the method's requirement");
  }

  @Test
  @DisplayName("the severity a source word allows: requirement → blocker … observation → note")
  void the_mapping_from_modal_class_to_severity() {
    assertThat(Severity.highestFor(ModalClass.REQUIREMENT)).isEqualTo(Severity.BLOCKER);
    assertThat(Severity.highestFor(ModalClass.RECOMMENDATION)).isEqualTo(Severity.WARNING);
    assertThat(Severity.highestFor(ModalClass.SUGGESTION)).isEqualTo(Severity.ADVICE);
    assertThat(Severity.highestFor(ModalClass.OBSERVATION)).isEqualTo(Severity.NOTE);
    assertThat(Severity.BLOCKER.isStricterThan(Severity.WARNING)).isTrue();
    assertThat(Severity.NOTE.isStricterThan(Severity.ADVICE)).isFalse();
    assertThat(Severity.NOTE.label(Locale.ENGLISH)).isEqualTo("note");
    assertThat(Severity.NOTE.label(Locale.forLanguageTag("pl"))).isEqualTo("spostrzeżenie");
  }

  @Test
  void docs_rules_md_is_the_rule_sets_as_generated() throws IOException {
    String rendered = RulesDocument.render();
    if (Boolean.getBoolean("kcs.regenerate")) {
      Files.writeString(RULES_MD, rendered, StandardCharsets.UTF_8);
    }
    assertThat(RULES_MD)
        .as("docs/rules.md, seen from %s", Path.of("").toAbsolutePath())
        .isRegularFile();
    String committed = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    assertThat(committed)
        .as(
            "docs/rules.md differs from the rule sets; regenerate it with mvn -B -q verify -pl kcs-rules -am"
                + " -Dtest=RulesDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.regenerate=true")
        .isEqualTo(rendered);
  }
}
