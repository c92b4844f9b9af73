package pl.kcs.core.people;

import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.Identifier;

/** Identifies a staff member other than an animator, e.g. a club's coordinator (KS-PEOPLE). */
@Value.Immutable(builder = false)
public abstract class StaffId extends Identifier<StaffId> {

  StaffId() {}

  /** The staff id {@code value}: 1 to 64 letters, digits or {@code . _ : -}. */
  public static StaffId of(String value) {
    return ImmutableStaffId.of(value);
  }

  @Value.Check
  void check() {
    Checks.checkIdentifier("staffId", value());
  }
}
