package pl.kcs.core.group;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * One period of a member in a group: joined on a date, left on a later date or still a member.
 * A member may be a person the shared experience concerns directly or a family member or close
 * one (MA-GROUP). Joins after the group has bonded matter (KCS-DIF-NEWCOMERS).
 *
 * <p>{@code toString()} does not print the member id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership implements WithMembership {

  Membership() {}

  /** The member's pseudonymous id. */
  @Value.Redacted
  public abstract MemberId member();

  /** Directly affected, or a family member or close one (MA-GROUP). */
  @Value.Default
  public MemberRelation relation() {
    return MemberRelation.DIRECTLY_AFFECTED;
  }

  /** When the member joined. */
  public abstract LocalDate joinedOn();

  /** When the member left, if they did; never before {@link #joinedOn()}. */
  public abstract Optional<LocalDate> leftOn();

  /** Whether the member belongs to the group on {@code date} (the day of leaving excluded). */
  public final boolean isActiveOn(LocalDate date) {
    return !date.isBefore(joinedOn()) && (leftOn().isEmpty() || date.isBefore(leftOn().get()));
  }

  /** Whether this period and {@code other} share at least one day. */
  public final boolean overlaps(Membership other) {
    boolean thisEndsBefore = leftOn().isPresent() && !leftOn().get().isAfter(other.joinedOn());
    boolean otherEndsBefore =
        other.leftOn().isPresent() && !other.leftOn().get().isAfter(joinedOn());
    return !thisEndsBefore && !otherEndsBefore;
  }

  /** A member who joined on {@code joinedOn} and has not left. */
  public static Membership joined(MemberId member, LocalDate joinedOn) {
    return builder().member(member).joinedOn(joinedOn).build();
  }

  /** A builder of a membership period. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    Checks.checkDate("joinedOn", joinedOn());
    leftOn().ifPresent(date -> Checks.checkDate("leftOn", date));
    checkState(
        leftOn().isEmpty() || !leftOn().get().isBefore(joinedOn()),
        "leftOn must not be before joinedOn, was %s before %s",
        leftOn().orElse(null),
        joinedOn());
  }

  /** Builds a {@link Membership}; member and join date are required. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
