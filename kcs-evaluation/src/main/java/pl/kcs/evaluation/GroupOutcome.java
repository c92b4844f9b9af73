package pl.kcs.evaluation;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;

/**
 * What became of one group over time: since when it meets in the premises without the animator
 * (KCS-EFF-SELFRUN) and since when it is independent (KCS-EFF-INDEPENDENT). These are facts about
 * a group, not about its members, so reports show them per group with their dates. It also
 * says whom the group is for ({@link #targetSubgroups()}, KCS-WHO), since one of the pilot's
 * results is about one kind of group only: the refugee women's group (KCS-EFF-TIES).
 *
 * <p>An independent group also runs itself: {@link #meetsWithoutAnimatorSince()} must be set when
 * {@link #independentSince()} is, as kcs-core's {@link SelfHelpGroup} requires.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupOutcome implements WithGroupOutcome {

  GroupOutcome() {}

  /** The group. */
  public abstract GroupId group();

  /** The group's name. */
  public abstract String name();

  /** Since when the group meets without the animator present, if it does (KCS-EFF-SELFRUN). */
  public abstract Optional<LocalDate> meetsWithoutAnimatorSince();

  /** Since when the group is independent, if it is (KCS-EFF-INDEPENDENT). */
  public abstract Optional<LocalDate> independentSince();

  /**
   * Whom the group is for, as on kcs-core's group (KCS-WHO); empty if not given. A group for
   * {@link TargetSubgroup#REFUGEES} is compared with the pilot's refugee women's group
   * (KCS-EFF-TIES).
   */
  public abstract ImmutableSet<TargetSubgroup> targetSubgroups();

  /**
   * Whether the group is for people with refugee experience (KCS-WHO), like the pilot's group for
   * refugee women, the only group the pilot's finding on ties outside the group is about
   * (KCS-EFF-TIES). kcs does not model a group's gender, so every group for refugees counts.
   */
  public final boolean isForRefugees() {
    return targetSubgroups().contains(TargetSubgroup.REFUGEES);
  }

  /** The outcome recorded on kcs-core's {@code group}. */
  public static GroupOutcome of(SelfHelpGroup group) {
    requireNonNull(group, "group");
    return builder()
        .group(group.id())
        .name(group.name())
        .meetsWithoutAnimatorSince(group.meetsWithoutAnimatorSince())
        .independentSince(group.independentSince())
        .addAllTargetSubgroups(group.targetSubgroups())
        .build();
  }

  /** A builder of an outcome; group and name are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the group meets without the animator on {@code date} (KCS-EFF-SELFRUN). */
  public final boolean runsItselfOn(LocalDate date) {
    requireNonNull(date, "date");
    return meetsWithoutAnimatorSince().isPresent()
        && !meetsWithoutAnimatorSince().get().isAfter(date);
  }

  /** Whether the group is independent on {@code date} (KCS-EFF-INDEPENDENT). */
  public final boolean isIndependentOn(LocalDate date) {
    requireNonNull(date, "date");
    return independentSince().isPresent() && !independentSince().get().isAfter(date);
  }

  @Value.Check
  void check() {
    Checks.checkName("group name", name());
    checkState(
        independentSince().isEmpty() || meetsWithoutAnimatorSince().isPresent(),
        "meetsWithoutAnimatorSince must be set for a group independent since %s",
        independentSince().orElse(null));
  }

  /** Builds a {@link GroupOutcome}. */
  public static final class Builder extends ImmutableGroupOutcome.Builder {
    Builder() {}
  }
}
