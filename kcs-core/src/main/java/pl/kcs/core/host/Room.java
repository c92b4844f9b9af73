package pl.kcs.core.host;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * A space where self-help groups meet, with the properties the sources care about: comfortable
 * and non-walk-through (KCS-S1B-PREMISES), safe (KCS-REM-SPACE), accessible for people with
 * disabilities (KS-ROOM), and how many people it seats.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Room implements WithRoom {

  Room() {}

  /** The room's name within its institution, e.g. "sala warsztatowa". */
  public abstract String name();

  /** A meeting room, a workshop hall or a meeting point in the field. */
  @Value.Default
  public RoomKind kind() {
    return RoomKind.MEETING_ROOM;
  }

  /** The room's features. */
  public abstract ImmutableSet<RoomFeature> features();

  /** How many people the room seats; at least 1. */
  public abstract int capacity();

  /** Whether the room has {@code feature}. */
  public final boolean has(RoomFeature feature) {
    requireNonNull(feature, "feature");
    return features().contains(feature);
  }

  /** A builder of a room. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.checkName("room name", name());
    Checks.checkPositive("capacity", capacity());
  }

  /** Builds a {@link Room}; name and capacity are required. */
  public static final class Builder extends ImmutableRoom.Builder {
    Builder() {}
  }
}
