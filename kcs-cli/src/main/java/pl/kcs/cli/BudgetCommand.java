package pl.kcs.cli;

import java.math.RoundingMode;
import java.time.Year;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.Budget;
import pl.kcs.costs.BudgetPlan;
import pl.kcs.costs.CostTable;
import pl.kcs.costs.MissingPriceIndexException;
import pl.kcs.costs.PriceIndexSeries;
import pl.kcs.costs.RateCard;
import pl.kcs.costs.Rounding;
import pl.kcs.costs.Scenario;
import pl.kcs.examples.Examples;
import pl.kcs.json.KcsJson;

/** {@code kcs budget FILE}: the budget of a plan at a rate card's prices (KCS-COST-*). */
@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    header = "The budget of a plan at a rate card's prices.",
    description = {
      "The budget of a plan (a budgetScenario document: a name, a plan and a rate card; or a "
          + "budgetPlan document, priced with the source method's 2023 rates): lines per month and in "
          + "total, each citing its fact, employer contributions, partners' share, per group and per "
          + "participant. Premises are never included. Text and CSV are rounded once to the grosz, "
          + "half up; JSON is exact.",
      "With --from IMPLEMENTATION instead of FILE: the plan is built from what an "
          + "implementation document declares (animators' posts and trainings, supervision schedules, "
          + "groups and participants), so nobody types them twice; --months, --events-per-month and "
          + "--events-per-year add what it does not record.",
      "Without FILE: the embedded example, a culture house for 12 months (kcs example budget)."
    })
final class BudgetCommand extends ReportCommand {

  @Mixin ChartOption chart;

  @Option(
      names = "--price-year",
      paramLabel = "YEAR",
      description =
          "Re-price the rate card from its year to YEAR with the shipped GUS consumer price index (2019-2024).")
  Integer priceYear;

  @Option(
      names = "--from",
      paramLabel = "IMPLEMENTATION",
      description =
          "Build the plan from an implementation document (JSON or XML) instead of reading FILE; priced with the 2023 card.")
  String from;

  @Option(
      names = "--months",
      paramLabel = "N",
      description = "With --from: how many months the plan runs (default 12).")
  Integer months;

  @Option(
      names = "--events-per-month",
      paramLabel = "N",
      description =
          "With --from: workshops, events or group projects a month (KCS-COST-EVENT; default none).")
  Integer eventsPerMonth;

  @Option(
      names = "--events-per-year",
      paramLabel = "N",
      description =
          "With --from: workshops, events or group projects a year (KCS-COST-EVENT; default none).")
  Integer eventsPerYear;

  /** The months of a plan built with --from when --months is not given: a year (kcs default, not the method's). */
  static final int DEFAULT_MONTHS = 12;

  @Override
  public Integer call() {
    format();
    Optional<ChartFile> chartFile = chart.file(spec.commandLine());
    Scenario scenario;
    String preface = "";
    if (from != null) {
      if (file != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give FILE or --from IMPLEMENTATION, not both");
      }
      KcsImplementation implementation = inputs.implementation(from);
      BudgetPlan plan = fromImplementation(implementation);
      scenario = Scenario.of(plan.name().orElse("KCS"), plan, RateCard.kcs2023());
      preface =
          BudgetFromImplementation.preface(from, implementation, plan, months == null, language());
    } else {
      if (months != null || eventsPerMonth != null || eventsPerYear != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--months, --events-per-month and --events-per-year go with --from IMPLEMENTATION");
      }
      scenario = file().map(this::read).orElseGet(Examples::budget);
    }
    RateCard card = scenario.rateCard();
    if (priceYear != null) {
      if (priceYear < 1 || priceYear > 9999) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--price-year must be a year, was " + priceYear);
      }
      try {
        card = card.indexedTo(Year.of(priceYear), PriceIndexSeries.polishCpi());
      } catch (MissingPriceIndexException e) {
        throw new BadInputException(
            "--price-year " + priceYear,
            "the shipped GUS consumer price index has no index for "
                + e.year()
                + "; it covers 2019 to 2024",
            e);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--price-year " + priceYear, e.getMessage(), e);
      }
    }
    Budget budget;
    try {
      budget = Budget.of(scenario.plan(), card);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(fileLabel(), e.getMessage(), e);
    }
    CostTable table = budget.table(language(), Rounding.toMinorUnit(RoundingMode.HALF_UP));
    String text = preface + table.toText();
    String name = scenario.name();
    chartFile.ifPresent(
        file ->
            file.write(
                ReportCharts.budget(budget, name, from != null && months == null, language())));
    print(
        Output.text(() -> text)
            .json(() -> budget)
            .csv(() -> LibraryCsv.budget(table))
            .html(() -> HtmlPages.budget(table, text, language())));
    return KcsCommand.OK;
  }

  private BudgetPlan fromImplementation(KcsImplementation implementation) {
    if (months != null && (months < 1 || months > 1200)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--months must be from 1 to 1200, was " + months);
    }
    checkEvents("--events-per-month", eventsPerMonth);
    checkEvents("--events-per-year", eventsPerYear);
    try {
      BudgetPlan.Builder plan =
          BudgetPlan.builderFrom(implementation).months(months == null ? DEFAULT_MONTHS : months);
      if (eventsPerMonth != null) {
        plan.eventsPerMonth(eventsPerMonth);
      }
      if (eventsPerYear != null) {
        plan.eventsPerYear(eventsPerYear);
      }
      return plan.build();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(from, e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw new BadInputException(from, e.getMessage(), e);
    }
  }

  private void checkEvents(String option, Integer events) {
    if (events != null && (events < 0 || events > 10_000)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " must be from 0 to 10000, was " + events);
    }
  }

  private Scenario read(String file) {
    return read(
        file,
        "budgetScenario",
        text -> KcsJson.standard().fromJson(text, Scenario.class),
        "budgetPlan",
        text -> {
          BudgetPlan plan = KcsJson.standard().fromJson(text, BudgetPlan.class);
          return Scenario.of(plan.name().orElse("KCS"), plan, RateCard.kcs2023());
        });
  }
}
