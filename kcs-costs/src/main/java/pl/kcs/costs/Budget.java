package pl.kcs.costs;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.Language;
import pl.kcs.core.people.PostFraction;

/**
 * What a {@link BudgetPlan} costs at the prices of a {@link RateCard}: exact line items, each a
 * {@link CostRange} per month (for monthly lines) and in total, each citing its fact.
 *
 * <p>The lines, in this order: animator pay, one line per post fraction (KCS-COST-ANIMATOR);
 * trainings (KCS-COST-TRAINING); supervision of animators and of group leaders
 * (KCS-COST-SUPERVISION); events a month and events a year (KCS-COST-EVENT). Their sum is the
 * {@link #subtotal()}, the source method's gross figures. The employer's contributions on the
 * animators' pay are a line of their own ({@link #employerContributions()}, not in the source
 * method), added in {@link #total()}. What partners cover is shown per contribution ({@link
 * #partnerLines()}) and subtracted in {@link #net()} (KCS-COST-PARTNERS). Premises are never in
 * a budget: the source counts its costs beyond the premises the host provides
 * (KCS-S1B-PREMISES), and every {@link #table table} of a budget says so.
 *
 * <p>Nothing is rounded: the lines add up to the subtotal exactly, and an n-month budget's monthly
 * lines are exactly n times a one-month budget's. Round once, at the edge, with {@link
 * #table(Language, Rounding)}.
 *
 * <p>Immutable and thread-safe. Two budgets are equal when their plans and cards are.
 */
public final class Budget {

  private final BudgetPlan plan;
  private final RateCard rateCard;
  private final ImmutableList<BudgetLine> lines;
  private final Optional<BudgetLine> employerContributions;
  private final ImmutableList<BudgetLine> allLines;
  private final ImmutableList<PartnerLine> partnerLines;
  private final CostRange subtotal;
  private final CostRange subtotalPerMonth;
  private final CostRange total;
  private final CostRange totalPerMonth;
  private final CostRange partnerTotal;

  private Budget(BudgetPlan plan, RateCard rateCard) {
    CurrencyUnit currency = rateCard.currency();
    this.plan = plan;
    this.rateCard = rateCard;
    this.lines = sourceLines(plan, rateCard);
    this.employerContributions = employerLine(lines, rateCard, plan.months());
    this.allLines =
        employerContributions
            .map(line -> ImmutableList.<BudgetLine>builder().addAll(lines).add(line).build())
            .orElse(lines);
    this.subtotal = CostRange.total(currency, Lists.transform(lines, BudgetLine::total));
    this.subtotalPerMonth = perMonth(currency, lines);
    this.total = CostRange.total(currency, Lists.transform(allLines, BudgetLine::total));
    this.totalPerMonth = perMonth(currency, allLines);
    this.partnerLines = partnerLines(plan, currency, this::costOf);
    this.partnerTotal =
        CostRange.total(currency, Lists.transform(partnerLines, PartnerLine::covered));
  }

  /**
   * The budget of {@code plan} at the prices of {@code card}.
   *
   * @throws IllegalArgumentException if a partner contribution is not in the card's currency, or
   *     the partner contributions to a category exceed what it costs at most
   */
  public static Budget of(BudgetPlan plan, RateCard card) {
    requireNonNull(plan, "plan");
    requireNonNull(card, "card");
    return new Budget(plan, card);
  }

  /** The plan. */
  public BudgetPlan plan() {
    return plan;
  }

  /** The prices. */
  public RateCard rateCard() {
    return rateCard;
  }

  /** The currency of every figure: the card's. */
  public CurrencyUnit currency() {
    return rateCard.currency();
  }

  /** The plan's months. */
  public int months() {
    return plan.months();
  }

  /** The lines of the source method's costs, gross, in the order of the class comment. */
  public ImmutableList<BudgetLine> lines() {
    return lines;
  }

  /**
   * The employer's contributions on the animators' gross pay, a monthly line of its own; empty when
   * the card charges none or the plan has no animators. Not in the source method.
   */
  public Optional<BudgetLine> employerContributions() {
    return employerContributions;
  }

  /** What each partner contribution covers, in the plan's order (KCS-COST-PARTNERS). */
  public ImmutableList<PartnerLine> partnerLines() {
    return partnerLines;
  }

  /** The sum of {@link #lines()}: the source method's costs, gross. */
  public CostRange subtotal() {
    return subtotal;
  }

  /** What the monthly lines of {@link #lines()} cost each month. */
  public CostRange subtotalPerMonth() {
    return subtotalPerMonth;
  }

