package pl.kcs.core.stage;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.legal.LegalContext;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.Fte;

/**
 * One institution's KCS (kulturalne centrum samopomocy): the host and its premises and equipment
 * (KCS-HOST, KCS-S1B-PREMISES, KCS-S1B-EQUIPMENT), the stage it says it is in and its step records
 * (KCS-S1A … KCS-S3), the scale decision (KCS-S1B-SCALE), animators (KCS-S1B-ANIMATORS), groups,
 * partners (KCS-S2A), legal context (KCS-S1A), links between groups (MA-NETWORK) and, optionally,
 * the host's self-assessment of its openness to residents (OPEN-START, OPEN-PRACTICES) and what
 * it can offer its groups (KCS-S3, KCS-M1 … KCS-M4).
 *
 * <p>This is state only: whether the institution may move to the next stage is answered, with
 * reasons, by the stage-progression rules of kcs-rules.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KcsImplementation implements WithKcsImplementation {

  KcsImplementation() {}

  /** The host institution (KCS-HOST). */
  public abstract HostInstitution host();

  /** The stage the institution says it is in. */
  public abstract Stage stage();

  /** What the institution records about the steps, one record per step at most. */
  public abstract ImmutableList<StepRecord> stepRecords();

  /** The decision on the scale of support, once taken (KCS-S1B-SCALE). */
  public abstract Optional<ScaleDecision> scaleDecision();

  /** The animators, each id once (KCS-S1B-ANIMATORS). */
  public abstract ImmutableList<Animator> animators();

  /** The groups, each id once; their animators are among {@link #animators()}. */
  public abstract ImmutableList<SelfHelpGroup> groups();

  /** The partners, each id once (KCS-S2A). */
  public abstract ImmutableList<Partner> partners();

  /** Legal acts and strategies known (KCS-S1A). */
  @Value.Default
  public LegalContext legalContext() {
    return LegalContext.empty();
  }

  /**
   * Contacts between the groups (MA-NETWORK); each joins two of {@link #groups()}, not before
   * either was founded.
   */
  public abstract ImmutableList<GroupLink> groupLinks();

  /**
   * The host's self-assessment of its openness to residents, if it filled one in: useful before
   * stage 1, where its starting conditions (OPEN-START) and team practices (OPEN-PRACTICES) feed
   * the advice of KCS-S1A and KCS-S1B-TEAM.
   */
  public abstract Optional<SelfAssessment> selfAssessment();

  /**
   * What the institution declares it can offer its groups — free hours of a meeting space and its
   * capabilities — the input of model selection (KCS-S3, KCS-M1 … KCS-M4), if it declared it.
   *
   * <p>Absent and empty mean different things: absent says the institution has not declared its
   * offer (so which models its groups fit is unknown, and nobody may assume an offer for it); an
   * empty {@link InstitutionOffer} says it declared that it offers nothing.
   */
  public abstract Optional<InstitutionOffer> offer();

  /** The record of {@code step}, if any. */
  public final Optional<StepRecord> stepRecord(Step step) {
    requireNonNull(step, "step");
    for (StepRecord record : stepRecords()) {
      if (record.step() == step) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code step} is recorded as done. */
  public final boolean isDone(Step step) {
    return stepRecord(step).map(StepRecord::done).orElse(false);
  }

  /** The animator with {@code id}, if any. */
  public final Optional<Animator> animator(AnimatorId id) {
    requireNonNull(id, "id");
    for (Animator animator : animators()) {
      if (animator.id().equals(id)) {
        return Optional.of(animator);
      }
    }
    return Optional.empty();
  }

  /** The group with {@code id}, if any. */
  public final Optional<SelfHelpGroup> group(GroupId id) {
    requireNonNull(id, "id");
    for (SelfHelpGroup group : groups()) {
      if (group.id().equals(id)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /** The total post of all animators (KCS-REM-FTE). */
  @Value.Lazy
  public Fte totalAnimatorPost() {
    Fte total = Fte.ZERO;
    for (Animator animator : animators()) {
      total = total.plus(animator.postFraction());
    }
    return total;
  }

  /** A builder of an implementation. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkState(
        host().kind().kcsHost(),
        "host kind must be one that can host a KCS (KCS-HOST), was %s",
        host().kind());
    Set<Step> steps = new HashSet<>();
    for (StepRecord record : stepRecords()) {
      checkState(
          steps.add(record.step()),
          "stepRecords must hold each step once, was %s twice",
          record.step());
    }
    Set<AnimatorId> animatorIds = Checks.checkDistinctIds("animators", animators(), Animator::id);
    // Looked up by id in a map: a link per group would make a linear search per link n².
    java.util.Map<GroupId, SelfHelpGroup> groupsById = new java.util.HashMap<>();
    Set<GroupId> groupIds = groupsById.keySet();
    for (SelfHelpGroup group : groups()) {
      checkState(
          groupsById.putIfAbsent(group.id(), group) == null,
          "groups must have distinct ids, was %s twice",
          group.id());
      for (AnimatorId animator : group.animators()) {
        checkState(
            animatorIds.contains(animator),
            "group %s names animator %s, who is not among the animators",
            group.id(),
            animator);
      }
    }
    Checks.checkDistinctIds("partners", partners(), Partner::id);
    for (GroupLink link : groupLinks()) {
      checkState(
          groupIds.contains(link.from()) && groupIds.contains(link.to()),
          "groupLinks must join groups of the implementation, was %s to %s",
          link.from(),
          link.to());
      checkLinkNotBeforeFounding(link, requireNonNull(groupsById.get(link.from())));
      checkLinkNotBeforeFounding(link, requireNonNull(groupsById.get(link.to())));
    }
  }

  private static void checkLinkNotBeforeFounding(GroupLink link, SelfHelpGroup group) {
    GroupId id = group.id();
    Optional<LocalDate> founded = group.foundedOn();
    checkState(
        founded.isEmpty() || !link.on().isBefore(founded.get()),
        "group link on must not be before foundedOn of group %s, was %s before %s",
        id,
        link.on(),
        founded.orElse(null));
  }

  /** Builds a {@link KcsImplementation}; host and stage are required. */
  public static final class Builder extends ImmutableKcsImplementation.Builder {
    Builder() {}
  }
}
