package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.costs.CostFixtures.EUR;
import static pl.kcs.costs.CostFixtures.PLN;
import static pl.kcs.costs.CostFixtures.aPartnerPaying;
import static pl.kcs.costs.CostFixtures.aQuarterPostYear;
import static pl.kcs.costs.CostFixtures.anEmptyMonth;
import static pl.kcs.costs.CostFixtures.eur;
import static pl.kcs.costs.CostFixtures.pln;
import static pl.kcs.costs.CostFixtures.plnExactly;
import static pl.kcs.costs.CostFixtures.plnRange;
import static pl.kcs.costs.CostFixtures.theSourceCardGrossOnly;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.PostFraction;

class BudgetTest {

  private final RateCard card = RateCard.kcs2023();

  // ---- The seed's figures, exactly -------------------------------------------------------------

  @Test
  @DisplayName("KCS-COST-ANIMATOR: ¼ of a post costs PLN 1,800.00 a month")
  void should_cost_1800_a_month_for_a_quarter_post_KCS_COST_ANIMATOR() {
    Budget budget =
        Budget.of(
            anEmptyMonth().addAnimators(AnimatorPost.of(PostFraction.QUARTER, 0)).build(), card);

    assertThat(budget.rateCard()).isSameAs(card);
    assertThat(budget.plan().animators()).containsExactly(AnimatorPost.of(PostFraction.QUARTER, 0));
    BudgetLine pay = budget.lines().get(0);
    assertThat(pay.category()).isEqualTo(CostCategory.ANIMATOR_PAY);
    assertThat(pay.source().id()).isEqualTo("KCS-COST-ANIMATOR");
    assertThat(pay.perMonth()).contains(plnExactly("1800.00"));
    assertThat(roundedText(pay.perMonth().get())).isEqualTo("1800.00");
  }

  @Test
  @DisplayName("KCS-COST-ANIMATOR: ½ of a post costs PLN 3,600.00 a month")
  void should_cost_3600_a_month_for_a_half_post_KCS_COST_ANIMATOR() {
    Budget budget =
        Budget.of(anEmptyMonth().addAnimators(AnimatorPost.of(PostFraction.HALF, 0)).build(), card);

    assertThat(budget.lines().get(0).perMonth()).contains(plnExactly("3600.00"));
    assertThat(budget.subtotalPerMonth()).isEqualTo(plnExactly("3600.00"));
  }

  @Test
  @DisplayName("KCS-COST-SUPERVISION: 10 supervision hours cost 2,500.00–PLN 3,000.00")
  void should_cost_2500_to_3000_for_10_supervision_hours_KCS_COST_SUPERVISION() {
    Budget budget =
        Budget.of(anEmptyMonth().animatorSupervisionHoursPerMonth(BigDecimal.TEN).build(), card);

    BudgetLine supervision = budget.lines().get(0);
    assertThat(supervision.category()).isEqualTo(CostCategory.SUPERVISION_OF_ANIMATORS);
    assertThat(supervision.source().id()).isEqualTo("KCS-COST-SUPERVISION");
    assertThat(supervision.total()).isEqualTo(plnRange("2500.00", "3000.00"));
  }

  @Test
  @DisplayName("KCS-COST-TRAINING: 3 trainings cost 1,200.00–PLN 2,400.00")
  void should_cost_1200_to_2400_for_3_trainings_KCS_COST_TRAINING() {
    Budget budget =
        Budget.of(
            anEmptyMonth()
                .addAnimators(
                    AnimatorPost.of(PostFraction.QUARTER, 2),
                    AnimatorPost.of(PostFraction.QUARTER, 1))
                .build(),
            card);

    BudgetLine training = budget.lines().get(1);
    assertThat(training.category()).isEqualTo(CostCategory.TRAINING);
    assertThat(training.source().id()).isEqualTo("KCS-COST-TRAINING");
    assertThat(training.total()).isEqualTo(plnRange("1200.00", "2400.00"));
    assertThat(training.perMonth()).isEmpty();
  }

