package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.costs.CostFixtures.aPartnerPaying;
import static pl.kcs.costs.CostFixtures.plnExactly;
import static pl.kcs.costs.CostFixtures.plnRange;

import com.google.common.testing.EqualsTester;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.people.PostFraction;

class ScenarioComparisonTest {

  private static final RateCard CARD = RateCard.kcs2023();

  private static BudgetPlan year(AnimatorPost... animators) {
    return BudgetPlan.builder()
        .months(12)
        .addAnimators(animators)
        .groups(2)
        .participants(20)
        .build();
  }

  @Test
  void should_compare_a_quarter_with_a_half_post_KCS_COST_ANIMATOR() {
    ScenarioComparison comparison =
        ScenarioComparison.of(
            Scenario.of("¼ etatu", year(AnimatorPost.of(PostFraction.QUARTER, 0)), CARD),
            Scenario.of("½ etatu", year(AnimatorPost.of(PostFraction.HALF, 0)), CARD));

    assertThat(comparison.scenarios())
        .extracting(Scenario::name)
        .containsExactly("¼ etatu", "½ etatu");
    assertThat(comparison.budgets())
        .extracting(budget -> budget.costOf(CostCategory.ANIMATOR_PAY))
        .containsExactly(plnExactly("21600"), plnExactly("43200"));
    assertThat(comparison.budget("½ etatu").totalPerMonth()).isEqualTo(plnExactly("4337.28"));

    CostTable table = comparison.table(Language.POLISH, Rounding.toMinorUnit(RoundingMode.HALF_UP));
    assertThat(table.columns()).containsExactly("¼ etatu", "½ etatu");
    assertThat(table.rows())
        .extracting(CostTableRow::kind)
        .containsExactly(
            RowKind.ITEM,
            RowKind.SUBTOTAL,
            RowKind.EMPLOYER_CONTRIBUTIONS,
            RowKind.TOTAL,
            RowKind.PER_MONTH,
            RowKind.PARTNER,
            RowKind.NET,
            RowKind.PER_GROUP,
            RowKind.PER_PARTICIPANT);
    assertThat(table.rows().get(0).label()).isEqualTo("Praca animatorów");
    assertThat(table.rows().get(0).source().map(Object::toString)).contains("KCS-COST-ANIMATOR");
    assertThat(table.rows().get(0).cells())
        .containsExactly(Optional.of(plnExactly("21600")), Optional.of(plnExactly("43200")));
    assertThat(table.toText())
        .contains("Porównanie scenariuszy KCS, PLN")
        .contains("KCS-COST-ANIMATOR  21 600,00  43 200,00")
        .contains(
            "* ¼ etatu: 12 miesięcy, ceny z 2023 r. („KCS”), animatorzy (etat): ¼, grupy: 2, uczestnicy: 20.");
  }

  @Test
  void should_compare_one_animator_with_two_and_with_and_without_a_partner_KCS_COST_PARTNERS() {
    BudgetPlan one = year(AnimatorPost.of(PostFraction.QUARTER, 1));
    BudgetPlan two =
        year(AnimatorPost.of(PostFraction.QUARTER, 1), AnimatorPost.of(PostFraction.QUARTER, 1));
    BudgetPlan twoWithPartner =
        two.withPartnerContributions(aPartnerPaying("800", CostCategory.TRAINING));

    ScenarioComparison comparison =
        ScenarioComparison.of(
            List.of(
                Scenario.of("one", one, CARD),
                Scenario.of("two", two, CARD),
                Scenario.of("two + partner", twoWithPartner, CARD)));

    CostTable table = comparison.table(Language.ENGLISH, Rounding.exact());
    CostTableRow training = table.rows().get(1);
    assertThat(training.label()).isEqualTo("Animator training");
    assertThat(training.cells())
        .containsExactly(
            Optional.of(plnRange("400", "800")),
            Optional.of(plnRange("800", "1600")),
            Optional.of(plnRange("800", "1600")));
    CostTableRow partners = row(table, RowKind.PARTNER);
    assertThat(partners.cells())
        .containsExactly(
            Optional.of(plnExactly("0")),
            Optional.of(plnExactly("0")),
            Optional.of(plnExactly("800")));
    CostTableRow net = row(table, RowKind.NET);
    assertThat(net.cells().get(2).orElseThrow())
        .isEqualTo(comparison.budget("two").net().minusCoveredPart(plnExactly("800")));
    assertThat(table.toText())
        .contains("KCS scenarios compared, PLN")
        .contains("* two + partner: 12 months");
  }

  @Test
  void should_compare_2023_prices_with_2024_prices() {
    BudgetPlan plan = year(AnimatorPost.of(PostFraction.QUARTER, 0));
    ScenarioComparison comparison =
        ScenarioComparison.of(
            Scenario.of("2023", plan, CARD),
            Scenario.of("2024", plan, CARD.indexedTo(Year.of(2024), PriceIndexSeries.polishCpi())));

    assertThat(comparison.budget("2024").subtotal())
        .isEqualTo(
            comparison.budget("2023").subtotal().multipliedBy(new java.math.BigDecimal("1.036")));
  }

  @Test
  void should_reject_no_scenarios_duplicate_names_and_mixed_currencies() {
    BudgetPlan plan = year(AnimatorPost.of(PostFraction.QUARTER, 0));
    RateCard euros = CostFixtures.aEuroCard();

    assertThatThrownBy(() -> ScenarioComparison.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenarios must not be empty");
    assertThatThrownBy(
            () -> ScenarioComparison.of(Scenario.of("a", plan, CARD), Scenario.of("a", plan, CARD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario names must be distinct; a name appears twice (not repeated)");
    assertThatThrownBy(
            () ->
                ScenarioComparison.of(Scenario.of("a", plan, CARD), Scenario.of("b", plan, euros)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenarios must all price in one currency, were PLN and EUR (scenario 'b')");
    assertThatThrownBy(() -> ScenarioComparison.of(Scenario.of("a", plan, CARD)).budget("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no scenario has the name asked for; the name is not repeated");
    assertThatThrownBy(() -> Scenario.of(" ", plan, CARD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("scenario name must not be blank");
  }

  @Test
  void should_be_values() {
    BudgetPlan plan = year(AnimatorPost.of(PostFraction.QUARTER, 0));
    new EqualsTester()
        .addEqualityGroup(
            ScenarioComparison.of(Scenario.of("a", plan, CARD)),
            ScenarioComparison.of(Scenario.of("a", plan, RateCard.kcs2023())))
        .addEqualityGroup(ScenarioComparison.of(Scenario.of("b", plan, CARD)))
        .testEquals();
  }

  private static CostTableRow row(CostTable table, RowKind kind) {
    return table.rows().stream().filter(row -> row.kind() == kind).findFirst().orElseThrow();
  }
}
