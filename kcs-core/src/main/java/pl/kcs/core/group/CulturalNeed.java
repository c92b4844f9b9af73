package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Cultural needs a group states (KCS-M3: the group states its needs and sets the direction).
 */
public enum CulturalNeed implements DomainTerm {
  /** Taking part in the institution's cultural programme. (KCS-M3) */
  INSTITUTION_PROGRAMME("KCS-M3"),
  /** Art-therapy activities. (KCS-M3) */
  ART_THERAPY("KCS-M3"),
  /** Outings into town: events, places, group tickets. (KCS-M3) */
  OUTINGS("KCS-M3"),
  /** Taking part in cultural events the group chooses. (KCS-M3) */
  CULTURAL_EVENTS("KCS-M3");

  private final FactId source;

  CulturalNeed(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
