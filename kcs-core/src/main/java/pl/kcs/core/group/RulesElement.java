package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * What a group has agreed.
 */
public enum RulesElement implements DomainTerm {
  /** The group's goals. (KCS-M2) */
  GOALS("KCS-M2"),
  /** Clear rules of the group. (KCS-REM-RULES) */
  RULES("KCS-REM-RULES"),
  /** The group's contract. (KCS-M2) */
  CONTRACT("KCS-M2"),
  /** Written regulations (regulamin). (KCS-DIF-RULES) */
  WRITTEN_REGULATIONS("KCS-DIF-RULES"),
  /**
   * Openness, trust and respect among the members, agreed as the group's ground: how kcs records
   * the authenticity that mutual aid rests on (MA-ASSUMPTIONS). Library reading of the source.
   */
  OPENNESS_TRUST_RESPECT("MA-ASSUMPTIONS");

  private final FactId source;

  RulesElement(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
