package pl.kcs.core.group;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * One professional's involvement with a self-help group, as the institution records it: the kind
 * of professional, whether they belong to the group through their own experience (MA-AUTONOMY:
 * such professionals are part of the group), and what they do in it ({@link InvolvementPractice}),
 * from which kcs-rules recognises the threatening attitudes of MA-ATTITUDES. No name: a
 * professional is recorded by role only.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProfessionalInvolvement implements WithProfessionalInvolvement {

  ProfessionalInvolvement() {}

  /** The kind of professional. */
  public abstract ProfessionalRole role();

  /** Whether the professional belongs to the group through own experience (MA-AUTONOMY). */
  @Value.Default
  public boolean ownExperience() {
    return false;
  }

  /** What the professional does in or with the group; at least one practice. */
  public abstract ImmutableSet<InvolvementPractice> practices();

  /** Whether the professional does {@code practice}. */
  public final boolean does(InvolvementPractice practice) {
    requireNonNull(practice, "practice");
    return practices().contains(practice);
  }

  /** A professional of {@code role} without own experience doing {@code practices}. */
  public static ProfessionalInvolvement of(
      ProfessionalRole role, InvolvementPractice... practices) {
    requireNonNull(practices, "practices");
    return builder().role(role).addPractices(practices).build();
  }

  /** A builder of an involvement. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkState(!practices().isEmpty(), "practices must not be empty, was %s", practices());
  }

  /** Builds a {@link ProfessionalInvolvement}; role and at least one practice are required. */
  public static final class Builder extends ImmutableProfessionalInvolvement.Builder {
    Builder() {}
  }
}
