package pl.kcs.core.club;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * How a self-help club is set up formally (KS-FORMAL): established by an order (zarządzenie) of
 * the centre's head, as a separate unit of the centre's structure.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClubFormalSetUp implements WithClubFormalSetUp {

  ClubFormalSetUp() {}

  /** When the head of the centre issued the order establishing the club, if they did. */
  public abstract Optional<LocalDate> establishedByOrderOn();

  /** Whether the club is a separate unit in the centre's structure. */
  public abstract boolean separateUnit();

  /** A builder of a formal set-up. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void checkDates() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    establishedByOrderOn().ifPresent(date -> Checks.checkDate("establishedByOrderOn", date));
  }

  /** Builds a {@link ClubFormalSetUp}; whether the club is a separate unit is required. */
  public static final class Builder extends ImmutableClubFormalSetUp.Builder {
    Builder() {}
  }
}
