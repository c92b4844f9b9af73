package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The three channels through which a KCS recruits groups (KCS-S2C).
 */
public enum RecruitmentChannel implements DomainTerm {
  /** Existing organised self-help groups and support groups for people at risk of exclusion. (KCS-S2C) */
  EXISTING_GROUPS("KCS-S2C"),
  /** People from vulnerable groups in crisis or looking for community activities, potentially interested in organising a group. (KCS-S2C) */
  PEOPLE_IN_CRISIS("KCS-S2C"),
  /** Institutional partners, e.g. self-help groups meeting at social-assistance centres. (KCS-S2C) */
  INSTITUTIONAL_PARTNERS("KCS-S2C");

  private final FactId source;

  RecruitmentChannel(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
