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

  /** The group id {@code value}: 1 to 64 letters, digits or {@code . _ : -}. */
  public static GroupId of(String value) {
    return ImmutableGroupId.of(value);
  }

  @Value.Check
  void check() {
    Checks.checkIdentifier("groupId", value());
  }
}
