package pl.kcs.core.people;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * The coordinator of a self-help club (KS-PEOPLE): employed at the social-assistance centre, with
 * the club written into their duties, not necessarily full-time; supervises and monitors the club,
 * develops it and organises the groups' work.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coordinator implements WithCoordinator {

  Coordinator() {}

  /** The coordinator's id. */
  public abstract StaffId id();

  /** The part of a post given to the club; need not be a full post. */
  public abstract PostFraction postFraction();

  /** Whether the coordinator is employed at the social-assistance centre. */
  public abstract boolean employedAtCentre();

  /** Whether running the club is written into the coordinator's scope of duties. */
  public abstract boolean clubInWrittenDuties();

  /** The coordinator's duties among the three the source names. */
  public abstract ImmutableSet<CoordinatorDuty> duties();

  /** A builder of a coordinator. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Coordinator}; every attribute but the duties is required. */
  public static final class Builder extends ImmutableCoordinator.Builder {
    Builder() {}
  }
}
