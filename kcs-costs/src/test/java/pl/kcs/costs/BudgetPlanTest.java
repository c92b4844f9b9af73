package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.costs.CostFixtures.aPartnerPaying;
import static pl.kcs.costs.CostFixtures.anEmptyMonth;
import static pl.kcs.costs.CostFixtures.eur;
import static pl.kcs.costs.CostFixtures.pln;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.PostFraction;

class BudgetPlanTest {

  @Test
  void should_default_to_no_supervision_and_no_events() {
    BudgetPlan plan = anEmptyMonth().build();

    assertThat(plan.animatorSupervisionHoursPerMonth()).isZero();
    assertThat(plan.groupLeaderSupervisionHoursPerMonth()).isZero();
    assertThat(plan.eventsPerMonth()).isZero();
    assertThat(plan.eventsPerYear()).isZero();
    assertThat(plan.animators()).isEmpty();
    assertThat(plan.partnerContributions()).isEmpty();
    assertThat(plan.trainings()).isZero();
  }

  @Test
  void should_count_the_trainings_of_all_animators_KCS_COST_TRAINING() {
    BudgetPlan plan =
        anEmptyMonth()
            .addAnimators(
                AnimatorPost.of(PostFraction.QUARTER, 2), AnimatorPost.of(PostFraction.HALF, 1))
            .build();

    assertThat(plan.trainings()).isEqualTo(3);
  }

  @Test
  void should_reject_fewer_than_one_month() {
    assertThatThrownBy(() -> anEmptyMonth().build().withMonths(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("months must be at least 1, was 0");
  }

  @Test
  void should_reject_negative_supervision_hours_KCS_COST_SUPERVISION() {
    assertThatThrownBy(
            () -> anEmptyMonth().animatorSupervisionHoursPerMonth(new BigDecimal("-0.5")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("animatorSupervisionHoursPerMonth must not be negative, was -0.5");
    assertThatThrownBy(
            () -> anEmptyMonth().groupLeaderSupervisionHoursPerMonth(new BigDecimal("-2")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("groupLeaderSupervisionHoursPerMonth must not be negative, was -2");
  }

  @Test
  void should_reject_negative_events_KCS_COST_EVENT() {
    assertThatThrownBy(() -> anEmptyMonth().eventsPerMonth(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("eventsPerMonth must not be negative, was -1");
    assertThatThrownBy(() -> anEmptyMonth().eventsPerYear(-3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("eventsPerYear must not be negative, was -3");
  }

  @Test
  void should_reject_negative_trainings_KCS_COST_TRAINING() {
    assertThatThrownBy(() -> AnimatorPost.of(PostFraction.QUARTER, -1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("trainings must not be negative, was -1");
  }

  @Test
  void should_reject_no_groups_and_fewer_participants_than_groups() {
    assertThatThrownBy(() -> anEmptyMonth().build().withGroups(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("groups must be positive, was 0");
    assertThatThrownBy(() -> anEmptyMonth().build().withGroups(3).withParticipants(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("participants must be at least the number of groups 3, was 2");
  }

  @Test
  void should_reject_partner_contributions_in_two_currencies_KCS_COST_PARTNERS() {
    assertThatThrownBy(
            () ->
                anEmptyMonth()
                    .addPartnerContributions(
                        aPartnerPaying("100", CostCategory.EVENTS),
                        PartnerContribution.of(
                            PartnerId.of("ngo-2"),
                            ContributionKind.MONEY,
                            CostCategory.EVENTS,
                            eur("100")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("partner contributions must all be in one currency, were PLN and EUR");
  }

  @Test
  void should_reject_a_partners_space_because_premises_are_outside_the_budget_KCS_COST_PARTNERS() {
    assertThatThrownBy(
            () ->
                PartnerContribution.of(
                    PartnerId.of("library"),
                    ContributionKind.SPACE,
                    CostCategory.EVENTS,
                    pln("100")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "partner contribution kind must be MONEY, IN_KIND or SPECIALISTS, was SPACE: premises"
                + " are outside the budget (KCS-S1B-PREMISES)");
  }

  @Test
  void should_reject_a_partner_contribution_of_nothing() {
    assertThatThrownBy(() -> aPartnerPaying("0", CostCategory.EVENTS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("partner contribution amount must be positive, was PLN 0");
  }

  @Test
  void should_cite_KCS_COST_PARTNERS_for_a_contribution() {
    assertThat(aPartnerPaying("10", CostCategory.TRAINING).source().id())
        .isEqualTo("KCS-COST-PARTNERS");
  }

  @Test
  void should_reject_a_blank_name() {
    assertThatThrownBy(() -> anEmptyMonth().name("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("plan name must not be blank");
  }

  @Test
  void should_be_values() {
    new EqualsTester()
        .addEqualityGroup(anEmptyMonth().build(), anEmptyMonth().build())
        .addEqualityGroup(anEmptyMonth().build().withMonths(2))
        .addEqualityGroup(
            anEmptyMonth().addAnimators(AnimatorPost.of(PostFraction.HALF, 0)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            AnimatorPost.of(PostFraction.QUARTER, 0),
            AnimatorPost.builder().postFraction(PostFraction.of(2, 8)).build())
        .addEqualityGroup(AnimatorPost.of(PostFraction.QUARTER, 1))
        .testEquals();
  }
}
