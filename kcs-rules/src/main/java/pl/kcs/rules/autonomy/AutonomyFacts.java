package pl.kcs.rules.autonomy;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.MemberRelation;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.ProfessionalAttitude;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The facts the autonomy rules read: one group, optionally the implementation it belongs to (for
 * its contacts with other groups, MA-NETWORK), and the words used for people (MA-TERMS).
 *
 * <p>Immutable and thread-safe.
 */
public final class AutonomyFacts {

  private final SelfHelpGroup group;
  private final Optional<KcsImplementation> implementation;
  private final Terminology terminology;

  AutonomyFacts(
      SelfHelpGroup group, Optional<KcsImplementation> implementation, Terminology terminology) {
    this.group = group;
    this.implementation = implementation;
    this.terminology = terminology;
  }

  /** The group. */
  public SelfHelpGroup group() {
    return group;
  }

  /** The implementation the group belongs to, if given. */
  public Optional<KcsImplementation> implementation() {
    return implementation;
  }

  /** The words used for people. */
  public Terminology terminology() {
    return terminology;
  }

  /**
   * Whether {@code lead} keeps the group independent (MA-AUTONOMY): the members, or a
   * professional who belongs through own experience; the animator only until the group runs
   * itself, as part of a culture of support (KCS-M2).
   */
  public boolean isAutonomous(MeetingLead lead) {
    switch (lead) {
      case PEERS:
      case PROFESSIONAL_WITH_OWN_EXPERIENCE:
        return true;
      case ANIMATOR:
        return !group.maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF);
      default:
        return false;
    }
  }

  /** Whether the group runs itself or is independent (KCS-EFF-SELFRUN). */
  public boolean runsItself() {
    return group.maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF);
  }

  /** The involvements of professionals without own experience that show {@code attitude}. */
  public ImmutableList<ProfessionalInvolvement> showing(ProfessionalAttitude attitude) {
    ImmutableList.Builder<ProfessionalInvolvement> showing = ImmutableList.builder();
    for (ProfessionalInvolvement involvement : group.professionals()) {
      if (Attitudes.shows(involvement, attitude)) {
        showing.add(involvement);
      }
    }
    return showing.build();
  }

  /**
   * The involvements of professionals of psychiatric care or social assistance, without own
   * experience, who lead the group, set its agenda or subordinate it to institutional help
   * (MA-BARRIER).
   */
  public ImmutableList<ProfessionalInvolvement> dependence() {
    ImmutableList.Builder<ProfessionalInvolvement> dependence = ImmutableList.builder();
    for (ProfessionalInvolvement involvement : group.professionals()) {
      if (involvement.role().isOfDependenceInstitutions()
          && !involvement.ownExperience()
          && (involvement.does(InvolvementPractice.LEADS_MEETINGS)
              || involvement.does(InvolvementPractice.SETS_AGENDA)
              || involvement.does(InvolvementPractice.CATALOGUES_INTO_INSTITUTIONAL_HELP))) {
        dependence.add(involvement);
      }
    }
    return dependence.build();
  }

  /** Whether any professional of psychiatric care or social assistance is involved (MA-BARRIER). */
  public boolean hasDependenceInstitutions() {
    for (ProfessionalInvolvement involvement : group.professionals()) {
      if (involvement.role().isOfDependenceInstitutions()) {
        return true;
      }
    }
    return false;
  }

  /** How many distinct members are family members or close ones (MA-GROUP). */
  public int familyMembers() {
    return members(MemberRelation.FAMILY_OR_CLOSE);
  }

  /** How many distinct members there are in the membership history. */
  public int members() {
    Set<MemberId> members = new HashSet<>();
    for (Membership membership : group.memberships()) {
      members.add(membership.member());
    }
    return members.size();
  }

  /** Whether the group is open to families, by its target subgroups or its members (MA-GROUP). */
  public boolean isOpenToFamilies() {
    return group.isFor(TargetSubgroup.FAMILIES_OF_PEOPLE_WITH_HEALTH_PROBLEMS)
        || familyMembers() > 0;
  }

  /** The group's contacts with other groups of the implementation (MA-NETWORK). */
  public ImmutableList<GroupLink> links() {
    if (implementation.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<GroupLink> links = ImmutableList.builder();
    for (GroupLink link : implementation.get().groupLinks()) {
      if (link.involves(group.id())) {
        links.add(link);
      }
    }
    return links.build();
  }

  private int members(MemberRelation relation) {
    Set<MemberId> members = new HashSet<>();
    for (Membership membership : group.memberships()) {
      if (membership.relation() == relation) {
        members.add(membership.member());
      }
    }
    return members.size();
  }

  @Override
  public String toString() {
    return "AutonomyFacts{" + group.id() + ", " + terminology + "}";
  }
}
