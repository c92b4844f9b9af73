package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Kinds of contact between self-help groups (MA-NETWORK).
 */
public enum GroupLinkKind implements DomainTerm {
  /** A shared event. (MA-NETWORK) */
  SHARED_EVENT("MA-NETWORK"),
  /** A visit of one group to another. (MA-NETWORK) */
  VISIT("MA-NETWORK"),
  /** A joint project. (MA-NETWORK) */
  JOINT_PROJECT("MA-NETWORK"),
  /** Taking part together in educating social workers. (MA-NETWORK) */
  EDUCATING_SOCIAL_WORKERS("MA-NETWORK");

  private final FactId source;

  GroupLinkKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
