package pl.kcs.core.group;

import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.Identifier;

/**
 * Identifies a self-help group within an implementation or a club (KCS-S2C: groups recruited and
 * initiated; KS-FORMS: the self-help groups of a club).
 */
@Value.Immutable(builder = false)
public abstract class GroupId extends Identifier<GroupId> {

  GroupId() {}

  /** The id's text, as {@link Identifier#toString()} gives it (Immutables keeps this one). */
  @Override
  public String toString() {
    return super.toString();
  }

  @Override
  @Value.Parameter
  public abstract String value();

  /** The group id {@code value}: 1 to 64 letters, digits or {@code . _ : -}. */
  public static GroupId of(String value) {
    return ImmutableGroupId.of(value);
  }

  @Value.Check
  void check() {
    Checks.checkIdentifier("groupId", value());
  }
}