  /** The subtotal plus the employer's contributions. */
  public CostRange total() {
    return total;
  }

  /** What the monthly lines, employer's contributions included, cost each month. */
  public CostRange totalPerMonth() {
    return totalPerMonth;
  }

  /**
   * What the lines of {@code category} cost together, employer's contributions included for {@link
   * CostCategory#EMPLOYER_CONTRIBUTIONS}; zero if the budget has none.
   */
  public CostRange costOf(CostCategory category) {
    requireNonNull(category, "category");
    CostRange cost = CostRange.zero(currency());
    for (BudgetLine line : allLines()) {
      if (line.category() == category) {
        cost = cost.plus(line.total());
      }
    }
    return cost;
  }

  /** What partners cover together (KCS-COST-PARTNERS). */
  public CostRange partnerTotal() {
    return partnerTotal;
  }

  /** The total less what partners cover: what the host and its funders must pay (KCS-COST-PARTNERS). */
  public CostRange net() {
    return total.minusCoveredPart(partnerTotal);
  }

  /** The total over the number of groups. */
  public CostRange totalPerGroup() {
    return total.dividedBy(plan.groups(), CostRange.QUOTIENT_CONTEXT);
  }

  /** The total over the number of participants. */
  public CostRange totalPerParticipant() {
    return total.dividedBy(plan.participants(), CostRange.QUOTIENT_CONTEXT);
  }

  /** The net cost over the number of groups. */
  public CostRange netPerGroup() {
    return net().dividedBy(plan.groups(), CostRange.QUOTIENT_CONTEXT);
  }

  /** The net cost over the number of participants. */
  public CostRange netPerParticipant() {
    return net().dividedBy(plan.participants(), CostRange.QUOTIENT_CONTEXT);
  }

  /**
   * The budget as a table in {@code language}: a row per line with its rate, cost per month and
   * total; the subtotal, the employer's contributions and the total; each partner contribution; the
   * net cost, per group and per participant; and notes on what the figures rest on — premises
   * excluded, the animator-pay reading, the employer's rates, the re-pricing, the rounding.
   * Every figure is rounded once, from its exact value, by {@code rounding}.
   */
  public CostTable table(Language language, Rounding rounding) {
    requireNonNull(language, "language");
    requireNonNull(rounding, "rounding");
    return BudgetTables.budget(this, language, rounding);
  }

  /** The source lines followed by the employer's contributions, if any. */
  ImmutableList<BudgetLine> allLines() {
    return allLines;
  }

  /** The post fractions of the plan's animators, largest first, with how many animators have each. */
  static Map<PostFraction, Integer> animatorsByFraction(BudgetPlan plan) {
    Map<PostFraction, Integer> counts = new TreeMap<>((a, b) -> b.compareTo(a));
    for (AnimatorPost animator : plan.animators()) {
      counts.merge(animator.postFraction(), 1, Integer::sum);
    }
    return counts;
  }

  private static ImmutableList<BudgetLine> sourceLines(BudgetPlan plan, RateCard card) {
    int months = plan.months();
    ImmutableList.Builder<BudgetLine> lines = ImmutableList.builder();
    for (Map.Entry<PostFraction, Integer> group : animatorsByFraction(plan).entrySet()) {
      lines.add(
          line(CostCategory.ANIMATOR_PAY, card.animatorMonthlyPay(group.getKey()))
              .postFraction(group.getKey())
              .unit(CostUnit.ANIMATOR_MONTH)
              .quantity(BigDecimal.valueOf(group.getValue()))
              .recurrence(Recurrence.MONTHLY)
              .periods(months)
              .build());
    }
    if (plan.trainings() > 0) {
      lines.add(
          line(CostCategory.TRAINING, card.trainingPerAnimator())
              .unit(CostUnit.TRAINING)
              .quantity(BigDecimal.valueOf(plan.trainings()))
              .recurrence(Recurrence.ONCE)
              .periods(Recurrence.ONCE.periodsIn(months))
              .build());
    }
    addSupervision(
        lines,
        CostCategory.SUPERVISION_OF_ANIMATORS,
        plan.animatorSupervisionHoursPerMonth(),
        plan,
        card);
    addSupervision(
        lines,
        CostCategory.SUPERVISION_OF_GROUP_LEADERS,
        plan.groupLeaderSupervisionHoursPerMonth(),
        plan,
        card);
    addEvents(lines, plan.eventsPerMonth(), Recurrence.MONTHLY, plan, card);
    addEvents(lines, plan.eventsPerYear(), Recurrence.YEARLY, plan, card);
    return lines.build();
  }

