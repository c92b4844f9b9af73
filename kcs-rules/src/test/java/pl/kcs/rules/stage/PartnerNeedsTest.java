package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.partner.PartnerKind;
import pl.kcs.core.people.Fte;

/**
 * Which invited partners answer a group's needs (KCS-S2A: partners chosen by the needs and
 * diagnosed problems; the mapping is a kcs default, not the method's), for every target subgroup
 * of KCS-WHO — not only refugees — and how many groups the animators' posts carry (a kcs default:
 * 6 groups per full post, rounded down).
 */
class PartnerNeedsTest {

  private static SelfHelpGroup groupFor(TargetSubgroup subgroup) {
    return SelfHelpGroup.builder()
        .id(GroupId.of("g-" + subgroup.name().toLowerCase(Locale.ROOT)))
        .name("Grupa")
        .addTargetGroups(subgroup.targetGroup())
        .addTargetSubgroups(subgroup)
        .participantCount(5)
        .maturity(GroupMaturity.EARLY)
        .build();
  }

  private static int kinds(Set<PartnerKind> kinds) {
    int mask = 0;
    for (PartnerKind kind : kinds) {
      mask |= PartnerNeeds.bit(kind);
    }
    return mask;
  }

  /** The kinds of partner that answer the needs of {@code target} by the kcs default mapping. */
  private static Set<PartnerKind> answering(TargetSubgroup subgroup) {
    if (subgroup == TargetSubgroup.REFUGEES || subgroup == TargetSubgroup.MIGRANTS) {
      return EnumSet.of(PartnerKind.REFUGEE_SUPPORT);
    }
    switch (subgroup.targetGroup()) {
      case HEALTH_PROBLEMS:
        return EnumSet.of(PartnerKind.HEALTH_INSTITUTION);
      case MINORITIES:
        return EnumSet.of(PartnerKind.NGO, PartnerKind.REFUGEE_SUPPORT);
      case SOCIAL_PROBLEMS:
        return EnumSet.of(
            PartnerKind.SOCIAL_ASSISTANCE_CENTRE,
            PartnerKind.NGO,
            PartnerKind.LABOUR_MARKET_INSTITUTION);
      case DISCRIMINATION_RISK:
        return EnumSet.of(PartnerKind.NGO);
      case LOCAL_COMMUNITY:
        return EnumSet.of(PartnerKind.NGO, PartnerKind.LOCAL_GOVERNMENT_UNIT);
      default:
        return EnumSet.of(PartnerKind.SOCIAL_ASSISTANCE_CENTRE, PartnerKind.NGO);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TargetSubgroup.class)
  void each_answering_kind_alone_meets_the_needs_of_a_group_for_every_subgroup_KCS_S2A(
      TargetSubgroup subgroup) {
    SelfHelpGroup group = groupFor(subgroup);
    for (PartnerKind kind : answering(subgroup)) {
      assertThat(PartnerNeeds.isMet(group, kinds(EnumSet.of(kind))))
          .as("%s answers %s", kind, subgroup)
          .isTrue();
      assertThat(PartnerNeeds.missingKinds(group, kinds(EnumSet.of(kind))))
          .as("%s answers %s", kind, subgroup)
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TargetSubgroup.class)
  void every_other_kind_together_leaves_the_needs_of_a_group_unmet_for_every_subgroup_KCS_S2A(
      TargetSubgroup subgroup) {
    SelfHelpGroup group = groupFor(subgroup);
    Set<PartnerKind> others = EnumSet.complementOf(EnumSet.copyOf(answering(subgroup)));

    assertThat(PartnerNeeds.isMet(group, kinds(others))).isFalse();
    assertThat(PartnerNeeds.isMet(group, 0)).isFalse();
    assertThat(PartnerNeeds.missingKinds(group, kinds(others)))
        .containsExactlyInAnyOrderElementsOf(answering(subgroup));
    assertThat(PartnerNeeds.missingKinds(group, 0))
        .containsExactlyInAnyOrderElementsOf(answering(subgroup));
  }

  @Test
  void a_poor_group_is_answered_by_a_social_assistance_centre_or_an_ngo_KCS_S2A() {
    SelfHelpGroup poor =
        SelfHelpGroup.builder()
            .id(GroupId.of("g-poor"))
            .name("Grupa")
            .addTargetGroups(TargetGroup.POOR)
            .participantCount(5)
            .maturity(GroupMaturity.EARLY)
            .build();

    assertThat(PartnerNeeds.isMet(poor, kinds(EnumSet.of(PartnerKind.SOCIAL_ASSISTANCE_CENTRE))))
        .isTrue();
    assertThat(PartnerNeeds.isMet(poor, kinds(EnumSet.of(PartnerKind.NGO)))).isTrue();
    assertThat(PartnerNeeds.isMet(poor, kinds(EnumSet.of(PartnerKind.LABOUR_MARKET_INSTITUTION))))
        .isFalse();
    assertThat(PartnerNeeds.missingKinds(poor, 0))
        .containsExactly(PartnerKind.NGO, PartnerKind.SOCIAL_ASSISTANCE_CENTRE);
  }

  @Test
  void a_group_with_two_needs_is_met_only_when_both_are_answered_KCS_S2A() {
    SelfHelpGroup both =
        SelfHelpGroup.builder()
            .id(GroupId.of("g-both"))
            .name("Grupa")
            .addTargetGroups(TargetGroup.HEALTH_PROBLEMS, TargetGroup.DISCRIMINATION_RISK)
            .participantCount(5)
            .maturity(GroupMaturity.EARLY)
            .build();

    assertThat(PartnerNeeds.isMet(both, kinds(EnumSet.of(PartnerKind.HEALTH_INSTITUTION))))
        .isFalse();
    assertThat(PartnerNeeds.isMet(both, kinds(EnumSet.of(PartnerKind.NGO)))).isFalse();
    assertThat(
            PartnerNeeds.isMet(
                both, kinds(EnumSet.of(PartnerKind.HEALTH_INSTITUTION, PartnerKind.NGO))))
        .isTrue();
    assertThat(PartnerNeeds.missingKinds(both, kinds(EnumSet.of(PartnerKind.HEALTH_INSTITUTION))))
        .containsExactly(PartnerKind.NGO);
  }

  @Test
  void
      an_ngo_alone_does_not_answer_a_refugee_group_but_refugee_support_answers_its_minority_need_too_KCS_S2A() {
    SelfHelpGroup refugees = groupFor(TargetSubgroup.REFUGEES);

    assertThat(PartnerNeeds.isMet(refugees, kinds(EnumSet.of(PartnerKind.NGO)))).isFalse();
    assertThat(PartnerNeeds.missingKinds(refugees, kinds(EnumSet.of(PartnerKind.NGO))))
        .containsExactly(PartnerKind.REFUGEE_SUPPORT);
    assertThat(PartnerNeeds.missingKinds(refugees, 0)).containsExactly(PartnerKind.REFUGEE_SUPPORT);
  }

  @Test
  void a_full_post_carries_six_groups_rounded_down_kcs_default() {
    assertThat(StageFacts.groupsCarried(Fte.ZERO)).isZero();
    assertThat(StageFacts.groupsCarried(Fte.of(1, 4))).isEqualTo(1);
    assertThat(StageFacts.groupsCarried(Fte.of(1, 3))).isEqualTo(2);
    assertThat(StageFacts.groupsCarried(Fte.of(1, 2))).isEqualTo(3);
    assertThat(StageFacts.groupsCarried(Fte.of(5, 6))).isEqualTo(5);
    assertThat(StageFacts.groupsCarried(Fte.of(1, 1))).isEqualTo(6);
    assertThat(StageFacts.groupsCarried(Fte.of(7, 4))).isEqualTo(10);
  }
}
