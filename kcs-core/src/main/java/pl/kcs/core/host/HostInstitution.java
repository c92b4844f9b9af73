package pl.kcs.core.host;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;

/**
 * The institution that hosts a programme (KCS-HOST: a culture house, a library, a local activity
 * centre, an existing self-help group; KS-FORMAL: a social-assistance centre), with its rooms and
 * equipment (KCS-S1B-PREMISES, KCS-S1B-EQUIPMENT, KS-ROOM, KS-EQUIPMENT).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HostInstitution implements WithHostInstitution {

  HostInstitution() {}

  /** The institution's name. */
  public abstract String name();

  /** The kind of institution. */
  public abstract HostKind kind();

  /** Rooms available to groups, each named once. */
  public abstract ImmutableList<Room> rooms();

  /** Equipment and refreshments available to groups. */
  public abstract ImmutableSet<Equipment> equipment();

  /** The items {@code programme} asks for with {@code requirement} that the institution lacks. */
  public final ImmutableSet<Equipment> missingEquipment(
      Programme programme, Requirement requirement) {
    requireNonNull(programme, "programme");
    requireNonNull(requirement, "requirement");
    ImmutableSet.Builder<Equipment> missing = ImmutableSet.builder();
    for (Equipment item : Equipment.values()) {
      if (item.requirementFor(programme) == requirement && !equipment().contains(item)) {
        missing.add(item);
      }
    }
    return missing.build();
  }

  /** A builder of a host institution. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.checkName("institution name", name());
    Set<String> names = new HashSet<>();
    for (Room room : rooms()) {
      checkState(
          names.add(room.name()),
          "rooms must have distinct names; a name appears twice (not repeated)");
    }
  }

  /** Builds a {@link HostInstitution}; name and kind are required. */
  public static final class Builder extends ImmutableHostInstitution.Builder {
    Builder() {}
  }
}
