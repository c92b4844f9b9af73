package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.MemberRelation;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.RecruitmentChannel;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.people.AnimatorId;

/**
 * The JSON and XML form of {@code pl.kcs.core.group}: self-help groups (KCS-WHO, KCS-REM-RULES,
 * KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT, MA-AUTONOMY), their pseudonymous members over time
 * (MA-GROUP) and the links between groups (MA-NETWORK).
 *
 * <p>Member ids are data and are written as they are; a rejected member id is never repeated in a
 * message ({@code Checks.checkPseudonym}).
 */
final class GroupMapping {

  private GroupMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            SelfHelpGroup.class,
            "selfHelpGroup",
            GroupMapping::writeGroup,
            GroupMapping::readGroup));
    registry.add(
        Mapping.of(
            GroupRules.class, "groupRules", GroupMapping::writeRules, GroupMapping::readRules));
    registry.add(
        Mapping.of(
            Membership.class,
            "membership",
            GroupMapping::writeMembership,
            GroupMapping::readMembership));
    registry.add(
        Mapping.of(GroupLink.class, "groupLink", GroupMapping::writeLink, GroupMapping::readLink));
    registry.add(Mapping.ofText(GroupId.class, "groupId", GroupId::value, GroupId::of));
    registry.add(Mapping.ofText(MemberId.class, "memberId", MemberId::value, MemberId::of));
  }

  static void writeGroup(SelfHelpGroup group, Out out) {
    out.string("id", group.id().value());
    out.string("name", group.name());
    out.codes("targetGroups", "targetGroup", group.targetGroups());
    out.codes("targetSubgroups", "targetSubgroup", group.targetSubgroups());
    out.integer("participantCount", group.participantCount());
    out.code("maturity", group.maturity());
    out.optDate("foundedOn", group.foundedOn());
    out.optObject("rules", group.rules(), GroupMapping::writeRules);
    out.optDate("meetsWithoutAnimatorSince", group.meetsWithoutAnimatorSince());
    out.optDate("independentSince", group.independentSince());
    out.strings("leaders", "memberId", group.leaders().stream().map(MemberId::value).toList());
    out.codes("culturalNeeds", "need", group.culturalNeeds());
    out.bool("motivatedToActOutwards", group.motivatedToActOutwards());
    out.bool("resourcedToActOutwards", group.resourcedToActOutwards());
    out.code("meetingsLedBy", group.meetingsLedBy());
    out.code("agendaSetBy", group.agendaSetBy());
    out.strings(
        "animators", "animatorId", group.animators().stream().map(AnimatorId::value).toList());
    out.optCode("recruitedThrough", group.recruitedThrough());
    out.list("memberships", "membership", group.memberships(), GroupMapping::writeMembership);
    out.list(
        "professionals",
        "professional",
        group.professionals(),
        AdditionsMapping::writeProfessional);
    out.optObject("reciprocity", group.reciprocity(), AdditionsMapping::writeReciprocity);
  }

  static SelfHelpGroup readGroup(In in) {
    GroupId id = in.value("id", GroupId::of);
    String name = in.name("name");
    ImmutableSet<TargetGroup> targetGroups = in.codes("targetGroups", TargetGroup.class);
    ImmutableSet<TargetSubgroup> targetSubgroups =
        in.codes("targetSubgroups", TargetSubgroup.class);
    int participantCount = in.integer("participantCount");
    GroupMaturity maturity = in.code("maturity", GroupMaturity.class);
    Optional<LocalDate> foundedOn = in.optDate("foundedOn");
    Optional<GroupRules> rules = in.optObject("rules", GroupMapping::readRules);
    Optional<LocalDate> withoutAnimator = in.optDate("meetsWithoutAnimatorSince");
    Optional<LocalDate> independent = in.optDate("independentSince");
    ImmutableSet<MemberId> leaders = in.valueSet("leaders", MemberId::of);
    ImmutableSet<CulturalNeed> needs = in.codes("culturalNeeds", CulturalNeed.class);
    Optional<Boolean> motivated = in.optBool("motivatedToActOutwards");
    Optional<Boolean> resourced = in.optBool("resourcedToActOutwards");
    Optional<MeetingLead> ledBy = in.optCode("meetingsLedBy", MeetingLead.class);
    Optional<MeetingLead> agenda = in.optCode("agendaSetBy", MeetingLead.class);
    ImmutableSet<AnimatorId> animators = in.valueSet("animators", AnimatorId::of);
    Optional<RecruitmentChannel> channel = in.optCode("recruitedThrough", RecruitmentChannel.class);
    ImmutableList<Membership> memberships = in.list("memberships", GroupMapping::readMembership);
    ImmutableList<pl.kcs.core.group.ProfessionalInvolvement> professionals =
        in.list("professionals", AdditionsMapping::readProfessional);
    Optional<pl.kcs.core.group.Reciprocity> reciprocity =
        in.optObject("reciprocity", AdditionsMapping::readReciprocity);
    return in.build(
        () -> {
          SelfHelpGroup.Builder group =
              SelfHelpGroup.builder()
                  .id(id)
                  .name(name)
                  .addAllTargetGroups(targetGroups)
                  .addAllTargetSubgroups(targetSubgroups)
                  .participantCount(participantCount)
                  .maturity(maturity)
                  .foundedOn(foundedOn)
                  .rules(rules)
                  .meetsWithoutAnimatorSince(withoutAnimator)
                  .independentSince(independent)
                  .addAllLeaders(leaders)
                  .addAllCulturalNeeds(needs)
                  .addAllAnimators(animators)
                  .recruitedThrough(channel)
                  .addAllMemberships(memberships)
                  .addAllProfessionals(professionals)
                  .reciprocity(reciprocity);
          motivated.ifPresent(group::motivatedToActOutwards);
          resourced.ifPresent(group::resourcedToActOutwards);
          ledBy.ifPresent(group::meetingsLedBy);
          agenda.ifPresent(group::agendaSetBy);
          return group.build();
        });
  }

  static void writeRules(GroupRules rules, Out out) {
    out.codes("elements", "element", rules.elements());
    out.date("agreedOn", rules.agreedOn());
    out.bool("formulatedWithParticipants", rules.formulatedWithParticipants());
  }

  static GroupRules readRules(In in) {
    ImmutableSet<RulesElement> elements = in.codes("elements", RulesElement.class);
    LocalDate agreedOn = in.date("agreedOn");
    boolean withParticipants = in.bool("formulatedWithParticipants");
    return in.build(
        () ->
            GroupRules.builder()
                .addAllElements(elements)
                .agreedOn(agreedOn)
                .formulatedWithParticipants(withParticipants)
                .build());
  }

  static void writeMembership(Membership membership, Out out) {
    out.string("member", membership.member().value());
    out.code("relation", membership.relation());
    out.date("joinedOn", membership.joinedOn());
    out.optDate("leftOn", membership.leftOn());
  }

  static Membership readMembership(In in) {
    MemberId member = in.value("member", MemberId::of);
    Optional<MemberRelation> relation = in.optCode("relation", MemberRelation.class);
    LocalDate joinedOn = in.date("joinedOn");
    Optional<LocalDate> leftOn = in.optDate("leftOn");
    return in.build(
        () -> {
          Membership.Builder membership =
              Membership.builder().member(member).joinedOn(joinedOn).leftOn(leftOn);
          relation.ifPresent(membership::relation);
          return membership.build();
        });
  }

  static void writeLink(GroupLink link, Out out) {
    out.string("from", link.from().value());
    out.string("to", link.to().value());
    out.code("kind", link.kind());
    out.date("on", link.on());
  }

  static GroupLink readLink(In in) {
    GroupId from = in.value("from", GroupId::of);
    GroupId to = in.value("to", GroupId::of);
    GroupLinkKind kind = in.code("kind", GroupLinkKind.class);
    LocalDate on = in.date("on");
    return in.build(() -> GroupLink.of(from, to, kind, on));
  }
}
