package pl.kcs.core.legal;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Kinds of strategy documents that can justify or anchor a programme.
 */
public enum StrategyKind implements DomainTerm {
  /** A local-government strategy on accessibility. (KCS-S1A) */
  ACCESSIBILITY("KCS-S1A"),
  /** A local-government document on anti-discrimination. (KCS-S1A) */
  ANTI_DISCRIMINATION("KCS-S1A"),
  /** A local-government document on supporting groups at risk of exclusion. (KCS-S1A) */
  SUPPORT_FOR_GROUPS_AT_RISK("KCS-S1A"),
  /** The institution's own strategy and mission. (KCS-S1A) */
  INSTITUTION_STRATEGY_AND_MISSION("KCS-S1A"),
  /** The strategy for solving social problems. (KS-FORMAL) */
  SOCIAL_PROBLEMS_STRATEGY("KS-FORMAL"),
  /** The local development plan. (KS-FORMAL) */
  LOCAL_DEVELOPMENT_PLAN("KS-FORMAL");

  private final FactId source;

  StrategyKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
