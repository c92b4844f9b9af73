package pl.kcs.core.group;

import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * The pseudonymous id of a group member (MA-GROUP: a person directly affected, or a family member
 * or close one). kcs holds no names or contact data of participants:
 * membership of a themed group (health, ethnicity, sexual orientation) is special-category
 * personal data, so a member is known only by an id that the embedding system maps to a person,
 * if at all.
 *
 * <p>{@link #toString()} never prints the id, and a rejected id is never repeated in an exception
 * message. Use {@link #value()} where the id is really needed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class MemberId implements Comparable<MemberId> {

  MemberId() {}

  /** The pseudonymous id's text. */
  @Value.Parameter
  public abstract String value();

  /** The member id {@code value}: 1 to 64 letters, digits or {@code . _ : -}. */
  public static MemberId of(String value) {
    return ImmutableMemberId.of(value);
  }

  @Override
  public int compareTo(MemberId other) {
    return value().compareTo(other.value());
  }

  /** {@code MemberId[redacted]}: a member id is personal data and never printed. */
  @Override
  public String toString() {
    return "MemberId[redacted]";
  }

  @Value.Check
  void check() {
    Checks.checkPseudonym("memberId", value());
  }
}
