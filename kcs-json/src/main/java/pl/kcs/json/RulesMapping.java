package pl.kcs.json;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import pl.kcs.core.Identifier;
import pl.kcs.core.Labelled;
import pl.kcs.core.people.Fte;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * The JSON form of {@code pl.kcs.rules}: the evaluation of any rule set, an outcome per rule with
 * its rule id, fact ID, severity and status as codes, what it looked at ({@link Finding}), and what
 * was found and what to do in the document's language. Written only: an outcome is derived from
 * the facts, which are exchanged instead.
 *
 * <p>Rule sets other than the stage rules (model selection, the club's compliance) reuse {@link
 * #writeOutcome} and {@link #writeEvaluation} for their reports.
 */
final class RulesMapping {

  private RulesMapping() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static void register(Mappings.Registry registry) {
    // The report is generic in its facts; one mapping serves every rule set.
    registry.add(
        Mapping.writeOnly(
            (Class) RuleSetResult.class,
            "ruleEvaluation",
            (report, out) -> writeEvaluation((RuleSetResult<?>) report, out)));
    registry.add(Mapping.writeOnly(Outcome.class, "outcome", RulesMapping::writeOutcome));
  }

  /** The counts of problems by severity and of outcomes by status, then every outcome in order. */
  static void writeEvaluation(RuleSetResult<?> evaluation, Out out) {
    out.string("language", out.language().locale().getLanguage());
    Out problems = out.object("problems");
    for (Severity severity : Severity.values()) {
      problems.integer(severity.name(), evaluation.problemCount(severity));
    }
    Out statuses = out.object("statuses");
    for (Status status : Status.values()) {
      statuses.integer(status.name(), evaluation.count(status));
    }
    out.list("outcomes", "outcome", evaluation.outcomes(), RulesMapping::writeOutcome);
  }

  static void writeOutcome(Outcome outcome, Out out) {
    Locale locale = out.language().locale();
    out.string("rule", outcome.ruleId().value());
    out.string("source", outcome.source().id());
    out.code("severity", outcome.severity());
    out.code("status", outcome.status());
    outcome
        .rule()
        .appliesTo()
        .ifPresent(
            term -> {
              Out applies = out.object("appliesTo");
              applies.string(
                  "type",
                  term instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : "term");
              applies.string("code", term.name());
            });
    Finding finding = outcome.finding();
    Out found = out.object("finding");
    Out.Items subjects = found.list("subjects", "subject");
    for (Object subject : finding.subjects()) {
      item(subjects, subject, out);
    }
    value(found, "observed", finding.observed());
    value(found, "expected", finding.expected());
    out.string("message", outcome.message(locale));
    if (outcome.isProblem()) {
      out.string("action", outcome.action(locale));
    }
  }

  /**
   * A finding's value as JSON: numbers as numbers, enum constants as codes, identifiers as their
   * text, fractions of posts as {@code "1/2"}, optional values present or left out, collections as
   * lists, other labelled terms as their label in the document's language.
   */
  private static void value(Out out, String name, Object value) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> value(out, name, v));
    } else if (value instanceof Collection<?> collection) {
      Out.Items items = out.list(name, "item");
      for (Object element : collection) {
        item(items, element, out);
      }
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      out.integer(name, ((Number) value).longValue());
    } else if (value instanceof java.math.BigDecimal decimal) {
      out.decimal(name, decimal);
    } else if (value instanceof Number number) {
      out.number(name, number.doubleValue());
    } else if (value instanceof Boolean bool) {
      out.bool(name, bool);
    } else {
      out.string(name, text(value, out));
    }
  }

  private static void item(Out.Items items, Object value, Out out) {
    if (value instanceof Integer || value instanceof Long) {
      items.integer(((Number) value).longValue());
    } else {
      items.string(text(value, out));
    }
  }

  private static String text(Object value, Out out) {
    if (value instanceof Enum<?> code) {
      return code.name();
    }
    if (value instanceof Identifier<?> id) {
      return id.value();
    }
    if (value instanceof Fte fte) {
      return PeopleMapping.format(fte);
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Labelled labelled) {
      return labelled.label(out.language().locale());
    }
    return String.valueOf(value);
  }
}
