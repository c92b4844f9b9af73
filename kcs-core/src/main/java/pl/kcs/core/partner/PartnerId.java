package pl.kcs.core.partner;

import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.Identifier;

/** Identifies a partner (KCS-S2A, KS-PARTNERS) within an implementation. */
@Value.Immutable(builder = false)
public abstract class PartnerId extends Identifier<PartnerId> {

  PartnerId() {}

  /** The partner id {@code value}: 1 to 64 letters, digits or {@code . _ : -}. */
  public static PartnerId of(String value) {
    return ImmutablePartnerId.of(value);
  }

  @Value.Check
  void check() {
    Checks.checkIdentifier("partnerId", value());
  }
}
