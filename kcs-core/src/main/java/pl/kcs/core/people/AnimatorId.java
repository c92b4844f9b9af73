package pl.kcs.core.people;

import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.Identifier;

/** Identifies an animator (KCS-S1B-ANIMATORS) within an implementation. */
@Value.Immutable(builder = false)
public abstract class AnimatorId extends Identifier<AnimatorId> {

  AnimatorId() {}

  /** The animator id {@code value}: 1 to 64 letters, digits or {@code . _ : -}. */
  public static AnimatorId of(String value) {
    return ImmutableAnimatorId.of(value);
  }

  @Value.Check
  void check() {
    Checks.checkIdentifier("animatorId", value());
  }
}
