package pl.kcs.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.club.ClubCompliance;
import pl.kcs.rules.group.GroupLife;
import pl.kcs.rules.models.ModelSelection;
import pl.kcs.rules.opening.OpeningAssessment;
import pl.kcs.rules.stage.StageProgression;

/**
 * Renders docs/rules.md from the built-in rule sets: every rule with its id, fact, the fact's
 * modal class, the rule's own reading and deciding words, its severity and whether it is a kcs
 * default. Test code: the document is generated, so it cannot go stale.
 */
final class RulesDocument {

  private RulesDocument() {}

  /** The built-in rule sets, by the title the document gives them, in the order of the method. */
  static Map<String, RuleSet<?>> ruleSets() {
    Map<String, RuleSet<?>> sets = new LinkedHashMap<>();
    sets.put("Stage progression (`StageProgression`)", StageProgression.defaultRules());
    sets.put("Operating models (`ModelSelection`)", ModelSelection.defaultRules());
    sets.put("Group life: the group report (`GroupLife`)", GroupLife.defaultRules());
    sets.put("Group life: transitions (`GroupLife`)", GroupLife.defaultTransitionRules());
    sets.put("Autonomy and mutual aid (`AutonomyAssessment`)", AutonomyAssessment.defaultRules());
    sets.put("Self-help club (`ClubCompliance`)", ClubCompliance.defaultRules());
    sets.put(
        "Open institution self-assessment (`OpeningAssessment`)", OpeningAssessment.defaultRules());
    return sets;
  }

  static String render() {
    StringBuilder text = new StringBuilder();
    text.append("# The built-in rules of kcs\n\n")
        .append(
            "Generated from the rule sets by `RulesDocumentTest` (kcs-rules); do not edit by hand.\n")
        .append("Regenerate: `mvn -B -q verify -pl kcs-rules -am -Dtest=RulesDocumentTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dkcs.regenerate=true`.\n\n")
        .append(
            "How hard a rule bites is the source's word (see [facts.md](facts.md)): a requirement")
        .append(" (\"musi\", \"nie może\", \"trzeba\", \"konieczne\", \"potrzebne\") may block, a")
        .append(
            " recommendation (\"powinien\", \"należy\", \"ważne\") may warn, a suggestion (\"warto\",")
        .append(
            " \"może\", \"przykładowe\", \"opcjonalnie\", \"ułatwi\") may advise, and an observation")
        .append(
            " (a difficulty or an effect the source reports) is only a note. A rule marked **kcs")
        .append(
            " default** bites harder than its source's word or checks what the source does not say;")
        .append(" its message says so, and an embedding system can disable it")
        .append(" (`RuleSet.disabling(id)`).\n\n")
        .append(
            "Columns: the rule; the fact it cites and the fact's modal class (the strongest of its")
        .append(
            " statements); the rule's own reading of the source with the deciding Polish words;")
        .append(" the rule's severity.\n");
    for (Map.Entry<String, RuleSet<?>> set : ruleSets().entrySet()) {
      text.append("\n## ")
          .append(set.getKey())
          .append("\n\n")
          .append("| rule | fact | fact's class | reading | deciding words | severity |\n")
          .append("| --- | --- | --- | --- | --- | --- |\n");
      for (Rule<?> rule : set.getValue().rules()) {
        FactId fact = rule.source();
        text.append("| `")
            .append(rule.id())
            .append("` | ")
            .append(fact.id())
            .append(" | ")
            .append(fact.modalClass())
            .append(" | ")
            .append(rule.modalClass().map(Enum::name).orElse("—"))
            .append(" | ")
            .append(
                rule.decidingWords().isEmpty()
                    ? "—"
                    : "„" + rule.decidingWords().replace("|", "\\|") + "”")
            .append(" | ")
            .append(rule.severity().label(Language.ENGLISH.locale()))
            .append(rule.isLibraryDefault() ? " (**kcs default**)" : "")
            .append(" |\n");
      }
    }
    return text.toString();
  }
}
