package pl.kcs.core.group;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.people.AnimatorId;

/**
 * A self-help group (grupa samopomocowa) hosted by a KCS or a club: who it is for (KCS-WHO), how
 * many take part, how far it has come, what it has agreed (KCS-REM-RULES, KCS-DIF-RULES), whether
 * it meets without the animator (KCS-EFF-SELFRUN) or has become independent
 * (KCS-EFF-INDEPENDENT), its stated cultural needs (KCS-M3), its motivation and resources to act
 * outwards (KCS-M4), who leads its meetings (MA-AUTONOMY), its members over time (MA-GROUP), the
 * professionals involved with it (MA-ATTITUDES) and how reciprocal its help is (MA-ASSUMPTIONS).
 *
 * <p>Members are pseudonymous ids only, and {@code toString()} prints neither them nor the
 * membership history nor the leaders: a themed group's membership is special-category personal
 * data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfHelpGroup implements WithSelfHelpGroup {

  SelfHelpGroup() {}

  /** The group's id. */
  public abstract GroupId id();

  /** The group's name. */
  public abstract String name();

  /** The kinds of vulnerable groups it is for; at least one (KCS-WHO). */
  public abstract ImmutableSet<TargetGroup> targetGroups();

  /** More precise subgroups, each of one of {@link #targetGroups()} (KCS-WHO). */
  public abstract ImmutableSet<TargetSubgroup> targetSubgroups();

  /** How many people take part; at least 1. */
  public abstract int participantCount();

  /** How far the group has come. */
  public abstract GroupMaturity maturity();

  /** When the group first met, if known. */
  public abstract Optional<LocalDate> foundedOn();

  /** What the group has agreed, if anything (KCS-REM-RULES). */
  public abstract Optional<GroupRules> rules();

  /** Since when the group meets without the animator present (KCS-EFF-SELFRUN). */
  public abstract Optional<LocalDate> meetsWithoutAnimatorSince();

  /**
   * Since when the group is independent (KCS-EFF-INDEPENDENT); not before {@link
   * #meetsWithoutAnimatorSince()}.
   */
  public abstract Optional<LocalDate> independentSince();

  /** The group's leaders, as member ids (KCS-M2). */
  @Value.Redacted
  public abstract ImmutableSet<MemberId> leaders();

  /** Cultural needs the group has stated (KCS-M3). */
  public abstract ImmutableSet<CulturalNeed> culturalNeeds();

  /** Whether the group is motivated to act outwards (KCS-M4). */
  @Value.Default
  public boolean motivatedToActOutwards() {
    return false;
  }

  /** Whether the group has the resources to act outwards (KCS-M4). */
  @Value.Default
  public boolean resourcedToActOutwards() {
    return false;
  }

  /**
   * Who leads the meetings (MA-AUTONOMY). Library default: the members themselves, as in a
   * self-help group; not in the source method.
   */
  @Value.Default
  public MeetingLead meetingsLedBy() {
    return MeetingLead.PEERS;
  }

  /** Who sets the agenda (MA-AUTONOMY); by default whoever leads the meetings. */
  @Value.Default
  public MeetingLead agendaSetBy() {
    return meetingsLedBy();
  }

  /** The animators who support the group. */
  public abstract ImmutableSet<AnimatorId> animators();

  /** How the group was recruited, if recorded (KCS-S2C). */
  public abstract Optional<RecruitmentChannel> recruitedThrough();

  /** The members over time (MA-GROUP); may be empty where only counts are kept. */
  @Value.Redacted
  public abstract ImmutableList<Membership> memberships();

  /**
   * Professionals involved with the group and what they do in it (MA-AUTONOMY, MA-ATTITUDES,
   * MA-BARRIER); by role only.
   */
  public abstract ImmutableList<ProfessionalInvolvement> professionals();

  /** How many members gave and received help, if counted (MA-ASSUMPTIONS: reciprocity). */
  public abstract Optional<Reciprocity> reciprocity();

  /** Whether the group is for {@code subgroup}. */
  public final boolean isFor(TargetSubgroup subgroup) {
    requireNonNull(subgroup, "subgroup");
    return targetSubgroups().contains(subgroup);
  }

  /** Whether the group is for {@code group}. */
  public final boolean isFor(TargetGroup group) {
    requireNonNull(group, "group");
    return targetGroups().contains(group);
  }

  /** Whether belonging to this group is special-category personal data (see {@link TargetGroup}). */
  public final boolean concernsSpecialCategoryData() {
    for (TargetGroup group : targetGroups()) {
      if (group.concernsSpecialCategoryData()) {
        return true;
      }
    }
    return false;
  }

  /** How many members belong to the group on {@code date}, from the membership history. */
  public final int membersOn(LocalDate date) {
    requireNonNull(date, "date");
    int members = 0;
    for (Membership membership : memberships()) {
      if (membership.isActiveOn(date)) {
        members++;
      }
    }
    return members;
  }

  /** How many joins happened after {@code date} (KCS-DIF-NEWCOMERS). */
  public final int joinsAfter(LocalDate date) {
    requireNonNull(date, "date");
    int joins = 0;
    for (Membership membership : memberships()) {
      if (membership.joinedOn().isAfter(date)) {
        joins++;
      }
    }
    return joins;
  }

  /** A builder of a self-help group. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    foundedOn().ifPresent(date -> Checks.checkDate("foundedOn", date));
    meetsWithoutAnimatorSince()
        .ifPresent(date -> Checks.checkDate("meetsWithoutAnimatorSince", date));
    independentSince().ifPresent(date -> Checks.checkDate("independentSince", date));
    Checks.checkName("group name", name());
    checkState(!targetGroups().isEmpty(), "targetGroups must not be empty, was %s", targetGroups());
    for (TargetSubgroup subgroup : targetSubgroups()) {
      checkState(
          targetGroups().contains(subgroup.targetGroup()),
          "targetSubgroups must belong to the targetGroups, was %s (of %s) with targetGroups %s",
          subgroup,
          subgroup.targetGroup(),
          targetGroups());
    }
    Checks.checkPositive("participantCount", participantCount());
    if (reciprocity().isPresent()) {
      Reciprocity counts = reciprocity().get();
      checkState(
          Math.max(counts.gaveHelp(), counts.receivedHelp()) <= participantCount(),
          "reciprocity counts must be at most participantCount (%s), was %s gave and %s received",
          participantCount(),
          counts.gaveHelp(),
          counts.receivedHelp());
    }
    checkMaturityAgreesWithDates();
    checkDateOrder();
    checkMemberships();
  }

  private void checkMaturityAgreesWithDates() {
    checkState(
        !maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF)
            || meetsWithoutAnimatorSince().isPresent(),
        "meetsWithoutAnimatorSince must be set for a group with maturity %s",
        maturity());
    checkState(
        maturity() != GroupMaturity.INDEPENDENT || independentSince().isPresent(),
        "independentSince must be set for a group with maturity %s",
        maturity());
    checkState(
        independentSince().isEmpty() || maturity() == GroupMaturity.INDEPENDENT,
        "maturity must be INDEPENDENT for a group independent since %s, was %s",
        independentSince().orElse(null),
        maturity());
  }

  private void checkDateOrder() {
    if (foundedOn().isPresent()) {
      LocalDate founded = foundedOn().get();
      checkNotBefore("rules agreedOn", rules().map(GroupRules::agreedOn), founded);
      checkNotBefore("meetsWithoutAnimatorSince", meetsWithoutAnimatorSince(), founded);
      checkNotBefore("independentSince", independentSince(), founded);
    }
    // Maturity only grows: a group becomes independent after it first meets on its own.
    if (meetsWithoutAnimatorSince().isPresent() && independentSince().isPresent()) {
      checkState(
          !independentSince().get().isBefore(meetsWithoutAnimatorSince().get()),
          "independentSince must not be before meetsWithoutAnimatorSince, was %s before %s",
          independentSince().get(),
          meetsWithoutAnimatorSince().get());
    }
  }

  private static void checkNotBefore(String field, Optional<LocalDate> date, LocalDate founded) {
    checkState(
        date.isEmpty() || !date.get().isBefore(founded),
        "%s must not be before foundedOn, was %s before %s",
        field,
        date.orElse(null),
        founded);
  }

  /**
   * No member has two periods sharing a day. Each member's periods are sorted by their joining
   * date and swept once, keeping the period that reaches furthest: n log n for n periods, where
   * comparing every pair would never finish on a long history.
   */
  private void checkMemberships() {
    Map<MemberId, List<Membership>> byMember = new HashMap<>();
    for (Membership membership : memberships()) {
      byMember.computeIfAbsent(membership.member(), m -> new ArrayList<>()).add(membership);
    }
    for (List<Membership> periods : byMember.values()) {
      if (periods.size() > 1) {
        checkNoOverlap(periods);
      }
    }
    if (!memberships().isEmpty()) {
      for (MemberId leader : leaders()) {
        checkState(
            byMember.containsKey(leader),
            "leaders must be members of the group when memberships are given, was a leader with no membership");
      }
    }
  }

  private static final LocalDate OPEN_END = LocalDate.MAX;

  private static LocalDate end(Membership period) {
    return period.leftOn().orElse(OPEN_END);
  }

  /**
   * Sorted by joining date, a period overlaps an earlier one exactly when it overlaps the earlier
   * period that ends last — except a period of no days ({@code leftOn == joinedOn}), which
   * overlaps only a period that joined strictly before it and ends after it.
   */
  private static void checkNoOverlap(List<Membership> periods) {
    List<Membership> sorted = new ArrayList<>(periods);
    sorted.sort(
        java.util.Comparator.comparing(Membership::joinedOn).thenComparing(SelfHelpGroup::end));
    Membership furthest = null; // ends last among all earlier periods
    Membership furthestBefore =
        null; // ends last among earlier periods that joined on an earlier day
    LocalDate day = null;
    Membership furthestUpToDay = null;
    for (Membership period : sorted) {
      if (!period.joinedOn().equals(day)) {
        furthestBefore = furthestUpToDay;
        day = period.joinedOn();
      }
      Membership candidate = end(period).equals(period.joinedOn()) ? furthestBefore : furthest;
      // Dates only: the member id is personal data and stays out of the message.
      checkState(
          candidate == null || !candidate.overlaps(period),
          "memberships of one member must not overlap, was a period from %s overlapping one from %s",
          period.joinedOn(),
          candidate == null ? null : candidate.joinedOn());
      if (furthest == null || end(period).isAfter(end(furthest))) {
        furthest = period;
      }
      furthestUpToDay = furthest;
    }
  }

  /**
   * Builds a {@link SelfHelpGroup}; id, name, at least one target group, participant count and
   * maturity are required.
   */
  public static final class Builder extends ImmutableSelfHelpGroup.Builder {
    Builder() {}
  }
}
