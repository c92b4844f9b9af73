package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.costs.AnimatorPost;
import pl.kcs.costs.Budget;
import pl.kcs.costs.BudgetLine;
import pl.kcs.costs.BudgetPlan;
import pl.kcs.costs.CostCategory;
import pl.kcs.costs.CostRange;
import pl.kcs.costs.EmployerContribution;
import pl.kcs.costs.EmployerContributions;
import pl.kcs.costs.Indexation;
import pl.kcs.costs.PartnerContribution;
import pl.kcs.costs.PartnerLine;
import pl.kcs.costs.PriceIndex;
import pl.kcs.costs.PriceIndexSeries;
import pl.kcs.costs.RateCard;
import pl.kcs.costs.Scenario;
import pl.kcs.costs.ScenarioComparison;

/**
 * The JSON form of {@code pl.kcs.costs}: amounts as exact decimal strings with their currency
 * ({@code {"currency": "PLN", "amount": "1800.00"}}), ranges as {@code low} and {@code high}
 * (KCS-COST-ANIMATOR, KCS-COST-TRAINING, KCS-COST-SUPERVISION, KCS-COST-EVENT), rate cards, plans
 * and partner contributions (KCS-COST-PARTNERS) read and written; budgets written, every figure
 * exact and unrounded.
 */
final class CostsMapping {

