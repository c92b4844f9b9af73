package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Who runs a training (KCS-S2B).
 */
public enum TrainerKind implements DomainTerm {
  /** A professional, e.g. a therapist. (KCS-S2B) */
  PROFESSIONAL("KCS-S2B"),
  /** An expert by experience: a member of an existing self-help group. (KCS-S2B) */
  EXPERT_BY_EXPERIENCE("KCS-S2B");

  private final FactId source;

  TrainerKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
