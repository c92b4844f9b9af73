package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.costs.Budget;
import pl.kcs.costs.CostCategory;
import pl.kcs.costs.CostRange;

/**
 * The culture-house example (KCS-HOST): two animators on ¼ of a post (KCS-COST-ANIMATOR),
 * supervision twice a month (KCS-COST-SUPERVISION), one training each (KCS-COST-TRAINING), six
 * events (KCS-COST-EVENT), in 2023 prices and indexed to 2024.
 */
class CultureHouseBudgetExampleTest {

  private static final CurrencyUnit PLN = CurrencyUnit.of("PLN");

  @Test
  void should_cost_53000_to_59800_gross_in_2023_prices() {
    Budget budget =
        Budget.of(CultureHouseBudgetExample.plan(), CultureHouseBudgetExample.prices2023());

    assertThat(budget.costOf(CostCategory.ANIMATOR_PAY)).isEqualTo(plnExactly("43200"));
    assertThat(budget.costOf(CostCategory.TRAINING)).isEqualTo(plnRange("800", "1600"));
    assertThat(budget.costOf(CostCategory.SUPERVISION_OF_ANIMATORS))
        .isEqualTo(plnRange("9000", "10800"));
    assertThat(budget.costOf(CostCategory.EVENTS)).isEqualTo(plnRange("0", "4200"));
    assertThat(budget.subtotal()).isEqualTo(plnRange("53000", "59800"));
    assertThat(budget.costOf(CostCategory.EMPLOYER_CONTRIBUTIONS)).isEqualTo(plnExactly("8847.36"));
    assertThat(budget.total()).isEqualTo(plnRange("61847.36", "68647.36"));
  }

  @Test
  void should_cost_1_036_times_as_much_in_2024_prices() {
    Budget budget2023 =
        Budget.of(CultureHouseBudgetExample.plan(), CultureHouseBudgetExample.prices2023());
    Budget budget2024 =
        Budget.of(CultureHouseBudgetExample.plan(), CultureHouseBudgetExample.prices2024());

    assertThat(budget2024.subtotal()).isEqualTo(plnRange("54908", "61952.80"));
    assertThat(budget2024.total())
        .isEqualTo(budget2023.total().multipliedBy(new BigDecimal("1.036")));
    assertThat(budget2024.total()).isEqualTo(plnRange("64073.86496", "71118.66496"));
  }

  @Test
  void should_print_the_budget_in_polish() {
    String text = CultureHouseBudgetExample.text(Language.POLISH);

    assertThat(text)
        .contains("Budżet KCS: Dom kultury — 12 miesięcy, ceny z 2023 r., PLN")
        .contains("Budżet KCS: Dom kultury — 12 miesięcy, ceny z 2024 r., PLN")
        .contains("Praca animatorów (¼ etatu)")
        .contains("2 osoby × 12 miesięcy")
        .contains("43 200,00")
        .contains("3 godz./mies. × 12 miesięcy")
        .contains("9 000,00–10 800,00")
        .contains("53 000,00–59 800,00")
        .contains("61 847,36–68 647,36")
        .contains("44 755,20")
        .contains("64 073,86–71 118,66")
        .contains("Stawki przeliczone z cen 2023 r. na ceny 2024 r. współczynnikiem 1,036")
        .contains("Bez kosztów lokalu");
  }

  @Test
  void should_print_the_budget_in_english() {
    String text = CultureHouseBudgetExample.text(Language.ENGLISH);

    assertThat(text)
        .contains("KCS budget: Dom kultury — 12 months, 2023 prices, PLN")
        .contains("KCS budget: Dom kultury — 12 months, 2024 prices, PLN")
        .contains("Animator work (¼ FTE)")
        .contains("2 animators × 12 months")
        .contains("43,200.00")
        .contains("2 trainings")
        .contains("6/year × 1 year")
        .contains("0.00–4,200.00")
        .contains("53,000.00–59,800.00")
        .contains("8,847.36")
        .contains("61,847.36–68,647.36")
        .contains("9,165.86")
        .contains("64,073.86–71,118.66")
        .contains("Rates re-priced from 2023 to 2024 prices by a factor of 1.036")
        .contains("Premises are not included");
  }

  @Test
  void should_print_polish_then_english_from_main() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      CultureHouseBudgetExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed)
        .startsWith(CultureHouseBudgetExample.text(Language.POLISH))
        .endsWith(CultureHouseBudgetExample.text(Language.ENGLISH));
  }

  private static CostRange plnRange(String low, String high) {
    return CostRange.of(PLN, new BigDecimal(low), new BigDecimal(high));
  }

  private static CostRange plnExactly(String amount) {
    return CostRange.exactly(PLN, new BigDecimal(amount));
  }
}