  private CostsMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            CostRange.class, "costRange", CostsMapping::writeRange, CostsMapping::readRange));
    registry.add(
        Mapping.of(RateCard.class, "rateCard", CostsMapping::writeCard, CostsMapping::readCard));
    registry.add(
        Mapping.of(
            EmployerContributions.class,
            "employerContributions",
            CostsMapping::writeEmployer,
            CostsMapping::readEmployer));
    registry.add(
        Mapping.of(
            Indexation.class,
            "indexation",
            CostsMapping::writeIndexation,
            CostsMapping::readIndexation));
    registry.add(
        Mapping.of(
            PriceIndex.class,
            "priceIndex",
            CostsMapping::writePriceIndex,
            CostsMapping::readPriceIndex));
    registry.add(
        Mapping.of(
            PriceIndexSeries.class,
            "priceIndexSeries",
            CostsMapping::writeSeries,
            CostsMapping::readSeries));
    registry.add(
        Mapping.of(
            AnimatorPost.class, "animatorPost", CostsMapping::writePost, CostsMapping::readPost));
    registry.add(
        Mapping.of(
            PartnerContribution.class,
            "partnerContribution",
            CostsMapping::writeContribution,
            CostsMapping::readContribution));
    registry.add(
        Mapping.of(
            BudgetPlan.class, "budgetPlan", CostsMapping::writePlan, CostsMapping::readPlan));
    registry.add(
        Mapping.of(
            Scenario.class,
            "budgetScenario",
            CostsMapping::writeScenario,
            CostsMapping::readScenario));
    registry.add(Mapping.writeOnly(Budget.class, "budget", CostsMapping::writeBudget));
    registry.add(Mapping.writeOnly(BudgetLine.class, "budgetLine", CostsMapping::writeLine));
    registry.add(
        Mapping.writeOnly(PartnerLine.class, "partnerLine", CostsMapping::writePartnerLine));
    registry.add(
        Mapping.writeOnly(
            ScenarioComparison.class, "scenarioComparison", CostsMapping::writeComparison));
  }

  // ------------------------------------------------------------------ money

  static void writeMoney(BigMoney money, Out out) {
    out.string("currency", money.getCurrencyUnit().getCode());
    out.decimal("amount", money.getAmount());
  }

  static BigMoney readMoney(In in) {
    CurrencyUnit currency = in.value("currency", CostsMapping::currency);
    BigDecimal amount = in.decimal("amount");
    return in.build(() -> BigMoney.of(currency, amount));
  }

  static void writeRange(CostRange range, Out out) {
    out.string("currency", range.currency().getCode());
    out.decimal("low", range.low().getAmount());
    out.decimal("high", range.high().getAmount());
  }

  static CostRange readRange(In in) {
    CurrencyUnit currency = in.value("currency", CostsMapping::currency);
    BigDecimal low = in.decimal("low");
    BigDecimal high = in.decimal("high");
    return in.build(() -> CostRange.of(currency, low, high));
  }

  static CurrencyUnit currency(String code) {
    try {
      return CurrencyUnit.of(code);
    } catch (IllegalCurrencyException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as PLN" + pl.kcs.core.Checks.rejected(code), e);
    }
  }

  // ------------------------------------------------------------------ prices

  static void writeCard(RateCard card, Out out) {
    out.string("name", card.name());
    out.optString("region", card.region());
    out.string("currency", card.currency().getCode());
    out.integer("priceYear", card.priceYear().getValue());
    out.object("animatorPayPerFullPost", card.animatorPayPerFullPost(), CostsMapping::writeRange);
    out.object("trainingPerAnimator", card.trainingPerAnimator(), CostsMapping::writeRange);
    out.object("supervisionPerHour", card.supervisionPerHour(), CostsMapping::writeRange);
    out.object("eventEach", card.eventEach(), CostsMapping::writeRange);
    out.object("employerContributions", card.employerContributions(), CostsMapping::writeEmployer);
    out.list("indexations", "indexation", card.indexations(), CostsMapping::writeIndexation);
  }

  static RateCard readCard(In in) {
    String name = in.name("name");
    Optional<String> region = in.optName("region");
    CurrencyUnit currency = in.value("currency", CostsMapping::currency);
    Year priceYear = in.year("priceYear");
    CostRange pay = in.object("animatorPayPerFullPost", CostsMapping::readRange);
    CostRange training = in.object("trainingPerAnimator", CostsMapping::readRange);
    CostRange supervision = in.object("supervisionPerHour", CostsMapping::readRange);
    CostRange event = in.object("eventEach", CostsMapping::readRange);
    Optional<EmployerContributions> employer =
        in.optObject("employerContributions", CostsMapping::readEmployer);
    ImmutableList<Indexation> indexations = in.list("indexations", CostsMapping::readIndexation);
    return in.build(
        () -> {
          RateCard.Builder card =
              RateCard.builder()
                  .name(name)
                  .region(region)
                  .currency(currency)
                  .priceYear(priceYear)
                  .animatorPayPerFullPost(pay)
                  .trainingPerAnimator(training)
                  .supervisionPerHour(supervision)
                  .eventEach(event)
                  .addAllIndexations(indexations);
          employer.ifPresent(card::employerContributions);
          return card.build();
        });
  }

  static void writeEmployer(EmployerContributions contributions, Out out) {
    Out rates = out.codeMap("ratesPercent", EmployerContribution.class);
    contributions.ratesPercent().forEach((part, rate) -> rates.decimal(part.name(), rate));
    out.optObject(
        "labourFundThreshold", contributions.labourFundThreshold(), CostsMapping::writeMoney);
  }

  static EmployerContributions readEmployer(In in) {
    ImmutableMap<EmployerContribution, BigDecimal> rates =
        in.codeMap("ratesPercent", EmployerContribution.class, In::decimal);
    Optional<BigMoney> threshold = in.optObject("labourFundThreshold", CostsMapping::readMoney);
    return in.build(
        () ->
            EmployerContributions.builder()
                .putAllRatesPercent(rates)
                .labourFundThreshold(threshold)
                .build());
  }

  static void writeIndexation(Indexation indexation, Out out) {
    out.integer("fromYear", indexation.fromYear().getValue());
    out.integer("toYear", indexation.toYear().getValue());
    out.decimal("factor", indexation.factor());
    out.string("series", indexation.series());
  }

  static Indexation readIndexation(In in) {
    Year from = in.year("fromYear");
    Year to = in.year("toYear");
    BigDecimal factor = in.decimal("factor");
    String series = in.string("series");
    return in.build(() -> Indexation.of(from, to, factor, series));
  }

  static void writePriceIndex(PriceIndex index, Out out) {
    out.decimal("value", index.value());
    out.string("source", index.source());
  }

  static PriceIndex readPriceIndex(In in) {
    BigDecimal value = in.decimal("value");
    String source = in.string("source");
    return in.build(() -> PriceIndex.of(value, source));
  }

  static void writeSeries(PriceIndexSeries series, Out out) {
    out.string("name", series.name());
    Out.Items indices = out.list("indices", "index");
    series
        .indices()
        .forEach(
            (year, index) -> {
              Out item = indices.object();
              item.integer("year", year.getValue());
              writePriceIndex(index, item);
            });
  }

  static PriceIndexSeries readSeries(In in) {
    String name = in.name("name");
    ImmutableList<YearIndex> indices =
        in.list("indices", item -> new YearIndex(item.year("year"), readPriceIndex(item)));
    return in.build(
        () -> {
          PriceIndexSeries series = PriceIndexSeries.of(name);
          for (YearIndex index : indices) {
            if (series.indices().containsKey(index.year())) {
              throw new IllegalArgumentException(
                  "indices must hold each year once, was " + index.year() + " twice");
            }
            series = series.withIndex(index.year(), index.index().value(), index.index().source());
          }
          return series;
        });
  }

  private record YearIndex(Year year, PriceIndex index) {}

  // ------------------------------------------------------------------ plans

  static void writePost(AnimatorPost post, Out out) {
    out.string("postFraction", post.postFraction().toString());
    out.integer("trainings", post.trainings());
  }

  static AnimatorPost readPost(In in) {
    PostFraction fraction = in.numeric("postFraction", PostFraction::parse);
    java.util.OptionalInt trainings = in.optInteger("trainings");
    return in.build(
        () -> {
          AnimatorPost.Builder post = AnimatorPost.builder().postFraction(fraction);
          trainings.ifPresent(post::trainings);
          return post.build();
        });
  }

  static void writeContribution(PartnerContribution contribution, Out out) {
    out.string("partner", contribution.partner().value());
    out.code("kind", contribution.kind());
    out.code("covers", contribution.covers());
    out.object("amount", contribution.amount(), CostsMapping::writeMoney);
  }

  static PartnerContribution readContribution(In in) {
    PartnerId partner = in.value("partner", PartnerId::of);
    ContributionKind kind = in.code("kind", ContributionKind.class);
    CostCategory covers = in.code("covers", CostCategory.class);
    BigMoney amount = in.object("amount", CostsMapping::readMoney);
    return in.build(() -> PartnerContribution.of(partner, kind, covers, amount));
  }

  static void writePlan(BudgetPlan plan, Out out) {
    out.optString("name", plan.name());
    out.integer("months", plan.months());
    out.list("animators", "animator", plan.animators(), CostsMapping::writePost);
    out.decimal("animatorSupervisionHoursPerMonth", plan.animatorSupervisionHoursPerMonth());
    out.decimal("groupLeaderSupervisionHoursPerMonth", plan.groupLeaderSupervisionHoursPerMonth());
    out.integer("eventsPerMonth", plan.eventsPerMonth());
    out.integer("eventsPerYear", plan.eventsPerYear());
    out.integer("groups", plan.groups());
    out.integer("participants", plan.participants());
    out.list(
        "partnerContributions",
        "contribution",
        plan.partnerContributions(),
        CostsMapping::writeContribution);
  }

  static BudgetPlan readPlan(In in) {
    Optional<String> name = in.optName("name");
    int months = in.integer("months");
    ImmutableList<AnimatorPost> animators = in.list("animators", CostsMapping::readPost);
    Optional<BigDecimal> animatorHours = in.optDecimal("animatorSupervisionHoursPerMonth");
    Optional<BigDecimal> leaderHours = in.optDecimal("groupLeaderSupervisionHoursPerMonth");
    java.util.OptionalInt perMonth = in.optInteger("eventsPerMonth");
    java.util.OptionalInt perYear = in.optInteger("eventsPerYear");
    int groups = in.integer("groups");
    int participants = in.integer("participants");
    ImmutableList<PartnerContribution> contributions =
        in.list("partnerContributions", CostsMapping::readContribution);
    return in.build(
        () -> {
          BudgetPlan.Builder plan =
              BudgetPlan.builder()
                  .name(name)
                  .months(months)
                  .addAllAnimators(animators)
                  .groups(groups)
                  .participants(participants)
                  .addAllPartnerContributions(contributions);
          animatorHours.ifPresent(plan::animatorSupervisionHoursPerMonth);
          leaderHours.ifPresent(plan::groupLeaderSupervisionHoursPerMonth);
          perMonth.ifPresent(plan::eventsPerMonth);
          perYear.ifPresent(plan::eventsPerYear);
          return plan.build();
        });
  }

  /** A named plan and its prices; without {@code rateCard} the source method's 2023 card ({@link RateCard#kcs2023()}). */
  static void writeScenario(Scenario scenario, Out out) {
    out.string("name", scenario.name());
    out.object("plan", scenario.plan(), CostsMapping::writePlan);
    out.object("rateCard", scenario.rateCard(), CostsMapping::writeCard);
  }

  static Scenario readScenario(In in) {
    String name = in.name("name");
    BudgetPlan plan = in.object("plan", CostsMapping::readPlan);
    RateCard card = in.optObject("rateCard", CostsMapping::readCard).orElse(RateCard.kcs2023());
    return in.build(() -> Scenario.of(name, plan, card));
  }

  // ------------------------------------------------------------------ budgets (written only)

  static void writeBudget(Budget budget, Out out) {
    out.string("currency", budget.currency().getCode());
    out.integer("months", budget.months());
    out.list("lines", "line", budget.lines(), CostsMapping::writeLine);
    out.optObject("employerContributions", budget.employerContributions(), CostsMapping::writeLine);
    out.list("partnerLines", "partnerLine", budget.partnerLines(), CostsMapping::writePartnerLine);
    out.object("subtotal", budget.subtotal(), CostsMapping::writeRange);
    out.object("subtotalPerMonth", budget.subtotalPerMonth(), CostsMapping::writeRange);
    out.object("total", budget.total(), CostsMapping::writeRange);
    out.object("totalPerMonth", budget.totalPerMonth(), CostsMapping::writeRange);
    out.object("partnerTotal", budget.partnerTotal(), CostsMapping::writeRange);
    out.object("net", budget.net(), CostsMapping::writeRange);
    out.object("totalPerGroup", budget.totalPerGroup(), CostsMapping::writeRange);
    out.object("totalPerParticipant", budget.totalPerParticipant(), CostsMapping::writeRange);
    out.object("netPerGroup", budget.netPerGroup(), CostsMapping::writeRange);
    out.object("netPerParticipant", budget.netPerParticipant(), CostsMapping::writeRange);
    out.object("plan", budget.plan(), CostsMapping::writePlan);
    out.object("rateCard", budget.rateCard(), CostsMapping::writeCard);
  }

  static void writeLine(BudgetLine line, Out out) {
    out.code("category", line.category());
    out.string("source", line.source().id());
    out.bool("inSource", line.category().isInSource());
    out.optString("postFraction", line.postFraction().map(PostFraction::toString));
    out.object("unitCost", line.unitCost(), CostsMapping::writeRange);
    out.code("unit", line.unit());
    out.decimal("quantity", line.quantity());
    out.code("recurrence", line.recurrence());
    out.integer("periods", line.periods());
    out.object("perPeriod", line.perPeriod(), CostsMapping::writeRange);
    out.optObject("perMonth", line.perMonth(), CostsMapping::writeRange);
    out.object("total", line.total(), CostsMapping::writeRange);
  }

  static void writePartnerLine(PartnerLine line, Out out) {
    out.object("contribution", line.contribution(), CostsMapping::writeContribution);
    out.string("source", line.source().id());
    out.object("covered", line.covered(), CostsMapping::writeRange);
  }

  static void writeComparison(ScenarioComparison comparison, Out out) {
    out.string("currency", comparison.currency().getCode());
    Out.Items scenarios = out.list("scenarios", "scenario");
    for (int i = 0; i < comparison.scenarios().size(); i++) {
      Out item = scenarios.object();
      item.string("name", comparison.scenarios().get(i).name());
      item.object("budget", comparison.budgets().get(i), CostsMapping::writeBudget);
    }
  }
}
