package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * How a member is connected with the group's shared experience (MA-GROUP).
 */
public enum MemberRelation implements DomainTerm {
  /** A person the shared experience concerns directly. (MA-GROUP) */
  DIRECTLY_AFFECTED("MA-GROUP"),
  /** A family member or close one of an affected person; welcome in the group. (MA-GROUP) */
  FAMILY_OR_CLOSE("MA-GROUP");

  private final FactId source;

  MemberRelation(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
