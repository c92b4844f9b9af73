package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Experience that the source method calls valuable in an animator.
 */
public enum ExperienceKind implements DomainTerm {
  /** Running meetings. (KCS-S1B-ANIMATORS) */
  RUNNING_MEETINGS("KCS-S1B-ANIMATORS"),
  /** Group work. (KCS-S1B-ANIMATORS) */
  GROUP_WORK("KCS-S1B-ANIMATORS"),
  /** Workshop work. (KCS-S1B-ANIMATORS) */
  WORKSHOP_WORK("KCS-S1B-ANIMATORS");

  private final FactId source;

  ExperienceKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
