package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;
import pl.kcs.core.text.MessageTemplate;

/**
 * The outcome of one rule for one set of facts: which rule, which fact of the domain it comes
 * from, its severity and status, what it looked at ({@link #finding()}), and what was found and
 * what to do, rendered in Polish or English.
 *
 * <p>Immutable and thread-safe. Two outcomes are equal when they are of the same rule with the same
 * status on equal facts.
 */
public final class Outcome {

  private final Rule<?> rule;
  private final Status status;
  private final Object facts;
  private volatile Finding finding;

  <F> Outcome(Rule<F> rule, Status status, F facts) {
    this.rule = rule;
    this.status = status;
    this.facts = facts;
  }

  /** The rule's id. */
  public RuleId ruleId() {
    return rule.id();
  }

  /** The rule. */
  public Rule<?> rule() {
    return rule;
  }

  /** The fact of the catalogue (docs/facts.md) the rule comes from. */
  public FactId source() {
    return rule.source();
  }

  /** The rule's severity. */
  public Severity severity() {
    return rule.severity();
  }

  /** The status. */
  public Status status() {
    return status;
  }

  /** Whether the outcome counts against the institution (failed or unknown). */
  public boolean isProblem() {
    return status.isProblem();
  }

  /** What the rule looked at: subjects, what it observed, what it expected. */
  @SuppressWarnings("unchecked")
  public Finding finding() {
    Finding result = finding;
    if (result == null) {
      // A disabled rule was not evaluated, so it has looked at nothing.
      result =
          status == Status.DISABLED ? Finding.none() : ((Rule<Object>) rule).explain(facts);
      finding = result;
    }
    return result;
  }

  /** What was found, in the language kcs uses for {@code locale}. */
  public String message(Locale locale) {
    Language language = Language.of(locale);
    MessageCatalog messages = rule.messages();
    String key = rule.messageKey() + suffix(status);
    if (messages.contains(language, key)) {
      return format(messages.template(language, key), language);
    }
    return format(RulesMessages.BUNDLE.template(language, "rule" + suffix(status)), language);
  }

  /** What to do about it, in the language kcs uses for {@code locale}. */
  public String action(Locale locale) {
    Language language = Language.of(locale);
    String action = format(rule.messages().template(language, rule.messageKey() + Rule.ACTION), language);
    return rule.isLibraryDefault()
        ? action + " " + RulesMessages.BUNDLE.text(language, "rule.library-default")
        : action;
  }

  /**
   * One line: what happened to a rule of this severity ({@code [warunek konieczny — niespełniony]},
   * {@code [requirement — not met]}), rule id and fact ID, what was found and, for a problem, what to
   * do.
   */
  public String render(Locale locale) {
    requireNonNull(locale, "locale");
    Language language = Language.of(locale);
    StringBuilder line = new StringBuilder();
    // The tag says what happened to a rule of this kind ("warunek konieczny — spełniony"): the
    // participle agrees with the noun, so each pair is a text of its own.
    line.append('[')
        .append(RulesMessages.BUNDLE.text(language, "tag." + rule.severity().name() + "." + status.name()))
        .append("] ")
        .append(message(locale))
        .append(" (")
        .append(rule.id())
        .append(", ")
        .append(rule.source())
        .append(')');
    if (status.isProblem()) {
      line.append(" → ").append(action(locale));
    }
    return line.toString();
  }

  /**
   * The outcome as an item of the kcs text reports, two lines each ending with a line break:
   * {@code "  - <message> (<rule id>, <fact ID>)"} and {@code "    → <what to do>"}.
   */
  public String renderAsListItem(Locale locale) {
    requireNonNull(locale, "locale");
    return "  - " + message(locale) + " (" + rule.id() + ", " + rule.source() + ")\n    → " + action(locale) + "\n";
  }

  private String format(MessageTemplate template, Language language) {
    Finding found = finding();
    Object[] arguments = {
      Arguments.render(found.subjects(), language),
      Arguments.render(found.observed(), language),
      Arguments.render(found.expected(), language)
    };
    return template.format(arguments);
  }

  private static String suffix(Status status) {
    switch (status) {
      case PASSED:
        return Rule.PASSED;
      case FAILED:
        return Rule.FAILED;
      case UNKNOWN:
        return Rule.UNKNOWN;
      case NOT_APPLICABLE:
        return Rule.NOT_APPLICABLE;
      default:
        return ".disabled";
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Outcome)) {
      return false;
    }
    Outcome that = (Outcome) other;
    return rule == that.rule && status == that.status && facts.equals(that.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), status);
  }

  @Override
  public String toString() {
    return "Outcome{" + rule.id() + ", " + rule.source() + ", " + rule.severity() + ", " + status + "}";
  }
}
