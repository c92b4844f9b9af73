package pl.kcs.core.group;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * How many members of a group gave help, received help, and did both, as counted by the group or
 * the animator (MA-ASSUMPTIONS: reciprocity — the helper benefits too). Counts only, never who.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reciprocity implements WithReciprocity {

  Reciprocity() {}

  /** Members who gave help to another member. */
  public abstract int gaveHelp();

  /** Members who received help from another member. */
  public abstract int receivedHelp();

  /** Members who both gave and received help; at most each of the two other counts. */
  public abstract int gaveAndReceived();

  /** The counts {@code gaveHelp}, {@code receivedHelp} and {@code gaveAndReceived}. */
  public static Reciprocity of(int gaveHelp, int receivedHelp, int gaveAndReceived) {
    return builder()
        .gaveHelp(gaveHelp)
        .receivedHelp(receivedHelp)
        .gaveAndReceived(gaveAndReceived)
        .build();
  }

  /** A builder of reciprocity counts. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.checkNotNegative("gaveHelp", gaveHelp());
    Checks.checkNotNegative("receivedHelp", receivedHelp());
    Checks.checkNotNegative("gaveAndReceived", gaveAndReceived());
    checkState(
        gaveAndReceived() <= Math.min(gaveHelp(), receivedHelp()),
        "gaveAndReceived must be at most gaveHelp (%s) and receivedHelp (%s), was %s",
        gaveHelp(),
        receivedHelp(),
        gaveAndReceived());
  }

  /** Builds {@link Reciprocity}; every count is required. */
  public static final class Builder extends ImmutableReciprocity.Builder {
    Builder() {}
  }
}
