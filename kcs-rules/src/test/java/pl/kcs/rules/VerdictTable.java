package pl.kcs.rules;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A rule set's verdicts as a table (issue 20): for every rule, the fact it cites, its severity,
 * and the status it gives on a passing, a failing and a not-applicable input. Where a rule applies
 * to every input its rule set can be given, the row says why instead of naming a not-applicable
 * input, so the table is complete and says so.
 *
 * <p>A test class per built-in rule set holds its table and checks every row with {@link
 * #assertVerdicts} and the table's completeness with {@link #assertNamesEveryRule}: a rule added,
 * removed, reordered, made stricter or milder, or made to apply elsewhere fails that class. A row's
 * input is whatever its rule set is evaluated on (an implementation, a group, a club …).
 */
public final class VerdictTable {

  private VerdictTable() {}

  /**
   * A rule that does not apply to {@code notApplicable}.
   *
   * @param rule the rule's id
   * @param fact the fact it cites
   * @param severity its severity
   */
  public static <I> Row<I> row(
      String rule, String fact, Severity severity, I passing, I failing, I notApplicable) {
    return new Row<>(rule, fact, severity, passing, failing, requireNonNull(notApplicable), null);
  }

  /** A rule that applies to every input; {@code because} says why (shown in the table). */
  public static <I> Row<I> alwaysApplies(
      String rule, String fact, Severity severity, I passing, I failing, String because) {
    return new Row<>(rule, fact, severity, passing, failing, null, requireNonNull(because));
  }

  /**
   * Checks one row: the passing input passes, the failing one fails, the not-applicable one is
   * not applicable and no problem; each outcome cites the row's fact and carries its severity.
   *
   * @param outcome the outcome of the rule of the given id on an input
   */
  public static <I> void assertVerdicts(Row<I> row, BiFunction<I, String, Outcome> outcome) {
    assertOutcome(row, outcome.apply(row.passing, row.rule), Status.PASSED, "the passing input");
    assertOutcome(row, outcome.apply(row.failing, row.rule), Status.FAILED, "the failing input");
    if (row.notApplicable != null) {
      Outcome aside = outcome.apply(row.notApplicable, row.rule);
      assertOutcome(row, aside, Status.NOT_APPLICABLE, "the not-applicable input");
      assertThat(aside.isProblem())
          .as("%s does not apply, so it is no problem", row.rule)
          .isFalse();
    } else {
      assertThat(row.alwaysAppliesBecause)
          .as("%s: why the rule applies to every input", row.rule)
          .isNotBlank();
    }
  }

  /** Checks that the table has one row for every rule of {@code rules}, in the set's order. */
  public static void assertNamesEveryRule(RuleSet<?> rules, Stream<? extends Row<?>> table) {
    ImmutableList<String> inSet =
        rules.rules().stream()
            .map(rule -> rule.id().value())
            .collect(ImmutableList.toImmutableList());
    assertThat(table.map(Row::rule).collect(Collectors.toList()))
        .as("the table's rules, against the built-in set")
        .containsExactlyElementsOf(inSet);
  }

  private static void assertOutcome(Row<?> row, Outcome outcome, Status status, String input) {
    assertThat(outcome.ruleId().value()).isEqualTo(row.rule);
    assertThat(outcome.status()).as("%s on %s", row.rule, input).isEqualTo(status);
    assertThat(outcome.source().id()).as("fact of %s", row.rule).isEqualTo(row.fact);
    assertThat(outcome.severity()).as("severity of %s", row.rule).isEqualTo(row.severity);
  }

  /**
   * One rule's line of the table.
   *
   * @param <I> the input type
   */
  public static final class Row<I> {
    private final String rule;
    private final String fact;
    private final Severity severity;
    private final I passing;
    private final I failing;
    private final I notApplicable;
    private final String alwaysAppliesBecause;

    private Row(
        String rule,
        String fact,
        Severity severity,
        I passing,
        I failing,
        I notApplicable,
        String alwaysAppliesBecause) {
      this.rule = requireNonNull(rule);
      this.fact = requireNonNull(fact);
      this.severity = requireNonNull(severity);
      this.passing = requireNonNull(passing);
      this.failing = requireNonNull(failing);
      this.notApplicable = notApplicable;
      this.alwaysAppliesBecause = alwaysAppliesBecause;
    }

    /** The rule's id. */
    public String rule() {
      return rule;
    }

    /** Why the rule has no not-applicable input, if it has none. */
    public Optional<String> alwaysAppliesBecause() {
      return Optional.ofNullable(alwaysAppliesBecause);
    }

    @Override
    public String toString() {
      return rule
          + " ("
          + fact
          + ", "
          + severity.name().toLowerCase(Locale.ROOT)
          + (alwaysAppliesBecause == null ? "" : "; always applies: " + alwaysAppliesBecause)
          + ")";
    }
  }
}
