package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.costs.CostFixtures.PLN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.people.PostFraction;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

/**
 * The invariants of budgets over many generated plans and cards (KCS-COST-ANIMATOR,
 * KCS-COST-TRAINING, KCS-COST-SUPERVISION, KCS-COST-EVENT, KCS-COST-PARTNERS).
 */
class BudgetPropertiesTest {

  private static final Gen<CostGens.Pair<BudgetPlan, RateCard>> PLANS_AND_CARDS =
      random -> {
        RateCard card =
            random.nextInt(3) == 0 ? RateCard.kcs2023() : CostGens.rateCards().next(random);
        BudgetPlan plan =
            random.nextBoolean()
                ? CostGens.plansWithoutPartners().next(random)
                : CostGens.plansWithPartners(card).next(random);
        return new CostGens.Pair<>(plan, card);
      };

  /** Ways to plan more of something, each a cost the source method names. */
  private static List<UnaryOperator<BudgetPlan>> more(SplittableRandom random) {
    List<UnaryOperator<BudgetPlan>> more = new ArrayList<>();
    // KCS-COST-ANIMATOR: one more animator, or a larger post for one of them
    more.add(
        plan ->
            plan.withAnimators(
                append(
                    plan.animators(), AnimatorPost.of(CostGens.postFractions().next(random), 0))));
    more.add(
        plan -> {
          if (plan.animators().isEmpty()) {
            return plan;
          }
          List<AnimatorPost> animators = new ArrayList<>(plan.animators());
          int i = random.nextInt(animators.size());
          animators.set(i, animators.get(i).withPostFraction(PostFraction.FULL));
          return plan.withAnimators(animators);
        });
    // KCS-COST-TRAINING: one more training
    more.add(
        plan ->
            plan.withAnimators(
                append(
                    plan.animators(),
                    AnimatorPost.of(PostFraction.QUARTER, 1 + random.nextInt(3)))));
    // KCS-COST-SUPERVISION: more hours for animators or group leaders
    more.add(
        plan ->
            plan.withAnimatorSupervisionHoursPerMonth(
                plan.animatorSupervisionHoursPerMonth().add(new BigDecimal("0.5"))));
    more.add(
        plan ->
            plan.withGroupLeaderSupervisionHoursPerMonth(
                plan.groupLeaderSupervisionHoursPerMonth().add(BigDecimal.ONE)));
    // KCS-COST-EVENT: more events a month or a year
    more.add(plan -> plan.withEventsPerMonth(plan.eventsPerMonth() + 1));
    more.add(plan -> plan.withEventsPerYear(plan.eventsPerYear() + 1));
    // more months
    more.add(plan -> plan.withMonths(plan.months() + 1 + random.nextInt(12)));
    return more;
  }

  @Test
  void should_never_cost_less_for_more_of_anything() {
    Property.check()
        .forAllWithRandom(
            PLANS_AND_CARDS,
            (pair, random) -> {
              BudgetPlan plan = pair.first().withPartnerContributions();
              Budget before = Budget.of(plan, pair.second());
              for (UnaryOperator<BudgetPlan> more : more(random)) {
                Budget after = Budget.of(more.apply(plan), pair.second());
                assertThat(after.subtotal().isAtLeast(before.subtotal()))
                    .as("subtotal %s after %s", after.subtotal(), before.subtotal())
                    .isTrue();
                assertThat(after.total().isAtLeast(before.total()))
                    .as("total %s after %s", after.total(), before.total())
                    .isTrue();
              }
            });
  }

