package pl.kcs.core.partner;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * A local partner (ally) of a KCS (KCS-S2A) or a self-help club (KS-PARTNERS): its kind, how far
 * the cooperation has come (identified, invited, cooperating) and what it contributes —
 * specialists, space, money or contributions in kind (KCS-COST-PARTNERS).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Partner implements WithPartner {

  Partner() {}

  /** The partner's id. */
  public abstract PartnerId id();

  /** The partner organisation's name. */
  public abstract String name();

  /** The kind of partner. */
  public abstract PartnerKind kind();

  /** How far the cooperation has come. */
  public abstract PartnerStatus status();

  /** When the partner was invited, if recorded; only for an invited or cooperating partner. */
  public abstract Optional<LocalDate> invitedOn();

  /** What the partner contributes. */
  public abstract ImmutableSet<ContributionKind> contributions();

  /** A builder of a partner. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    invitedOn().ifPresent(date -> Checks.checkDate("invitedOn", date));
    Checks.checkName("partner name", name());
    checkState(
        invitedOn().isEmpty() || status().isInvited(),
        "invitedOn must be empty for a partner with status %s, was %s",
        status(),
        invitedOn().orElse(null));
  }

  /** Builds a {@link Partner}; id, name, kind and status are required. */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }
}
