package pl.kcs.rules.group;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The facts the group-life rules read: one group on a date, the bonding period in force
 * (KCS-DIF-NEWCOMERS), and optionally the implementation it belongs to, for the other groups its
 * animators hold (KCS-DIF-DIVERSITY).
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupLifeFacts {

  private static final Ordering<SelfHelpGroup> BY_NAME =
      Ordering.natural().onResultOf(SelfHelpGroup::name);

  private final SelfHelpGroup group;
  private final Optional<KcsImplementation> implementation;
  private final LocalDate on;
  private final Period bondingPeriod;

  GroupLifeFacts(
      SelfHelpGroup group,
      Optional<KcsImplementation> implementation,
      LocalDate on,
      Period bondingPeriod) {
    this.group = group;
    this.implementation = implementation;
    this.on = on;
    this.bondingPeriod = bondingPeriod;
  }

  /** The group. */
  public SelfHelpGroup group() {
    return group;
  }

  /** The implementation the group belongs to, if given. */
  public Optional<KcsImplementation> implementation() {
    return implementation;
  }

  /** The date of the assessment. */
  public LocalDate on() {
    return on;
  }

  /** How long after its founding a group counts as bonded (KCS-DIF-NEWCOMERS). */
  public Period bondingPeriod() {
    return bondingPeriod;
  }

  /** Whether the group has rules formulated with its participants (KCS-REM-RULES). */
  public boolean hasRulesAgreedWithParticipants() {
    return group.rules().map(GroupRules::formulatedWithParticipants).orElse(false);
  }

  /** The day from which the group counts as bonded; empty if its founding date is not recorded. */
  public Optional<LocalDate> bondedOn() {
    return group.foundedOn().map(founded -> founded.plus(bondingPeriod));
  }

  /** Whether the group has bonded by the date of the assessment. */
  public boolean isBonded() {
    return bondedOn().map(bonded -> !on.isBefore(bonded)).orElse(false);
  }

  /**
   * How many people joined from the bonding day up to the assessment date and after the group's
   * rules were last agreed (KCS-DIF-NEWCOMERS): their arrival reopens the rules.
   */
  public int newcomersSinceRulesAgreed() {
    if (bondedOn().isEmpty()) {
      return 0;
    }
    LocalDate bonded = bondedOn().get();
    Optional<LocalDate> agreed = group.rules().map(GroupRules::agreedOn);
    int newcomers = 0;
    for (Membership membership : group.memberships()) {
      LocalDate joined = membership.joinedOn();
      if (!joined.isBefore(bonded)
          && !joined.isAfter(on)
          && (agreed.isEmpty() || joined.isAfter(agreed.get()))) {
        newcomers++;
      }
    }
    return newcomers;
  }

  /**
   * For each animator of the group (by id), the other groups of the implementation they hold that
   * are of a very different kind: no target group (KCS-WHO) in common with this one
   * (KCS-DIF-DIVERSITY; the measure is a library default, not in the source method). Groups by
   * name; animators without such groups are left out.
   */
  public ImmutableMap<AnimatorId, ImmutableList<SelfHelpGroup>> animatorsWithDifferentGroups() {
    if (implementation.isEmpty()) {
      return ImmutableMap.of();
    }
    Map<AnimatorId, ImmutableList<SelfHelpGroup>> found = new TreeMap<>();
    for (AnimatorId animator : group.animators()) {
      List<SelfHelpGroup> different = new ArrayList<>();
      for (SelfHelpGroup other : implementation.get().groups()) {
        if (!other.id().equals(group.id())
            && other.animators().contains(animator)
            && Collections.disjoint(other.targetGroups(), group.targetGroups())) {
          different.add(other);
        }
      }
      if (!different.isEmpty()) {
        found.put(animator, BY_NAME.immutableSortedCopy(different));
      }
    }
    return ImmutableMap.copyOf(found);
  }

  @Override
  public String toString() {
    return "GroupLifeFacts{" + group.id() + ", " + group.maturity() + ", " + on + "}";
  }
}
