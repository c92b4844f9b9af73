package pl.kcs.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import pl.kcs.core.Language;
import pl.kcs.core.people.PostFraction;
import pl.kcs.costs.AnimatorPost;
import pl.kcs.costs.Budget;
import pl.kcs.costs.BudgetPlan;
import pl.kcs.costs.PriceIndexSeries;
import pl.kcs.costs.RateCard;
import pl.kcs.costs.Rounding;
import pl.kcs.costs.Scenario;

/**
 * A runnable example: the 12-month budget of a culture house (KCS-HOST) with two animators on ¼ of
 * a post each (KCS-COST-ANIMATOR), supervision twice a month (KCS-COST-SUPERVISION), one training
 * each (KCS-COST-TRAINING) and six events (KCS-COST-EVENT), in the source method's 2023 prices and
 * re-priced to 2024 with the shipped GUS consumer price index — printed in Polish and English.
 *
 * <p>The example's own assumptions, not the source method's: each supervision session lasts 1.5
 * hours (so 3 hours a month), the six events are planned as six a year, and the culture house
 * hosts 3 groups with 30 participants in all.
 *
 * <p>The embedded example of {@code kcs budget} ({@link #scenario()}); run it alone with {@link
 * #main}.
 */
public final class CultureHouseBudgetExample {

  private CultureHouseBudgetExample() {}

  /** The plan: what the culture house means to do over 12 months. */
  public static BudgetPlan plan() {
    return BudgetPlan.builder()
        .name("Dom kultury")
        .months(12)
        .addAnimators(
            AnimatorPost.of(PostFraction.QUARTER, 1), AnimatorPost.of(PostFraction.QUARTER, 1))
        // Twice a month, 1.5 hours a session: 3 hours a month for both animators together.
        .animatorSupervisionHoursPerMonth(new BigDecimal("3"))
        .eventsPerYear(6)
        .groups(3)
        .participants(30)
        .build();
  }

  /** The plan in the source method's 2023 prices: what {@code kcs budget} prices without a file. */
  public static Scenario scenario() {
    return Scenario.of("Dom kultury", plan(), prices2023());
  }

  /** The source method's 2023 prices (KCS-COST-ANIMATOR … KCS-COST-EVENT). */
  public static RateCard prices2023() {
    return RateCard.kcs2023();
  }

  /** The same prices re-priced to 2024 with the shipped GUS CPI (103.6, previous year = 100). */
  public static RateCard prices2024() {
    return RateCard.kcs2023().indexedTo(Year.of(2024), PriceIndexSeries.polishCpi());
  }

  /** What the example prints in {@code language}: the budget in 2023 and in 2024 prices. */
  public static String text(Language language) {
    Rounding rounding = Rounding.toMinorUnit(RoundingMode.HALF_UP);
    return Budget.of(plan(), prices2023()).table(language, rounding).toText()
        + "\n"
        + Budget.of(plan(), prices2024()).table(language, rounding).toText();
  }

  /** Prints the budgets in Polish, then in English, as UTF-8. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(text(Language.POLISH));
    out.println();
    out.print(text(Language.ENGLISH));
  }
}
