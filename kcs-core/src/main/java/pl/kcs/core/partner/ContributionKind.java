package pl.kcs.core.partner;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * What a partner contributes (KCS-COST-PARTNERS: activities can run at least partly on partners' resources).
 */
public enum ContributionKind implements DomainTerm {
  /** Support of specialists and professionals. (KCS-S2A) */
  SPECIALISTS("KCS-S2A"),
  /** Space. (KCS-COST-PARTNERS) */
  SPACE("KCS-COST-PARTNERS"),
  /** Money. (KCS-COST-PARTNERS) */
  MONEY("KCS-COST-PARTNERS"),
  /** Contributions in kind. (KCS-COST-PARTNERS) */
  IN_KIND("KCS-COST-PARTNERS");

  private final FactId source;

  ContributionKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