  @Test
  @DisplayName("KCS-COST-EVENT: 5 events cost 0.00–PLN 3,500.00")
  void should_cost_0_to_3500_for_5_events_KCS_COST_EVENT() {
    Budget budget = Budget.of(anEmptyMonth().eventsPerMonth(5).build(), card);

    BudgetLine events = budget.lines().get(0);
    assertThat(events.source().id()).isEqualTo("KCS-COST-EVENT");
    assertThat(events.total()).isEqualTo(plnRange("0.00", "3500.00"));
    assertThat(
            budget
                .table(pl.kcs.core.Language.ENGLISH, Rounding.toMinorUnit(RoundingMode.HALF_UP))
                .toText())
        .contains("0.00–3,500.00");
  }

  // ---- Lines ----------------------------------------------------------------------------------

  @Test
  void should_list_lines_in_a_fixed_order_citing_their_facts() {
    Budget budget =
        Budget.of(
            BudgetPlan.builder()
                .months(12)
                .addAnimators(
                    AnimatorPost.of(PostFraction.QUARTER, 1),
                    AnimatorPost.of(PostFraction.HALF, 1),
                    AnimatorPost.of(PostFraction.QUARTER, 0))
                .animatorSupervisionHoursPerMonth(new BigDecimal("2"))
                .groupLeaderSupervisionHoursPerMonth(new BigDecimal("1.5"))
                .eventsPerMonth(1)
                .eventsPerYear(4)
                .groups(3)
                .participants(24)
                .build(),
            card);

    assertThat(budget.lines())
        .extracting(BudgetLine::category, line -> line.source().id(), BudgetLine::recurrence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                CostCategory.ANIMATOR_PAY, "KCS-COST-ANIMATOR", Recurrence.MONTHLY),
            org.assertj.core.groups.Tuple.tuple(
                CostCategory.ANIMATOR_PAY, "KCS-COST-ANIMATOR", Recurrence.MONTHLY),
            org.assertj.core.groups.Tuple.tuple(
                CostCategory.TRAINING, "KCS-COST-TRAINING", Recurrence.ONCE),
            org.assertj.core.groups.Tuple.tuple(
                CostCategory.SUPERVISION_OF_ANIMATORS, "KCS-COST-SUPERVISION", Recurrence.MONTHLY),
            org.assertj.core.groups.Tuple.tuple(
                CostCategory.SUPERVISION_OF_GROUP_LEADERS,
                "KCS-COST-SUPERVISION",
                Recurrence.MONTHLY),
            org.assertj.core.groups.Tuple.tuple(
                CostCategory.EVENTS, "KCS-COST-EVENT", Recurrence.MONTHLY),
            org.assertj.core.groups.Tuple.tuple(
                CostCategory.EVENTS, "KCS-COST-EVENT", Recurrence.YEARLY));
    BudgetLine half = budget.lines().get(0);
    assertThat(half.postFraction()).contains(PostFraction.HALF);
    assertThat(half.quantity()).isEqualByComparingTo("1");
    BudgetLine quarters = budget.lines().get(1);
    assertThat(quarters.postFraction()).contains(PostFraction.QUARTER);
    assertThat(quarters.quantity()).isEqualByComparingTo("2");
    assertThat(quarters.unit()).isEqualTo(CostUnit.ANIMATOR_MONTH);
    assertThat(quarters.total()).isEqualTo(plnExactly("43200"));
    assertThat(budget.lines().get(4).total()).isEqualTo(plnRange("4500", "5400"));
    assertThat(budget.lines().get(6).total()).isEqualTo(plnRange("0", "2800"));
  }

  @Test
  void should_charge_yearly_events_for_every_started_year_KCS_COST_EVENT() {
    BudgetPlan plan = anEmptyMonth().eventsPerYear(6).build();

    assertThat(Budget.of(plan.withMonths(12), card).subtotal()).isEqualTo(plnRange("0", "4200"));
    assertThat(Budget.of(plan.withMonths(13), card).subtotal()).isEqualTo(plnRange("0", "8400"));
    assertThat(Budget.of(plan.withMonths(1), card).subtotal()).isEqualTo(plnRange("0", "4200"));
  }

  @Test
  void should_price_a_third_of_a_post_exactly_and_a_seventh_to_34_digits() {
    Budget third =
        Budget.of(
            anEmptyMonth().addAnimators(AnimatorPost.of(PostFraction.of(1, 3), 0)).build(), card);
    Budget seventh =
        Budget.of(
            anEmptyMonth().addAnimators(AnimatorPost.of(PostFraction.of(1, 7), 0)).build(), card);

    assertThat(third.subtotal()).isEqualTo(plnExactly("2400"));
    assertThat(seventh.subtotal().low().getAmount())
        .isEqualByComparingTo("1028.571428571428571428571428571429");
  }

  // ---- Employer cost --------------------------------------------------------------------------

  @Test
  void should_show_employer_contributions_as_a_line_of_their_own_not_in_the_gross_figures() {
    Budget budget = Budget.of(aQuarterPostYear().build(), card);

    assertThat(budget.lines())
        .noneMatch(line -> line.category() == CostCategory.EMPLOYER_CONTRIBUTIONS);
    BudgetLine employer = budget.employerContributions().orElseThrow();
    assertThat(employer.category().isInSource()).isFalse();
    assertThat(employer.source().id()).isEqualTo("KCS-COST-ANIMATOR");
    assertThat(employer.perMonth()).contains(plnExactly("368.64"));
    assertThat(employer.total()).isEqualTo(plnExactly("4423.68"));
    assertThat(budget.lines().get(0).total()).isEqualTo(plnExactly("21600"));
    assertThat(budget.total()).isEqualTo(budget.subtotal().plus(employer.total()));
    assertThat(budget.totalPerMonth())
        .isEqualTo(budget.subtotalPerMonth().plus(employer.perMonth().get()));
    assertThat(budget.costOf(CostCategory.EMPLOYER_CONTRIBUTIONS)).isEqualTo(employer.total());
  }

  @Test
  void should_have_no_employer_line_without_animators_or_contributions() {
    assertThat(Budget.of(anEmptyMonth().eventsPerMonth(1).build(), card).employerContributions())
        .isEmpty();
    assertThat(
            Budget.of(aQuarterPostYear().build(), theSourceCardGrossOnly()).employerContributions())
        .isEmpty();
  }

  @Test
  void should_leave_the_labour_fund_out_of_a_quarter_post_below_the_threshold() {
    RateCard withThreshold =
        card.withEmployerContributions(
            EmployerContributions.polishDefault().withLabourFundThreshold(pln("3490")));
    Budget budget =
        Budget.of(
            anEmptyMonth()
                .addAnimators(
                    AnimatorPost.of(PostFraction.QUARTER, 0), AnimatorPost.of(PostFraction.HALF, 0))
                .build(),
            withThreshold);

    // ¼: 1,800 × 18.03% = 324.54; ½: 3,600 × 20.48% = 737.28
    assertThat(budget.employerContributions().orElseThrow().total())
        .isEqualTo(plnExactly("1061.82"));
  }

  // ---- Partners -------------------------------------------------------------------------------

  @Test
  void should_show_partners_separately_and_subtract_them_in_the_net_line_KCS_COST_PARTNERS() {
    Budget budget =
        Budget.of(
            aQuarterPostYear()
                .eventsPerYear(6)
                .addPartnerContributions(aPartnerPaying("1000", CostCategory.EVENTS))
                .build(),
            theSourceCardGrossOnly());

    PartnerLine partner = budget.partnerLines().get(0);
    assertThat(partner.source().id()).isEqualTo("KCS-COST-PARTNERS");
    assertThat(partner.covered()).isEqualTo(plnRange("0", "1000"));
    assertThat(budget.partnerTotal()).isEqualTo(plnRange("0", "1000"));
    assertThat(budget.total())
        .isEqualTo(
            plnRange("21600", "21600")
                .plus(plnRange("400", "800"))
                .plus(plnRange("6000", "7200"))
                .plus(plnRange("0", "4200")));
    assertThat(budget.net()).isEqualTo(plnRange("28000", "32800"));
  }

  @Test
  void should_cover_the_low_end_only_as_far_as_it_goes_when_partners_share_a_category() {
    Budget budget =
        Budget.of(
            aQuarterPostYear()
                .addPartnerContributions(
                    aPartnerPaying("300", CostCategory.TRAINING),
                    PartnerContribution.of(
                        PartnerId.of("ops"),
                        ContributionKind.IN_KIND,
                        CostCategory.TRAINING,
                        pln("300")))
                .build(),
            card);

    assertThat(budget.partnerLines())
        .extracting(PartnerLine::covered)
        .containsExactly(plnRange("300", "300"), plnRange("100", "300"));
    assertThat(budget.costOf(CostCategory.TRAINING).minusCoveredPart(budget.partnerTotal()))
        .isEqualTo(plnRange("0", "200"));
  }

  @Test
  void should_reject_partners_covering_more_than_the_item_costs_KCS_COST_PARTNERS() {
    BudgetPlan plan =
        aQuarterPostYear()
            .addPartnerContributions(
                aPartnerPaying("500", CostCategory.TRAINING),
                aPartnerPaying("300.01", CostCategory.TRAINING))
            .build();

    assertThatThrownBy(() -> Budget.of(plan, card))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "partner contributions to TRAINING must not exceed what it costs at most, PLN 800.00,"
                + " were PLN 800.01");
  }

  @Test
  void should_reject_a_partner_covering_a_cost_the_plan_does_not_have() {
    BudgetPlan plan =
        aQuarterPostYear()
            .addPartnerContributions(aPartnerPaying("1", CostCategory.EVENTS))
            .build();

    assertThatThrownBy(() -> Budget.of(plan, card))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "partner contributions to EVENTS must not exceed what it costs at most, PLN 0.00, were"
                + " PLN 1");
  }

  @Test
  void should_reject_a_partner_in_another_currency_than_the_card() {
    BudgetPlan plan =
        aQuarterPostYear()
            .addPartnerContributions(
                PartnerContribution.of(
                    PartnerId.of("eu-fund"),
                    ContributionKind.MONEY,
                    CostCategory.TRAINING,
                    eur("100")))
            .build();

    assertThatThrownBy(() -> Budget.of(plan, card))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "partner contribution of eu-fund must be in the rate card's currency PLN, was EUR 100");
  }

  @Test
  void should_let_a_partner_cover_employer_contributions() {
    Budget budget =
        Budget.of(
            aQuarterPostYear()
                .addPartnerContributions(
                    aPartnerPaying("4423.68", CostCategory.EMPLOYER_CONTRIBUTIONS))
                .build(),
            card);

    assertThat(budget.net()).isEqualTo(budget.subtotal());
  }

  // ---- Per group, per participant ---------------------------------------------------------------

  @Test
  void should_divide_the_cost_by_groups_and_participants() {
    Budget budget =
        Budget.of(
            anEmptyMonth()
                .addAnimators(AnimatorPost.of(PostFraction.HALF, 0))
                .addPartnerContributions(aPartnerPaying("600", CostCategory.ANIMATOR_PAY))
                .build()
                .withGroups(3)
                .withParticipants(7),
            theSourceCardGrossOnly());

    assertThat(budget.totalPerGroup()).isEqualTo(plnExactly("1200"));
    assertThat(budget.netPerGroup()).isEqualTo(plnExactly("1000"));
    assertThat(budget.totalPerParticipant().low().getAmount())
        .isEqualByComparingTo("514.2857142857142857142857142857143");
    assertThat(budget.netPerParticipant().roundedToMinorUnit(RoundingMode.HALF_UP))
        .isEqualTo(plnExactly("428.57"));
  }

  // ---- Value ----------------------------------------------------------------------------------

  @Test
  void should_be_equal_when_plan_and_card_are() {
    BudgetPlan plan = aQuarterPostYear().build();
    new EqualsTester()
        .addEqualityGroup(
            Budget.of(plan, card), Budget.of(aQuarterPostYear().build(), RateCard.kcs2023()))
        .addEqualityGroup(Budget.of(plan, theSourceCardGrossOnly()))
        .addEqualityGroup(Budget.of(plan.withMonths(6), card))
        .testEquals();
  }

  @Test
  void should_print_a_summary_without_plan_details() {
    assertThat(Budget.of(anEmptyMonth().eventsPerMonth(1).build(), card))
        .hasToString("Budget{months=1, total=PLN 0.00–700.00, net=PLN 0.00–700.00}");
  }

  @Test
  void should_price_in_the_cards_currency() {
    RateCard euros = CostFixtures.aEuroCard();

    Budget budget = Budget.of(aQuarterPostYear().build(), euros);

    assertThat(budget.currency()).isEqualTo(EUR);
    assertThat(budget.total()).isEqualTo(CostRange.exactly(eur("14120")));
    assertThat(budget.total().currency()).isNotEqualTo(PLN);
  }

  private static String roundedText(CostRange exact) {
    return exact.roundedToMinorUnit(RoundingMode.HALF_UP).low().getAmount().toPlainString();
  }
}
