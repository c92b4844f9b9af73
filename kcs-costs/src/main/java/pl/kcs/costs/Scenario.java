package pl.kcs.costs;

import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * A named plan priced with a card, one column of a {@link ScenarioComparison}: e.g. "¼ etatu"
 * against "½ etatu" (KCS-COST-ANIMATOR), one animator against two, with and without a partner
 * (KCS-COST-PARTNERS), or the same plan in 2023 and in indexed 2024 prices.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Scenario {

  Scenario() {}

  /** The scenario's name, the header of its column. */
  @Value.Parameter
  public abstract String name();

  /** The plan. */
  @Value.Parameter
  public abstract BudgetPlan plan();

  /** The prices. */
  @Value.Parameter
  public abstract RateCard rateCard();

  /** The scenario {@code name}: {@code plan} priced with {@code rateCard}. */
  public static Scenario of(String name, BudgetPlan plan, RateCard rateCard) {
    return ImmutableScenario.of(name, plan, rateCard);
  }

  /**
   * The plan's budget at the card's prices.
   *
   * @throws IllegalArgumentException as {@link Budget#of} does
   */
  public final Budget budget() {
    return Budget.of(plan(), rateCard());
  }

  @Value.Check
  void check() {
    Checks.checkName("scenario name", name());
  }
}
