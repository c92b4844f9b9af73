package pl.kcs.core.legal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * What an institution knows of the legal acts and local strategies behind its programme
 * (KCS-S1A: know the acts and strategies that can justify a KCS; once it works, write it into the
 * institution's strategy and mission; KS-LAW; KS-FORMAL).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalContext implements WithLegalContext {

  LegalContext() {}

  private static final LegalContext EMPTY = builder().build();

  /** The legal acts the institution has studied. */
  public abstract ImmutableSet<LegalAct> knownActs();

  /** The local strategies the institution has studied or is part of. */
  public abstract ImmutableList<LocalStrategy> strategies();

  /** Whether a strategy of {@code kind} has the programme written in. */
  public final boolean isProgrammeWrittenInto(StrategyKind kind) {
    requireNonNull(kind, "kind");
    for (LocalStrategy strategy : strategies()) {
      if (strategy.kind() == kind && strategy.programmeWrittenIn()) {
        return true;
      }
    }
    return false;
  }

  /** No acts known, no strategies. */
  public static LegalContext empty() {
    return EMPTY;
  }

  /** A builder of a legal context. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalContext}; every attribute is optional. */
  public static final class Builder extends ImmutableLegalContext.Builder {
    Builder() {}
  }
}