  private static void addSupervision(
      ImmutableList.Builder<BudgetLine> lines,
      CostCategory category,
      BigDecimal hoursPerMonth,
      BudgetPlan plan,
      RateCard card) {
    if (hoursPerMonth.signum() > 0) {
      lines.add(
          line(category, card.supervisionPerHour())
              .unit(CostUnit.HOUR)
              .quantity(hoursPerMonth)
              .recurrence(Recurrence.MONTHLY)
              .periods(plan.months())
              .build());
    }
  }

  private static void addEvents(
      ImmutableList.Builder<BudgetLine> lines,
      int events,
      Recurrence recurrence,
      BudgetPlan plan,
      RateCard card) {
    if (events > 0) {
      lines.add(
          line(CostCategory.EVENTS, card.eventEach())
              .unit(CostUnit.EVENT)
              .quantity(BigDecimal.valueOf(events))
              .recurrence(recurrence)
              .periods(recurrence.periodsIn(plan.months()))
              .build());
    }
  }

  private static ImmutableBudgetLine.Builder line(CostCategory category, CostRange unitCost) {
    return ImmutableBudgetLine.builder().category(category).unitCost(unitCost);
  }

  /** The contributions on the pay of the animator-pay lines among {@code lines}, if any. */
  private static Optional<BudgetLine> employerLine(
      List<BudgetLine> lines, RateCard card, int months) {
    EmployerContributions contributions = card.employerContributions();
    CostRange perMonth = CostRange.zero(card.currency());
    boolean anyPay = false;
    for (BudgetLine line : lines) {
      if (line.category() == CostCategory.ANIMATOR_PAY) {
        anyPay = true;
        perMonth =
            perMonth.plus(
                contributions.contributionOn(line.unitCost()).multipliedBy(line.quantity()));
      }
    }
    if (contributions.isNone() || !anyPay) {
      return Optional.empty();
    }
    return Optional.of(
        line(CostCategory.EMPLOYER_CONTRIBUTIONS, perMonth)
            .unit(CostUnit.MONTH)
            .quantity(BigDecimal.ONE)
            .recurrence(Recurrence.MONTHLY)
            .periods(months)
            .build());
  }

  private static CostRange perMonth(CurrencyUnit currency, List<BudgetLine> lines) {
    CostRange perMonth = CostRange.zero(currency);
    for (BudgetLine line : lines) {
      if (line.recurrence() == Recurrence.MONTHLY) {
        perMonth = perMonth.plus(line.perPeriod());
      }
    }
    return perMonth;
  }

  private static ImmutableList<PartnerLine> partnerLines(
      BudgetPlan plan, CurrencyUnit currency, Function<CostCategory, CostRange> costOf) {
    List<PartnerLine> covered = new ArrayList<>();
    Map<CostCategory, BigMoney> lowLeft = new TreeMap<>();
    Map<CostCategory, BigMoney> declared = new TreeMap<>();
    for (PartnerContribution contribution : plan.partnerContributions()) {
      BigMoney amount = contribution.amount();
      if (!amount.getCurrencyUnit().equals(currency)) {
        throw new IllegalArgumentException(
            "partner contribution of "
                + contribution.partner()
                + " must be in the rate card's currency "
                + currency
                + ", was "
                + amount);
      }
      CostCategory category = contribution.covers();
      CostRange cost = costOf.apply(category);
      BigMoney declaredSum = declared.getOrDefault(category, BigMoney.zero(currency)).plus(amount);
      if (declaredSum.isGreaterThan(cost.high())) {
        throw new IllegalArgumentException(
            "partner contributions to "
                + category
                + " must not exceed what it costs at most, "
                + cost.high()
                + ", were "
                + declaredSum);
      }
      declared.put(category, declaredSum);
      BigMoney left = lowLeft.getOrDefault(category, cost.low());
      BigMoney coveredLow = amount.isLessThan(left) ? amount : left;
      lowLeft.put(category, left.minus(coveredLow));
      covered.add(PartnerLine.of(contribution, CostRange.of(coveredLow, amount)));
    }
    return ImmutableList.copyOf(covered);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Budget)) {
      return false;
    }
    Budget that = (Budget) other;
    return plan.equals(that.plan) && rateCard.equals(that.rateCard);
  }

  @Override
  public int hashCode() {
    return plan.hashCode() * 31 + rateCard.hashCode();
  }

  /** A summary: months, total and net; no plan details. */
  @Override
  public String toString() {
    return "Budget{months=" + months() + ", total=" + total + ", net=" + net() + "}";
  }
}
