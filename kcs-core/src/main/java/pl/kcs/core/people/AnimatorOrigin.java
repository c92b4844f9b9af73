package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Where an animator comes from (KCS-S1B-ANIMATORS: appointed from the team or newly hired).
 */
public enum AnimatorOrigin implements DomainTerm {
  /** A member of the institution's team. (KCS-S1B-ANIMATORS) */
  EXISTING_TEAM("KCS-S1B-ANIMATORS"),
  /** A person hired for the role. (KCS-S1B-ANIMATORS) */
  NEWLY_HIRED("KCS-S1B-ANIMATORS");

  private final FactId source;

  AnimatorOrigin(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
