package pl.kcs.core.club;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The goals of a self-help club (KS-GOALS).
 */
public enum ClubGoal implements DomainTerm {
  /** Counter social exclusion. (KS-GOALS) */
  COUNTER_EXCLUSION("KS-GOALS"),
  /** Support people with various problems. (KS-GOALS) */
  SUPPORT_PEOPLE_WITH_PROBLEMS("KS-GOALS"),
  /** Minimise the effects of unemployment. (KS-GOALS) */
  MINIMISE_UNEMPLOYMENT_EFFECTS("KS-GOALS"),
  /** Promote social activity and entrepreneurship. (KS-GOALS) */
  PROMOTE_SOCIAL_ACTIVITY("KS-GOALS"),
  /** Help people out of isolation and loneliness. (KS-GOALS) */
  OUT_OF_ISOLATION("KS-GOALS"),
  /** Strengthen self-belief and self-acceptance. (KS-GOALS) */
  SELF_BELIEF("KS-GOALS"),
  /** Start and support self-help and support groups towards their strength and independence. (KS-GOALS) */
  STRENGTHEN_GROUPS("KS-GOALS");

  private final FactId source;

  ClubGoal(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