  /**
   * The other side of {@link #should_never_cost_less_for_more_of_anything}, which a budget that
   * ignored its plan would pass: on the 2023 card, whose every rate is positive, more of anything
   * the card prices costs more.
   */
  @Test
  void should_cost_more_for_more_of_anything_the_card_prices() {
    RateCard card = RateCard.kcs2023();
    List<UnaryOperator<BudgetPlan>> strictlyMore =
        List.of(
            // KCS-COST-ANIMATOR: one more animator on a quarter post
            plan ->
                plan.withAnimators(
                    append(plan.animators(), AnimatorPost.of(PostFraction.QUARTER, 0))),
            // KCS-COST-TRAINING: one more training for a new animator
            plan ->
                plan.withAnimators(
                    append(plan.animators(), AnimatorPost.of(PostFraction.QUARTER, 1))),
            // KCS-COST-SUPERVISION: half an hour more for animators, an hour more for group leaders
            plan ->
                plan.withAnimatorSupervisionHoursPerMonth(
                    plan.animatorSupervisionHoursPerMonth().add(new BigDecimal("0.5"))),
            plan ->
                plan.withGroupLeaderSupervisionHoursPerMonth(
                    plan.groupLeaderSupervisionHoursPerMonth().add(BigDecimal.ONE)),
            // KCS-COST-EVENT: one more event a month or a year
            plan -> plan.withEventsPerMonth(plan.eventsPerMonth() + 1),
            plan -> plan.withEventsPerYear(plan.eventsPerYear() + 1));
    Property.check()
        .trials(100)
        .forAll(
            CostGens.plansWithoutPartners(),
            plan -> {
              Budget before = Budget.of(plan, card);
              for (UnaryOperator<BudgetPlan> more : strictlyMore) {
                Budget after = Budget.of(more.apply(plan), card);
                assertThat(after.subtotal().high().isGreaterThan(before.subtotal().high()))
                    .as("subtotal %s after %s", after.subtotal(), before.subtotal())
                    .isTrue();
                assertThat(after.total().high().isGreaterThan(before.total().high()))
                    .as("total %s after %s", after.total(), before.total())
                    .isTrue();
              }
            });
  }

  @Test
  void should_never_cost_less_at_higher_rates() {
    Property.check()
        .forAll(
            PLANS_AND_CARDS,
            pair -> {
              BudgetPlan plan = pair.first().withPartnerContributions();
              RateCard card = pair.second();
              Budget before = Budget.of(plan, card);
              BigDecimal raise = new BigDecimal("1.25");
              for (RateCard dearer :
                  List.of(
                      card.withAnimatorPayPerFullPost(
                          card.animatorPayPerFullPost().multipliedBy(raise)),
                      card.withTrainingPerAnimator(card.trainingPerAnimator().multipliedBy(raise)),
                      card.withSupervisionPerHour(card.supervisionPerHour().multipliedBy(raise)),
                      card.withEventEach(card.eventEach().multipliedBy(raise)))) {
                assertThat(Budget.of(plan, dearer).total().isAtLeast(before.total())).isTrue();
              }
            });
  }

  /**
   * The other side of {@link #should_never_cost_less_at_higher_rates}: a raise of a rate the plan
   * uses raises the total (KCS-COST-ANIMATOR, KCS-COST-SUPERVISION, KCS-COST-EVENT).
   */
  @Test
  void should_cost_more_at_a_higher_rate_the_plan_uses() {
    RateCard card = RateCard.kcs2023();
    BigDecimal raise = new BigDecimal("1.25");
    Property.check()
        .trials(100)
        .forAll(
            CostGens.plansWithoutPartners(),
            plan -> {
              Budget before = Budget.of(plan, card);
              if (!plan.animators().isEmpty()) {
                RateCard dearerPay =
                    card.withAnimatorPayPerFullPost(
                        card.animatorPayPerFullPost().multipliedBy(raise));
                assertThat(
                        Budget.of(plan, dearerPay)
                            .total()
                            .high()
                            .isGreaterThan(before.total().high()))
                    .isTrue();
              }
              if (plan.animatorSupervisionHoursPerMonth().signum() > 0) {
                RateCard dearerSupervision =
                    card.withSupervisionPerHour(card.supervisionPerHour().multipliedBy(raise));
                assertThat(
                        Budget.of(plan, dearerSupervision)
                            .total()
                            .high()
                            .isGreaterThan(before.total().high()))
                    .isTrue();
              }
              if (plan.eventsPerMonth() > 0) {
                RateCard dearerEvents = card.withEventEach(card.eventEach().multipliedBy(raise));
                assertThat(
                        Budget.of(plan, dearerEvents)
                            .total()
                            .high()
                            .isGreaterThan(before.total().high()))
                    .isTrue();
              }
            });
  }

  @Test
  void should_never_cost_more_per_participant_with_more_participants() {
    Property.check()
        .forAll(
            PLANS_AND_CARDS,
            pair -> {
              Budget budget = Budget.of(pair.first(), pair.second());
              Budget more =
                  Budget.of(
                      pair.first().withParticipants(pair.first().participants() + 1),
                      pair.second());
              assertThat(more.netPerParticipant().isAtMost(budget.netPerParticipant())).isTrue();
              assertThat(more.total()).isEqualTo(budget.total());
            });
  }

