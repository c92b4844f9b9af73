package pl.kcs.core.host;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * What an institution can offer its self-help groups, the input of model selection together with
 * the group (KCS-S3: the model depends on the institution's resources and on the groups' needs
 * and maturity): free space in hours a week (KCS-M1) and its {@link InstitutionCapability
 * capabilities} — a night watchman (KCS-M1), training and animation (KCS-M2), its own cultural
 * programme, art therapy by own or external instructors, help with outings (KCS-M3), capacity for
 * public events (KCS-M4).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstitutionOffer implements WithInstitutionOffer {

  InstitutionOffer() {}

  /** The most hours a week has. */
  public static final int HOURS_IN_A_WEEK = 168;

  /**
   * Hours a week a meeting space is free for the groups, at no charge; 0 if none (KCS-M1). At
   * most {@value #HOURS_IN_A_WEEK}.
   */
  @Value.Default
  public int freeHoursPerWeek() {
    return 0;
  }

  /** What else the institution can offer. */
  public abstract ImmutableSet<InstitutionCapability> capabilities();

  /** Whether the institution can lend a space for free at all (KCS-M1). */
  public final boolean hasFreeSpace() {
    return freeHoursPerWeek() > 0;
  }

  /** Whether the institution can offer {@code capability}. */
  public final boolean has(InstitutionCapability capability) {
    requireNonNull(capability, "capability");
    return capabilities().contains(capability);
  }

  /** Whether the institution can offer art therapy by its own or by external instructors (KCS-M3). */
  public final boolean hasArtTherapy() {
    return has(InstitutionCapability.ART_THERAPY_OWN_INSTRUCTORS)
        || has(InstitutionCapability.ART_THERAPY_EXTERNAL_INSTRUCTORS);
  }

  /** This offer with {@code capability} added. */
  public final InstitutionOffer plus(InstitutionCapability capability) {
    requireNonNull(capability, "capability");
    if (has(capability)) {
      return this;
    }
    return withCapabilities(
        ImmutableSet.<InstitutionCapability>builder()
            .addAll(capabilities())
            .add(capability)
            .build());
  }

  /** An offer of {@code freeHoursPerWeek} free hours and {@code capabilities}. */
  public static InstitutionOffer of(int freeHoursPerWeek, InstitutionCapability... capabilities) {
    requireNonNull(capabilities, "capabilities");
    return builder().freeHoursPerWeek(freeHoursPerWeek).addCapabilities(capabilities).build();
  }

  /** A builder of an offer. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.checkNotNegative("freeHoursPerWeek", freeHoursPerWeek());
    checkState(
        freeHoursPerWeek() <= HOURS_IN_A_WEEK,
        "freeHoursPerWeek must be at most %s, was %s",
        HOURS_IN_A_WEEK,
        freeHoursPerWeek());
  }

  /** Builds an {@link InstitutionOffer}; nothing is required: an empty offer offers nothing. */
  public static final class Builder extends ImmutableInstitutionOffer.Builder {
    Builder() {}
  }
}
