package pl.kcs.rules.autonomy;

import java.time.LocalDate;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.MemberRelation;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.stage.KcsImplementation;

/** Groups led by their members, and a library with three groups, two of them in contact (MA-*). */
final class AutonomyFixture {

  static final LocalDate FOUNDED = LocalDate.of(2024, 3, 4);

  private AutonomyFixture() {}

  /** A peer group that runs itself, led by its members, with three directly affected members. */
  static SelfHelpGroup.Builder peerGroup(String id, String name, TargetSubgroup subgroup) {
    SelfHelpGroup.Builder group =
        SelfHelpGroup.builder()
            .id(GroupId.of(id))
            .name(name)
            .addTargetGroups(subgroup.targetGroup())
            .addTargetSubgroups(subgroup)
            .participantCount(6)
            .maturity(GroupMaturity.RUNNING_ITSELF)
            .foundedOn(FOUNDED)
            .meetsWithoutAnimatorSince(FOUNDED.plusMonths(5))
            .meetingsLedBy(MeetingLead.PEERS)
            // Agreed with its participants, on openness, trust and respect (MA-ASSUMPTIONS).
            .rules(
                GroupRules.builder()
                    .addElements(RulesElement.RULES, RulesElement.OPENNESS_TRUST_RESPECT)
                    .agreedOn(FOUNDED.plusMonths(1))
                    .formulatedWithParticipants(true)
                    .build());
    for (int i = 1; i <= 3; i++) {
      group.addMemberships(Membership.joined(MemberId.of(id + "-" + i), FOUNDED));
    }
    return group;
  }

  /** A peer group of people with mental-health experience and their close ones (MA-GROUP). */
  static SelfHelpGroup.Builder mentalHealthGroup() {
    return peerGroup("razem", "Grupa „Razem”", TargetSubgroup.MENTAL_HEALTH)
        .addTargetSubgroups(TargetSubgroup.FAMILIES_OF_PEOPLE_WITH_HEALTH_PROBLEMS);
  }

  static SelfHelpGroup withFamily() {
    return mentalHealthGroup()
        .addMemberships(
            Membership.builder()
                .member(MemberId.of("razem-4"))
                .relation(MemberRelation.FAMILY_OR_CLOSE)
                .joinedOn(FOUNDED)
                .build())
        .build();
  }

  /** Three groups of a library; the refugee women and the single parents visited each other. */
  static KcsImplementation threeGroups() {
    SelfHelpGroup refugees = peerGroup("refugees", "Uchodźczynie", TargetSubgroup.REFUGEES).build();
    SelfHelpGroup parents =
        peerGroup("parents", "Samodzielni rodzice", TargetSubgroup.SINGLE_PARENTS).build();
    return Fixtures.aLibraryReadyForStageThree()
        .withGroupLinks()
        .withGroups(refugees, parents, withFamily())
        .withGroupLinks(
            GroupLink.of(refugees.id(), parents.id(), GroupLinkKind.VISIT, FOUNDED.plusMonths(2)),
            GroupLink.of(
                parents.id(), refugees.id(), GroupLinkKind.SHARED_EVENT, FOUNDED.plusMonths(4)));
  }
}
