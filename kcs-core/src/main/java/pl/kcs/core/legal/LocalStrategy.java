package pl.kcs.core.legal;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * A strategy or similar document of a local government or of the institution itself (KCS-S1A,
 * KS-FORMAL), and whether the programme is written into it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalStrategy implements WithLocalStrategy {

  LocalStrategy() {}

  /** The kind of document. */
  public abstract StrategyKind kind();

  /** The document's title. */
  public abstract String title();

  /** When it was adopted, if known. */
  public abstract Optional<LocalDate> adoptedOn();

  /** Whether the KCS or the club is written into this document. */
  @Value.Default
  public boolean programmeWrittenIn() {
    return false;
  }

  /** A builder of a local strategy. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    adoptedOn().ifPresent(date -> Checks.checkDate("adoptedOn", date));
    Checks.checkName("strategy title", title());
  }

  /** Builds a {@link LocalStrategy}; kind and title are required. */
  public static final class Builder extends ImmutableLocalStrategy.Builder {
    Builder() {}
  }
}
