package pl.kcs.core.host;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * What an institution hosting a KCS can offer its groups beyond free space, from the forms of
 * support of the four operating models (KCS-S3: which model depends on the institution's
 * resources). Free space itself is counted in hours (see {@link InstitutionOffer}).
 */
public enum InstitutionCapability implements DomainTerm {
  /** A "night watchman" service: coffee, tea, small administrative help. (KCS-M1) */
  NIGHT_WATCHMAN("KCS-M1"),
  /** Training group leaders: self-help group development, meeting moderation, agency. (KCS-M2) */
  TRAINING("KCS-M2"),
  /**
   * An animator's time to promote and recruit, animate first meetings and help set goals, rules
   * and a contract. (KCS-M2)
   */
  ANIMATION("KCS-M2"),
  /** The institution's own cultural programme that groups can join. (KCS-M3) */
  CULTURAL_PROGRAMME("KCS-M3"),
  /** Art-therapy activities by the institution's own instructors. (KCS-M3) */
  ART_THERAPY_OWN_INSTRUCTORS("KCS-M3"),
  /** Art-therapy activities commissioned from external instructors or trainers. (KCS-M3) */
  ART_THERAPY_EXTERNAL_INSTRUCTORS("KCS-M3"),
  /**
   * Help with outings into town: information about events, places, group tickets with other
   * institutions. (KCS-M3)
   */
  OUTINGS_AND_GROUP_TICKETS("KCS-M3"),
  /** Capacity for public events: co-created events, art, workshops open to the public. (KCS-M4) */
  PUBLIC_EVENTS("KCS-M4");

  private final FactId source;

  InstitutionCapability(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
