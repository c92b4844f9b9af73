package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;
import org.joda.money.BigMoney;
import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.PartnerId;

/**
 * What a partner covers of a plan's costs, in money or in kind: "możliwa jest realizacja działań
 * w ramach współpracy z partnerami z przynajmniej częściowym wykorzystaniem ich zasobów"
 * (KCS-COST-PARTNERS). A {@link Budget} shows it separately and subtracts it in a net line.
 *
 * <p>The amount is what the partner pays, or what its contribution in kind is worth, over the whole
 * plan, for one {@link CostCategory}. It may not exceed what that category costs at most; the
 * budget rejects the plan if it does. A partner's space is not a contribution here: premises are
 * outside every budget (KCS-S1B-PREMISES).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartnerContribution implements Sourced, WithPartnerContribution {

  PartnerContribution() {}

  /** The partner (KCS-S2A). */
  public abstract PartnerId partner();

  /**
   * The form of the contribution: {@link ContributionKind#MONEY money}, {@link
   * ContributionKind#IN_KIND in kind} or {@link ContributionKind#SPECIALISTS specialists' work};
   * never {@link ContributionKind#SPACE space}.
   */
  public abstract ContributionKind kind();

  /** The cost it covers. */
  public abstract CostCategory covers();

  /** What the partner pays, or what the contribution in kind is worth, over the whole plan. */
  public abstract BigMoney amount();

  /** A contribution of {@code amount} by {@code partner}, in {@code kind}, towards {@code covers}. */
  public static PartnerContribution of(
      PartnerId partner, ContributionKind kind, CostCategory covers, BigMoney amount) {
    return builder().partner(partner).kind(kind).covers(covers).amount(amount).build();
  }

  /** A builder of a partner contribution. */
  public static Builder builder() {
    return new Builder();
  }

  /** KCS-COST-PARTNERS. */
  @Override
  public FactId source() {
    return FactId.of("KCS-COST-PARTNERS");
  }

  @Value.Check
  void check() {
    checkState(
        kind() != ContributionKind.SPACE,
        "partner contribution kind must be MONEY, IN_KIND or SPECIALISTS, was SPACE: premises are"
            + " outside the budget (KCS-S1B-PREMISES)");
    checkState(
        amount().isPositive(), "partner contribution amount must be positive, was %s", amount());
  }

  /** Builds a {@link PartnerContribution}; every attribute is required. */
  public static final class Builder extends ImmutablePartnerContribution.Builder {
    Builder() {}
  }
}