  /**
   * The other side of {@link #should_never_cost_more_per_participant_with_more_participants}: when
   * the budget costs anything, one more participant lowers the net cost per participant.
   */
  @Test
  void should_cost_less_per_participant_with_more_participants_when_anything_costs() {
    Property.check()
        .forAll(
            PLANS_AND_CARDS,
            pair -> {
              Budget budget = Budget.of(pair.first(), pair.second());
              Budget more =
                  Budget.of(
                      pair.first().withParticipants(pair.first().participants() + 1),
                      pair.second());
              if (budget.net().high().isPositive()) {
                assertThat(
                        more.netPerParticipant()
                            .high()
                            .isLessThan(budget.netPerParticipant().high()))
                    .as("%s after %s", more.netPerParticipant(), budget.netPerParticipant())
                    .isTrue();
              }
            });
  }

  @Test
  void should_keep_low_at_most_high_everywhere() {
    Property.check()
        .forAll(
            PLANS_AND_CARDS,
            pair -> {
              Budget budget = Budget.of(pair.first(), pair.second());
              List<CostRange> figures = new ArrayList<>();
              for (BudgetLine line : budget.allLines()) {
                figures.add(line.unitCost());
                figures.add(line.perPeriod());
                figures.add(line.total());
                line.perMonth().ifPresent(figures::add);
              }
              budget.partnerLines().forEach(partner -> figures.add(partner.covered()));
              figures.addAll(
                  List.of(
                      budget.subtotal(),
                      budget.subtotalPerMonth(),
                      budget.total(),
                      budget.totalPerMonth(),
                      budget.partnerTotal(),
                      budget.net(),
                      budget.totalPerGroup(),
                      budget.totalPerParticipant(),
                      budget.netPerGroup(),
                      budget.netPerParticipant()));
              CostTable table =
                  budget.table(Language.ENGLISH, Rounding.toMinorUnit(RoundingMode.HALF_UP));
              table
                  .rows()
                  .forEach(row -> row.cells().forEach(cell -> cell.ifPresent(figures::add)));
              for (CostRange figure : figures) {
                assertThat(figure.low().isLessThanOrEqual(figure.high())).as("%s", figure).isTrue();
                assertThat(figure.low().isNegative()).as("%s", figure).isFalse();
              }
            });
  }

  @Test
  void should_add_line_items_up_to_the_totals_exactly() {
    Property.check()
        .forAll(
            PLANS_AND_CARDS,
            pair -> {
              Budget budget = Budget.of(pair.first(), pair.second());
              CostRange lines = CostRange.zero(PLN);
              CostRange perMonth = CostRange.zero(PLN);
              for (BudgetLine line : budget.lines()) {
                lines = lines.plus(line.total());
                perMonth = perMonth.plus(line.perMonth().orElse(CostRange.zero(PLN)));
                assertThat(line.total())
                    .isEqualTo(
                        line.unitCost().multipliedBy(line.quantity()).multipliedBy(line.periods()));
              }
              assertThat(budget.subtotal()).isEqualTo(lines);
              assertThat(budget.subtotalPerMonth()).isEqualTo(perMonth);
              CostRange employer =
                  budget.employerContributions().map(BudgetLine::total).orElse(CostRange.zero(PLN));
              assertThat(budget.total()).isEqualTo(lines.plus(employer));
              CostRange byCategory = CostRange.zero(PLN);
              for (CostCategory category : CostCategory.values()) {
                byCategory = byCategory.plus(budget.costOf(category));
              }
              assertThat(byCategory).isEqualTo(budget.total());
              CostRange partners = CostRange.zero(PLN);
              for (PartnerLine partner : budget.partnerLines()) {
                partners = partners.plus(partner.covered());
              }
              assertThat(budget.partnerTotal()).isEqualTo(partners);
              assertThat(budget.net().plus(budget.partnerTotal())).isEqualTo(budget.total());
              // An exact table carries the same figures.
              CostTable exact = budget.table(Language.POLISH, Rounding.exact());
              CostRange items = CostRange.zero(PLN);
              for (CostTableRow row : exact.rows()) {
                if (row.kind() == RowKind.ITEM || row.kind() == RowKind.EMPLOYER_CONTRIBUTIONS) {
                  items = items.plus(row.cells().get(2).orElseThrow());
                }
                if (row.kind() == RowKind.TOTAL) {
                  assertThat(row.cells().get(2)).contains(items);
                }
              }
            });
  }

