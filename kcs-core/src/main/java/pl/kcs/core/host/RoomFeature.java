package pl.kcs.core.host;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;
import pl.kcs.core.Requirement;

/**
 * A property of a room that the sources care about, with whether the KCS method requires it.
 */
public enum RoomFeature implements DomainTerm {
  /** Comfortable (wygodna): required by the KCS method. (KCS-S1B-PREMISES) */
  COMFORTABLE("KCS-S1B-PREMISES", Requirement.REQUIRED),
  /** Non-walk-through (nieprzechodnia): nobody passes through during a meeting; required by the KCS method. (KCS-S1B-PREMISES) */
  NON_WALK_THROUGH("KCS-S1B-PREMISES", Requirement.REQUIRED),
  /** Bright (jasna): the source's example of a good room, not a requirement. (KCS-S1B-PREMISES) */
  BRIGHT("KCS-S1B-PREMISES", Requirement.RECOMMENDED),
  /** Safe for the groups' meetings (KCS-REM-SPACE). (KCS-REM-SPACE) */
  SAFE("KCS-REM-SPACE", Requirement.REQUIRED),
  /** Neutral and friendly, as the open-doors model asks (KCS-M1). (KCS-M1) */
  NEUTRAL_AND_FRIENDLY("KCS-M1", Requirement.RECOMMENDED),
  /** Adapted for people with disabilities: recommended for a self-help club (KS-ROOM); the KCS method does not name it. (KS-ROOM) */
  ACCESSIBLE("KS-ROOM", Requirement.NOT_IN_SOURCE);

  private final FactId source;
  private final Requirement kcsRequirement;

  RoomFeature(String source, Requirement kcsRequirement) {
    this.source = FactId.of(source);
    this.kcsRequirement = kcsRequirement;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** Whether the KCS method requires this feature of its meeting space. */
  public Requirement kcsRequirement() {
    return kcsRequirement;
  }
}
