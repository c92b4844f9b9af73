package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;

/**
 * Several {@link Scenario scenarios} side by side: what each costs by category (KCS-COST-ANIMATOR,
 * KCS-COST-TRAINING, KCS-COST-SUPERVISION, KCS-COST-EVENT), in total, per month, after partners
 * (KCS-COST-PARTNERS), per group and per participant — e.g. ¼ against ½ of a post, one animator
 * against two, with and without a partner. All scenarios must price in one currency.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioComparison {

  private final ImmutableList<Scenario> scenarios;
  private final ImmutableList<Budget> budgets;

  private ScenarioComparison(ImmutableList<Scenario> scenarios) {
    this.scenarios = scenarios;
    ImmutableList.Builder<Budget> budgets = ImmutableList.builder();
    for (Scenario scenario : scenarios) {
      budgets.add(scenario.budget());
    }
    this.budgets = budgets.build();
  }

  /**
   * {@code scenarios} side by side, in the order given.
   *
   * @throws IllegalArgumentException if there are none, two share a name, their cards are in
   *     different currencies, or a scenario's budget fails ({@link Budget#of})
   */
  public static ScenarioComparison of(List<Scenario> scenarios) {
    ImmutableList<Scenario> copy = ImmutableList.copyOf(scenarios);
    checkArgument(!copy.isEmpty(), "scenarios must not be empty");
    Set<String> names = new HashSet<>();
    CurrencyUnit currency = copy.get(0).rateCard().currency();
    for (Scenario scenario : copy) {
      checkArgument(
          names.add(scenario.name()),
          "scenario names must be distinct; a name appears twice (not repeated)");
      CurrencyUnit other = scenario.rateCard().currency();
      checkArgument(
          other.equals(currency),
          "scenarios must all price in one currency, were %s and %s (scenario '%s')",
          currency,
          other,
          scenario.name());
    }
    return new ScenarioComparison(copy);
  }

  /** {@code scenarios} side by side; see {@link #of(List)}. */
  public static ScenarioComparison of(Scenario... scenarios) {
    return of(Arrays.asList(scenarios));
  }

  /** The scenarios, in order. */
  public ImmutableList<Scenario> scenarios() {
    return scenarios;
  }

  /** The budget of each scenario, in the same order. */
  public ImmutableList<Budget> budgets() {
    return budgets;
  }

  /**
   * The budget of the scenario named {@code name}.
   *
   * @throws IllegalArgumentException if there is no such scenario
   */
  public Budget budget(String name) {
    requireNonNull(name, "name");
    for (int i = 0; i < scenarios.size(); i++) {
      if (scenarios.get(i).name().equals(name)) {
        return budgets.get(i);
      }
    }
    throw new IllegalArgumentException(
        "no scenario has the name asked for; the name is not repeated");
  }

  /** The currency of every figure. */
  public CurrencyUnit currency() {
    return budgets.get(0).currency();
  }

  /**
   * The comparison as a table in {@code language}: one amount column per scenario, a row per cost
   * category, then subtotal, employer's contributions, total, total per month, partner
   * contributions, net, net per group and per participant; notes describe each scenario. Every
   * figure is rounded once, from its exact value, by {@code rounding}.
   */
  public CostTable table(Language language, Rounding rounding) {
    requireNonNull(language, "language");
    requireNonNull(rounding, "rounding");
    CostTable.Builder table =
        CostTable.builder()
            .language(language)
            .currency(currency())
            .title(BudgetTables.format(language, "comparison.title", currency().getCode()));
    for (Scenario scenario : scenarios) {
      table.addColumns(scenario.name());
    }
    for (CostCategory category : CostCategory.values()) {
      if (category == CostCategory.EMPLOYER_CONTRIBUTIONS) {
        continue;
      }
      if (budgets.stream().anyMatch(budget -> hasLines(budget, category))) {
        table.addRows(categoryRow(RowKind.ITEM, category, language, rounding));
      }
    }
    table.addRows(
        row(
            RowKind.SUBTOTAL,
            BudgetTables.text(language, "row.subtotal"),
            Optional.empty(),
            Budget::subtotal,
            rounding));
    if (budgets.stream().anyMatch(budget -> budget.employerContributions().isPresent())) {
      table.addRows(
          categoryRow(
              RowKind.EMPLOYER_CONTRIBUTIONS,
              CostCategory.EMPLOYER_CONTRIBUTIONS,
              language,
              rounding));
    }
    Optional<FactId> partners = Optional.of(FactId.of("KCS-COST-PARTNERS"));
    table.addRows(
        row(
            RowKind.TOTAL,
            BudgetTables.text(language, "row.total"),
            Optional.empty(),
            Budget::total,
            rounding),
        row(
            RowKind.PER_MONTH,
            BudgetTables.text(language, "row.perMonth"),
            Optional.empty(),
            Budget::totalPerMonth,
            rounding),
        row(
            RowKind.PARTNER,
            BudgetTables.text(language, "row.partners"),
            partners,
            Budget::partnerTotal,
            rounding),
        row(RowKind.NET, BudgetTables.text(language, "row.net"), partners, Budget::net, rounding),
        row(
            RowKind.PER_GROUP,
            BudgetTables.text(language, "row.perGroupOfNet"),
            Optional.empty(),
            Budget::netPerGroup,
            rounding),
        row(
            RowKind.PER_PARTICIPANT,
            BudgetTables.text(language, "row.perParticipantOfNet"),
            Optional.empty(),
            Budget::netPerParticipant,
            rounding));
    table.addNotes(BudgetTables.text(language, "note.premises"));
    for (Scenario scenario : scenarios) {
      BudgetPlan plan = scenario.plan();
      String animators = BudgetTables.animators(plan);
      table.addNotes(
          BudgetTables.format(
              language,
              "note.scenario",
              scenario.name(),
              plan.months(),
              scenario.rateCard().priceYear().toString(),
              scenario.rateCard().name(),
              animators.isEmpty() ? "0" : animators,
              plan.groups(),
              plan.participants()));
    }
    table.addNotes(BudgetTables.roundingNote(language, rounding, currency()));
    return table.build();
  }

  private static boolean hasLines(Budget budget, CostCategory category) {
    return budget.lines().stream().anyMatch(line -> line.category() == category);
  }

  /** The row of one cost category: its label and fact ID, and its cost in each scenario. */
  private CostTableRow categoryRow(
      RowKind kind, CostCategory category, Language language, Rounding rounding) {
    return row(
        kind,
        category.label(language.locale()),
        Optional.of(category.source()),
        budget -> budget.costOf(category),
        rounding);
  }

  private CostTableRow row(
      RowKind kind,
      String label,
      Optional<FactId> source,
      Function<Budget, CostRange> figure,
      Rounding rounding) {
    List<Optional<CostRange>> cells = new ArrayList<>();
    for (Budget budget : budgets) {
      cells.add(Optional.of(rounding.apply(figure.apply(budget))));
    }
    return BudgetTables.row(kind, label).source(source).addAllCells(cells).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScenarioComparison
        && ((ScenarioComparison) other).scenarios.equals(scenarios);
  }

  @Override
  public int hashCode() {
    return scenarios.hashCode();
  }

  @Override
  public String toString() {
    return "ScenarioComparison" + budgets;
  }
}
