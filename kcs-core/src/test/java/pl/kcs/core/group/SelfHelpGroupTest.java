package pl.kcs.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.fixtures.Fixtures;

class SelfHelpGroupTest {

  private static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);

  /** The smallest valid group: an early group of five for people facing social problems. */
  private static SelfHelpGroup.Builder aGroup() {
    return SelfHelpGroup.builder()
        .id(GroupId.of("g-1"))
        .name("Grupa wsparcia")
        .addTargetGroups(TargetGroup.SOCIAL_PROBLEMS)
        .participantCount(5)
        .maturity(GroupMaturity.EARLY);
  }

  // ------------------------------------------------------------------ validation

  @Test
  void should_require_id_name_participant_count_and_maturity() {
    assertThatThrownBy(() -> SelfHelpGroup.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build SelfHelpGroup, some of required attributes are not set [id, name, participantCount, maturity]");
    assertThatThrownBy(() -> aGroup().name("Druga nazwa"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of SelfHelpGroup is strict, attribute is already set: name");
    assertThatThrownBy(() -> aGroup().foundedOn((LocalDate) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("foundedOn");
  }

  @Test
  void should_reject_an_empty_or_padded_name() {
    assertThatThrownBy(() -> aGroup().build().withName(" "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("group name must not be blank");
    assertThatThrownBy(() -> aGroup().build().withName("Grupa "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("group name must not start or end with white space; the value is not repeated");
  }

  @Test
  @DisplayName(
      "KCS-WHO: a group is for at least one kind of vulnerable group, and its subgroups belong to its kinds")
  void target_groups() {
    assertThatThrownBy(() -> aGroup().build().withTargetGroups())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("targetGroups must not be empty, was []");
    assertThatThrownBy(() -> aGroup().addTargetSubgroups(TargetSubgroup.REFUGEES).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "targetSubgroups must belong to the targetGroups, was REFUGEES (of MINORITIES) with targetGroups [SOCIAL_PROBLEMS]");
    assertThat(
            aGroup()
                .addTargetSubgroups(TargetSubgroup.SINGLE_PARENTS)
                .build()
                .isFor(TargetSubgroup.SINGLE_PARENTS))
        .isTrue();
  }

  @Test
  void should_reject_a_group_size_below_one() {
    assertThatThrownBy(() -> aGroup().build().withParticipantCount(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("participantCount must be positive, was 0");
    assertThatThrownBy(() -> aGroup().build().withParticipantCount(-3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("participantCount must be positive, was -3");
    assertThat(aGroup().build().withParticipantCount(1).participantCount()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "KCS-EFF-SELFRUN: a group running itself says since when it meets without the animator")
  void running_itself_needs_a_date() {
    assertThatThrownBy(() -> aGroup().build().withMaturity(GroupMaturity.RUNNING_ITSELF))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "meetsWithoutAnimatorSince must be set for a group with maturity RUNNING_ITSELF");
    assertThatThrownBy(() -> aGroup().build().withMaturity(GroupMaturity.INDEPENDENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("meetsWithoutAnimatorSince must be set for a group with maturity INDEPENDENT");
  }

  @Test
  @DisplayName(
      "KCS-EFF-INDEPENDENT: an independent group says since when, and only an independent group does")
  void independence_needs_a_date_and_the_maturity() {
    SelfHelpGroup runningItself =
        aGroup()
            .build()
            .withMeetsWithoutAnimatorSince(FOUNDED)
            .withMaturity(GroupMaturity.RUNNING_ITSELF);

    assertThatThrownBy(() -> runningItself.withMaturity(GroupMaturity.INDEPENDENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("independentSince must be set for a group with maturity INDEPENDENT");
    assertThatThrownBy(() -> runningItself.withIndependentSince(LocalDate.of(2024, 5, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "maturity must be INDEPENDENT for a group independent since 2024-05-01, was RUNNING_ITSELF");
    assertThatThrownBy(() -> aGroup().independentSince(LocalDate.of(2024, 5, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "maturity must be INDEPENDENT for a group independent since 2024-05-01, was EARLY");
  }

  @Test
  void should_reject_dates_before_the_group_was_founded() {
    SelfHelpGroup founded = aGroup().foundedOn(FOUNDED).build();

    assertThatThrownBy(
            () ->
                founded.withRules(
                    Fixtures.rulesAgreedWithParticipants(
                        LocalDate.of(2024, 2, 1), RulesElement.RULES)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rules agreedOn must not be before foundedOn, was 2024-02-01 before 2024-03-01");
    assertThatThrownBy(() -> founded.withMeetsWithoutAnimatorSince(LocalDate.of(2024, 2, 29)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "meetsWithoutAnimatorSince must not be before foundedOn, was 2024-02-29 before 2024-03-01");
    assertThatThrownBy(
            () ->
                SelfHelpGroup.builder()
                    .id(GroupId.of("g-1"))
                    .name("Grupa")
                    .addTargetGroups(TargetGroup.POOR)
                    .participantCount(3)
                    .maturity(GroupMaturity.INDEPENDENT)
                    .foundedOn(FOUNDED)
                    .meetsWithoutAnimatorSince(FOUNDED)
                    .independentSince(LocalDate.of(2023, 12, 31))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "independentSince must not be before foundedOn, was 2023-12-31 before 2024-03-01");
    assertThat(founded.withMeetsWithoutAnimatorSince(FOUNDED).meetsWithoutAnimatorSince())
        .contains(FOUNDED);
  }

  @Test
  @DisplayName(
      "KCS-EFF-INDEPENDENT: a group becomes independent after it first meets without the animator")
  void independence_not_before_running_itself() {
    assertThatThrownBy(
            () ->
                SelfHelpGroup.builder()
                    .id(GroupId.of("g-1"))
                    .name("Grupa")
                    .addTargetGroups(TargetGroup.POOR)
                    .participantCount(3)
                    .maturity(GroupMaturity.INDEPENDENT)
                    .meetsWithoutAnimatorSince(LocalDate.of(2024, 5, 1))
                    .independentSince(LocalDate.of(2024, 4, 1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "independentSince must not be before meetsWithoutAnimatorSince, was 2024-04-01 before 2024-05-01");
    SelfHelpGroup sameDay =
        SelfHelpGroup.builder()
            .id(GroupId.of("g-1"))
            .name("Grupa")
            .addTargetGroups(TargetGroup.POOR)
            .participantCount(3)
            .maturity(GroupMaturity.INDEPENDENT)
            .meetsWithoutAnimatorSince(LocalDate.of(2024, 5, 1))
            .independentSince(LocalDate.of(2024, 5, 1))
            .build();
    assertThat(sameDay.independentSince()).contains(LocalDate.of(2024, 5, 1));
  }

  @Test
  @DisplayName(
      "MA-GROUP: one member's periods must not overlap, and the message does not name the member")
  void overlapping_memberships() {
    MemberId member = MemberId.of("secret-member-77");
    SelfHelpGroup group = aGroup().build();

    assertThatThrownBy(
            () ->
                group.withMemberships(
                    Membership.joined(member, LocalDate.of(2024, 1, 1)),
                    Membership.joined(member, LocalDate.of(2024, 2, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "memberships of one member must not overlap, was a period from 2024-02-01 overlapping one from 2024-01-01")
        .message()
        .doesNotContain("secret-member-77");
    SelfHelpGroup rejoined =
        group.withMemberships(
            Membership.joined(member, LocalDate.of(2024, 1, 1))
                .withLeftOn(LocalDate.of(2024, 2, 1)),
            Membership.joined(member, LocalDate.of(2024, 2, 1)));
    assertThat(rejoined.membersOn(LocalDate.of(2024, 2, 1))).isEqualTo(1);
  }

  @Test
  void should_take_leaders_from_the_members_when_memberships_are_given() {
    MemberId leader = MemberId.of("secret-leader-3");

    assertThatThrownBy(
            () ->
                aGroup()
                    .addLeaders(leader)
                    .addMemberships(Membership.joined(MemberId.of("m-1"), FOUNDED))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "leaders must be members of the group when memberships are given, was a leader with no membership")
        .message()
        .doesNotContain("secret-leader-3");
    assertThat(aGroup().addLeaders(leader).build().leaders()).containsExactly(leader);
  }

  // ------------------------------------------------------------------ behaviour

  @Test
  @DisplayName("MA-GROUP: members on a date come from the membership history")
  void members_on_a_date() {
    SelfHelpGroup singleParents = Fixtures.aSingleParentsGroup();
    LocalDate founded = singleParents.foundedOn().orElseThrow();

    assertThat(singleParents.membersOn(founded.minusDays(1))).isZero();
    assertThat(singleParents.membersOn(founded)).isEqualTo(4);
    assertThat(singleParents.membersOn(founded.plusMonths(1))).isEqualTo(5);
    assertThat(aGroup().build().membersOn(founded)).isZero();
    assertThatThrownBy(() -> singleParents.membersOn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  @DisplayName("KCS-DIF-NEWCOMERS: joins after a date show newcomers after the group has bonded")
  void joins_after_a_date() {
    SelfHelpGroup singleParents = Fixtures.aSingleParentsGroup();
    LocalDate founded = singleParents.foundedOn().orElseThrow();

    assertThat(singleParents.joinsAfter(founded.minusDays(1))).isEqualTo(5);
    assertThat(singleParents.joinsAfter(founded)).isEqualTo(1);
    assertThat(singleParents.joinsAfter(founded.plusMonths(1))).isZero();
    assertThatThrownBy(() -> singleParents.joinsAfter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  @DisplayName(
      "KCS-WHO: membership of a health, minority or discrimination-risk group is special-category data")
  void special_category_data() {
    assertThat(Fixtures.aRefugeeWomenGroup().concernsSpecialCategoryData()).isTrue();
    assertThat(Fixtures.aMentalHealthPeerGroup().concernsSpecialCategoryData()).isTrue();
    assertThat(Fixtures.aSingleParentsGroup().concernsSpecialCategoryData()).isFalse();
    assertThat(
            aGroup()
                .build()
                .withTargetGroups(TargetGroup.LOCAL_COMMUNITY, TargetGroup.POOR)
                .concernsSpecialCategoryData())
        .isFalse();
    assertThat(
            aGroup()
                .addTargetGroups(TargetGroup.DISCRIMINATION_RISK)
                .addTargetSubgroups(TargetSubgroup.SEXUAL_ORIENTATION)
                .build()
                .concernsSpecialCategoryData())
        .isTrue();
  }

  @Test
  @DisplayName("KCS-WHO: a group tells which kinds and subgroups it is for")
  void is_for() {
    SelfHelpGroup refugeeWomen = Fixtures.aRefugeeWomenGroup();

    assertThat(refugeeWomen.isFor(TargetGroup.MINORITIES)).isTrue();
    assertThat(refugeeWomen.isFor(TargetGroup.POOR)).isFalse();
    assertThat(refugeeWomen.isFor(TargetSubgroup.REFUGEES)).isTrue();
    assertThat(refugeeWomen.isFor(TargetSubgroup.MIGRANTS)).isFalse();
    assertThatThrownBy(() -> refugeeWomen.isFor((TargetGroup) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("group");
    assertThatThrownBy(() -> refugeeWomen.isFor((TargetSubgroup) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subgroup");
  }

  @Test
  @DisplayName(
      "MA-AUTONOMY: meetings are led by the members unless said otherwise, and the agenda follows the lead")
  void meeting_lead_defaults() {
    SelfHelpGroup group = aGroup().build();

    assertThat(group.meetingsLedBy()).isEqualTo(MeetingLead.PEERS);
    assertThat(group.agendaSetBy()).isEqualTo(MeetingLead.PEERS);
    assertThat(aGroup().meetingsLedBy(MeetingLead.PROFESSIONAL).build().agendaSetBy())
        .isEqualTo(MeetingLead.PROFESSIONAL);
    assertThat(Fixtures.aRefugeeWomenGroup().agendaSetBy()).isEqualTo(MeetingLead.PEERS);
    assertThat(MeetingLead.values())
        .extracting(MeetingLead::source)
        .containsOnly(FactId.of("MA-AUTONOMY"));
  }

  @Test
  @DisplayName("KCS-M4: a group is neither motivated nor resourced to act outwards unless said so")
  void acting_outwards_defaults() {
    SelfHelpGroup group = aGroup().build();

    assertThat(group.motivatedToActOutwards()).isFalse();
    assertThat(group.resourcedToActOutwards()).isFalse();
    assertThat(
            aGroup()
                .motivatedToActOutwards(true)
                .resourcedToActOutwards(true)
                .build()
                .resourcedToActOutwards())
        .isTrue();
  }

  @Test
  @DisplayName("KCS-M2, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT: maturity grows in five ordered steps")
  void maturity_order() {
    assertThat(GroupMaturity.values())
        .containsExactly(
            GroupMaturity.FORMING,
            GroupMaturity.EARLY,
            GroupMaturity.DEVELOPING,
            GroupMaturity.RUNNING_ITSELF,
            GroupMaturity.INDEPENDENT);
    assertThat(GroupMaturity.INDEPENDENT.isAtLeast(GroupMaturity.RUNNING_ITSELF)).isTrue();
    assertThat(GroupMaturity.RUNNING_ITSELF.isAtLeast(GroupMaturity.RUNNING_ITSELF)).isTrue();
    assertThat(GroupMaturity.DEVELOPING.isAtLeast(GroupMaturity.RUNNING_ITSELF)).isFalse();
    assertThat(GroupMaturity.EARLY.source()).isEqualTo(FactId.of("KCS-M2"));
    assertThat(GroupMaturity.RUNNING_ITSELF.source()).isEqualTo(FactId.of("KCS-EFF-SELFRUN"));
    assertThat(GroupMaturity.INDEPENDENT.source()).isEqualTo(FactId.of("KCS-EFF-INDEPENDENT"));
  }

  @Test
  @DisplayName(
      "KCS-M3: a group states its cultural needs; KCS-S2C: groups come through three channels")
  void cultural_needs_and_recruitment() {
    assertThat(CulturalNeed.values())
        .hasSize(4)
        .extracting(CulturalNeed::source)
        .containsOnly(FactId.of("KCS-M3"));
    assertThat(RecruitmentChannel.values())
        .containsExactly(
            RecruitmentChannel.EXISTING_GROUPS,
            RecruitmentChannel.PEOPLE_IN_CRISIS,
            RecruitmentChannel.INSTITUTIONAL_PARTNERS)
        .extracting(RecruitmentChannel::source)
        .containsOnly(FactId.of("KCS-S2C"));
    assertThat(Fixtures.aRefugeeWomenGroup().culturalNeeds()).contains(CulturalNeed.OUTINGS);
    assertThat(Fixtures.aMentalHealthPeerGroup().recruitedThrough())
        .contains(RecruitmentChannel.EXISTING_GROUPS);
  }

  @Test
  @DisplayName("MA-GROUP: toString prints neither members nor leaders of a themed group")
  void to_string_hides_members_and_leaders() {
    SelfHelpGroup group = Fixtures.aMentalHealthPeerGroup();

    assertThat(group.toString())
        .contains("id=mental-health-peers", "leaders=[redacted]", "memberships=[redacted]")
        .doesNotContain("mh-0");
  }
}
