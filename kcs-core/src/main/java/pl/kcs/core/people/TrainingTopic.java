package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Topics of animator training named by the source method.
 */
public enum TrainingTopic implements DomainTerm {
  /** Self-help. (KCS-S2B) */
  SELF_HELP("KCS-S2B"),
  /** Meeting moderation. (KCS-S2B) */
  MEETING_MODERATION("KCS-S2B"),
  /** Group processes. (KCS-S2B) */
  GROUP_PROCESSES("KCS-S2B"),
  /** Practical skills. (KCS-S2B) */
  PRACTICAL_SKILLS("KCS-S2B"),
  /** Basics of self-help group development, which the culture-of-support model passes on to groups. (KCS-M2) */
  GROUP_DEVELOPMENT("KCS-M2");

  private final FactId source;

  TrainingTopic(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
