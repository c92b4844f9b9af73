package pl.kcs.core.group;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * A contact between two self-help groups — a shared event, a visit, a joint project, educating
 * social workers together (MA-NETWORK: groups remain largely unknown to each other, and contacts
 * between them should be intensified). Undirected: a link from A to B is the same link as one from
 * B to A, and {@link #from()} is always the group with the smaller id.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupLink implements WithGroupLink {

  GroupLink() {}

  /** One group: of the two, the one with the smaller id. */
  public abstract GroupId from();

  /** The other group; never {@link #from()}. */
  public abstract GroupId to();

  /** The kind of contact. */
  public abstract GroupLinkKind kind();

  /** When it took place. */
  public abstract LocalDate on();

  /** Whether this link touches {@code group}. */
  public final boolean involves(GroupId group) {
    requireNonNull(group, "group");
    return from().equals(group) || to().equals(group);
  }

  /** A link of {@code kind} between two groups on {@code on}. */
  public static GroupLink of(GroupId from, GroupId to, GroupLinkKind kind, LocalDate on) {
    return builder().from(from).to(to).kind(kind).on(on).build();
  }

  /** A builder of a group link. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the link and puts its two groups in id order, so that a link from A to B equals the
   * same link from B to A.
   */
  @Value.Check
  GroupLink normalize() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    Checks.checkDate("on", on());
    checkState(!from().equals(to()), "a group link must join two groups, was %s to itself", from());
    if (from().compareTo(to()) > 0) {
      return builder().from(to()).to(from()).kind(kind()).on(on()).build();
    }
    return this;
  }

  /** Builds a {@link GroupLink}; every attribute is required. */
  public static final class Builder extends ImmutableGroupLink.Builder {
    Builder() {}
  }
}
