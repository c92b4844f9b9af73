package pl.kcs.rules.group;

import pl.kcs.core.group.SelfHelpGroup;

/**
 * Copies of groups. kcs-core's strict builders have no {@code from(...)}, and a group cannot
 * become independent by one {@code with*} call at a time (maturity and date are checked
 * together), so the transition to independence rebuilds the group attribute by attribute.
 */
final class Groups {

  private Groups() {}

  /** A builder holding every attribute of {@code group} except maturity and independentSince. */
  static SelfHelpGroup.Builder copyBut(SelfHelpGroup group) {
    SelfHelpGroup.Builder copy = SelfHelpGroup.builder();
    copy.id(group.id())
        .name(group.name())
        .addAllTargetGroups(group.targetGroups())
        .addAllTargetSubgroups(group.targetSubgroups())
        .participantCount(group.participantCount())
        .foundedOn(group.foundedOn())
        .rules(group.rules())
        .meetsWithoutAnimatorSince(group.meetsWithoutAnimatorSince())
        .addAllLeaders(group.leaders())
        .addAllCulturalNeeds(group.culturalNeeds())
        .motivatedToActOutwards(group.motivatedToActOutwards())
        .resourcedToActOutwards(group.resourcedToActOutwards())
        .meetingsLedBy(group.meetingsLedBy())
        .agendaSetBy(group.agendaSetBy())
        .addAllAnimators(group.animators())
        .recruitedThrough(group.recruitedThrough())
        .addAllMemberships(group.memberships())
        .addAllProfessionals(group.professionals())
        .reciprocity(group.reciprocity());
    return copy;
  }
}
