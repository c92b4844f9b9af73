package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.wording.Wording;

/**
 * kcs-costs' labels follow docs/glossary.md; every quantity agrees with its noun for counts
 * 0–{@value Wording#MAX_COUNT} in both languages; money reads as money.
 */
class BundleWordingTest {

  @Test
  void the_labels_use_no_term_the_glossary_forbids() {
    assertThat(Wording.forbiddenTermsIn(CostsLabels.BUNDLE)).isEmpty();
  }

  @Test
  void every_noun_after_a_number_agrees_with_it_for_counts_0_to_1000_in_both_languages() {
    assertThat(Wording.pluralDisagreements(CostsLabels.BUNDLE)).isEmpty();
  }

  @Test
  void quantities_in_a_budget_agree_with_their_nouns() {
    assertThat(CostsLabels.BUNDLE.format(Language.POLISH, "detail.training", BigDecimal.valueOf(2)))
        .isEqualTo("2 szkolenia");
    assertThat(CostsLabels.BUNDLE.format(Language.POLISH, "detail.training", BigDecimal.valueOf(5)))
        .isEqualTo("5 szkoleń");
    assertThat(
            CostsLabels.BUNDLE.format(
                Language.POLISH, "detail.animatorPay", BigDecimal.valueOf(3), 12))
        .isEqualTo("3 osoby × 12 miesięcy");
    assertThat(
            CostsLabels.BUNDLE.format(
                Language.POLISH, "detail.events.YEARLY", BigDecimal.valueOf(4), 2))
        .isEqualTo("4/rok × 2 lata");
    assertThat(CostsLabels.BUNDLE.format(Language.ENGLISH, "detail.animatorPay", BigDecimal.ONE, 1))
        .isEqualTo("1 animator × 1 month");
    assertThat(
            CostsLabels.BUNDLE.format(
                Language.POLISH,
                "line.animatorPay",
                "Praca animatorów",
                pl.kcs.core.people.PostFraction.QUARTER))
        .isEqualTo("Praca animatorów (¼ etatu)");
  }

  @Test
  void money_in_prose_has_two_decimals_and_its_currency_and_a_range_reads_from_to() {
    CostRange range =
        CostRange.of(
            org.joda.money.BigMoney.parse("PLN 1800"), org.joda.money.BigMoney.parse("PLN 3600"));
    assertThat(AmountFormat.rangeWithCurrency(range, Language.POLISH))
        .isEqualTo("od 1 800,00 zł do 3 600,00 zł");
    assertThat(AmountFormat.rangeWithCurrency(range, Language.ENGLISH))
        .isEqualTo("PLN 1,800.00 to PLN 3,600.00");
    assertThat(AmountFormat.money(org.joda.money.BigMoney.parse("PLN 68839"), Language.POLISH))
        .isEqualTo("68 839,00 zł");
    assertThat(AmountFormat.money(org.joda.money.BigMoney.parse("PLN 68839"), Language.ENGLISH))
        .isEqualTo("PLN 68,839.00");
  }
}
