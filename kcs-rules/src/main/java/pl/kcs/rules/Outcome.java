package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;

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
  // A racy single-check, as String.hashCode's: a Finding is immutable with final fields.
  private @Nullable Finding finding;

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
      result = status == Status.DISABLED ? Finding.none() : ((Rule<Object>) rule).explain(facts);
      finding = result;
    }
    return result;
  }

  /**
   * {@link #message(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String message(Language language) {
    return message(language.locale());
  }

  /** What was found, in the language kcs uses for {@code locale}. */
  public String message(Locale locale) {
    Language language = Language.of(locale);
    return format(rule.messageTemplate(language, status), language);
  }

  /**
   * {@link #action(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String action(Language language) {
    return action(language.locale());
  }

  /** What to do about it, in the language kcs uses for {@code locale}. */
  public String action(Locale locale) {
    Language language = Language.of(locale);
    return format(rule.actionTemplate(language), language);
  }

  /**
   * {@link #render(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String render(Language language) {
    return render(language.locale());
  }

  /**
   * One line: severity, status, rule id and fact ID, what was found and, for a problem, what to
   * do.
   */
  public String render(Locale locale) {
    requireNonNull(locale, "locale");
    Language language = Language.of(locale);
    StringBuilder line = new StringBuilder();
    // The tag says what happened to a rule of this kind ("warunek konieczny — spełniony"): the
    // participle agrees with the noun, so each pair is a text of its own.
    line.append('[')
        .append(
            RulesMessages.BUNDLE.text(
                language, "tag." + rule.severity().name() + "." + status.name()))
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
   * {@link #renderAsListItem(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String renderAsListItem(Language language) {
    return renderAsListItem(language.locale());
  }

  /**
   * The outcome as an item of the kcs text reports, two lines each ending with a line break:
   * {@code "  - <message> (<rule id>, <fact ID>)"} and {@code "    → <what to do>"}.
   */
  public String renderAsListItem(Locale locale) {
    requireNonNull(locale, "locale");
    return new ReportText(Language.of(locale)).item(this).toString();
  }

  private String format(MessageTemplate template, Language language) {
    if (template.isConstant()) {
      // Nothing of the finding is shown: it need not be worked out.
      return template.format();
    }
    Finding found = finding();
    return template.format(
        template.uses(0) ? Arguments.render(found.subjects(), language) : "",
        template.uses(1) ? Arguments.render(found.observed(), language) : "",
        template.uses(2) ? Arguments.render(found.expected(), language) : "");
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
    return "Outcome{"
        + rule.id()
        + ", "
        + rule.source()
        + ", "
        + rule.severity()
        + ", "
        + status
        + "}";
  }
}
