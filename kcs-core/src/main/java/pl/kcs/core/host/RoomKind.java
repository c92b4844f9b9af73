package pl.kcs.core.host;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The kind of space where groups meet.
 */
public enum RoomKind implements DomainTerm {
  /** A room for meetings, e.g. a bright room. (KCS-S1B-PREMISES) */
  MEETING_ROOM("KCS-S1B-PREMISES"),
  /** A workshop hall. (KCS-S1B-PREMISES) */
  WORKSHOP_HALL("KCS-S1B-PREMISES"),
  /** A meeting point in the field, outside the club's own premises. (KS-ROOM) */
  FIELD_MEETING_POINT("KS-ROOM");

  private final FactId source;

  RoomKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
