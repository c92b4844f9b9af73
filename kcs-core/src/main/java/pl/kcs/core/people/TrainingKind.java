package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The two parts of animator training (KCS-S2B).
 */
public enum TrainingKind implements DomainTerm {
  /** Theory: self-help, meeting moderation, group processes. (KCS-S2B) */
  THEORY("KCS-S2B"),
  /** Practical-skills workshops. (KCS-S2B) */
  PRACTICAL_SKILLS("KCS-S2B");

  private final FactId source;

  TrainingKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