  @Test
  void should_make_an_n_month_budget_equal_to_n_one_month_budgets() {
    Property.check()
        .forAll(
            PLANS_AND_CARDS,
            pair -> {
              BudgetPlan plan = pair.first().withPartnerContributions();
              RateCard card = pair.second();
              int n = plan.months();
              Budget whole = Budget.of(plan, card);
              Budget oneMonth = Budget.of(plan.withMonths(1), card);
              CostRange sumOfMonths = CostRange.zero(PLN);
              for (int month = 0; month < n; month++) {
                sumOfMonths = sumOfMonths.plus(recurring(oneMonth, Recurrence.MONTHLY));
              }
              assertThat(recurring(whole, Recurrence.MONTHLY)).isEqualTo(sumOfMonths);
              assertThat(whole.totalPerMonth()).isEqualTo(oneMonth.totalPerMonth());
              assertThat(recurring(whole, Recurrence.ONCE))
                  .isEqualTo(recurring(oneMonth, Recurrence.ONCE));
              assertThat(recurring(whole, Recurrence.YEARLY))
                  .isEqualTo(
                      recurring(oneMonth, Recurrence.YEARLY)
                          .multipliedBy(Recurrence.YEARLY.periodsIn(n)));
              // Without one-off or yearly costs, the whole budget is n one-month budgets.
              BudgetPlan monthlyOnly = onlyMonthly(plan);
              CostRange months = CostRange.zero(PLN);
              Budget single = Budget.of(monthlyOnly.withMonths(1), card);
              for (int month = 0; month < n; month++) {
                months = months.plus(single.total());
              }
              assertThat(Budget.of(monthlyOnly, card).total()).isEqualTo(months);
            });
  }

  @Test
  void should_change_nothing_when_indexed_by_a_series_of_ones() {
    PriceIndexSeries flat = PriceIndexSeries.of("flat");
    for (int year = 2019; year <= 2031; year++) {
      flat = flat.withIndex(Year.of(year), new BigDecimal("100"), "test: factor 1.0");
    }
    PriceIndexSeries ones = flat;
    Property.check()
        .forAll(
            PLANS_AND_CARDS,
            pair -> {
              RateCard card = pair.second();
              Budget original = Budget.of(pair.first(), card);
              Budget indexed = Budget.of(pair.first(), card.indexedTo(Year.of(2031), ones));
              assertThat(indexed.allLines()).isEqualTo(original.allLines());
              assertThat(indexed.partnerLines()).isEqualTo(original.partnerLines());
              assertThat(indexed.total()).isEqualTo(original.total());
              assertThat(indexed.net()).isEqualTo(original.net());
              assertThat(indexed.table(Language.ENGLISH, Rounding.exact()).rows())
                  .isEqualTo(original.table(Language.ENGLISH, Rounding.exact()).rows());
            });
  }

  @Test
  void should_lose_nothing_in_a_csv_round_trip_of_any_table() {
    Property.check()
        .forAll(
            CostGens.tables(),
            table -> assertThat(CostTable.parseCsv(table.toCsv())).isEqualTo(table));
  }

  @Test
  void should_lose_nothing_in_a_csv_round_trip_of_a_budget_exact_or_rounded() {
    Property.check()
        .forAllWithRandom(
            PLANS_AND_CARDS,
            (pair, random) -> {
              Budget budget = Budget.of(pair.first(), pair.second());
              Language language = random.nextBoolean() ? Language.POLISH : Language.ENGLISH;
              for (Rounding rounding :
                  List.of(Rounding.exact(), Rounding.toMinorUnit(RoundingMode.HALF_UP))) {
                CostTable table = budget.table(language, rounding);
                assertThat(CostTable.parseCsv(table.toCsv())).isEqualTo(table);
              }
            });
  }

  @Test
  void should_lose_nothing_in_a_csv_round_trip_of_a_comparison() {
    Property.check()
        .trials(100)
        .forAll(
            CostGens.pairs(PLANS_AND_CARDS, PLANS_AND_CARDS),
            pairs -> {
              ScenarioComparison comparison =
                  ScenarioComparison.of(
                      Scenario.of("A, \"first\"", pairs.first().first(), pairs.first().second()),
                      Scenario.of("B", pairs.second().first(), pairs.second().second()));
              CostTable table = comparison.table(Language.POLISH, Rounding.exact());
              assertThat(CostTable.parseCsv(table.toCsv())).isEqualTo(table);
            });
  }

  private static CostRange recurring(Budget budget, Recurrence recurrence) {
    CostRange sum = CostRange.zero(PLN);
    for (BudgetLine line : budget.allLines()) {
      if (line.recurrence() == recurrence) {
        sum = sum.plus(line.total());
      }
    }
    return sum;
  }

  private static BudgetPlan onlyMonthly(BudgetPlan plan) {
    List<AnimatorPost> untrained = new ArrayList<>();
    for (AnimatorPost animator : plan.animators()) {
      untrained.add(animator.withTrainings(0));
    }
    return plan.withAnimators(untrained).withEventsPerYear(0);
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }
}
