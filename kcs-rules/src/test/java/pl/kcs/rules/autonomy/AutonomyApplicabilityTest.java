package pl.kcs.rules.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.MemberRelation;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * When each autonomy rule applies and how hard it bites: the animator leading a group that does
 * not yet run itself is the culture of support (KCS-M2), not a breach of MA-AUTONOMY; the
 * attitudes (MA-ATTITUDES) and the barrier (MA-BARRIER) are judged only where professionals are
 * involved; families (MA-GROUP) only in a group open to them; reciprocity (MA-ASSUMPTIONS) at the
 * kcs default of half of those who received help.
 */
class AutonomyApplicabilityTest {

  private static final AutonomyAssessment ASSESSMENT = AutonomyAssessment.withDefaults();

  /** A group at {@code maturity} whose meetings and agenda are led by {@code lead}. */
  private static SelfHelpGroup.Builder group(GroupMaturity maturity, MeetingLead lead) {
    SelfHelpGroup.Builder group =
        SelfHelpGroup.builder()
            .id(GroupId.of("g"))
            .name("Grupa")
            .addTargetGroups(TargetSubgroup.SINGLE_PARENTS.targetGroup())
            .addTargetSubgroups(TargetSubgroup.SINGLE_PARENTS)
            .participantCount(6)
            .maturity(maturity)
            .foundedOn(AutonomyFixture.FOUNDED)
            .meetingsLedBy(lead)
            .agendaSetBy(lead);
    if (maturity.isAtLeast(GroupMaturity.RUNNING_ITSELF)) {
      group.meetsWithoutAnimatorSince(AutonomyFixture.FOUNDED.plusMonths(5));
    }
    return group;
  }

  private static Outcome outcome(SelfHelpGroup group, String id) {
    return ASSESSMENT.assess(group).evaluation().outcome(id).orElseThrow();
  }

  private static Status status(SelfHelpGroup group, String id) {
    return outcome(group, id).status();
  }

  @Test
  void
      autonomy_of_meetings_and_agenda_warns_and_leaves_a_group_still_led_by_its_animator_alone_MA_AUTONOMY() {
    SelfHelpGroup supported = group(GroupMaturity.DEVELOPING, MeetingLead.ANIMATOR).build();
    SelfHelpGroup stillLed = group(GroupMaturity.RUNNING_ITSELF, MeetingLead.ANIMATOR).build();
    SelfHelpGroup professional = group(GroupMaturity.DEVELOPING, MeetingLead.PROFESSIONAL).build();
    SelfHelpGroup peers = group(GroupMaturity.DEVELOPING, MeetingLead.PEERS).build();
    SelfHelpGroup experienced =
        group(GroupMaturity.EARLY, MeetingLead.PROFESSIONAL_WITH_OWN_EXPERIENCE).build();

    for (String id : new String[] {"ma.autonomy.meetings", "ma.autonomy.agenda"}) {
      assertThat(outcome(peers, id).severity()).as(id).isEqualTo(Severity.WARNING);
      assertThat(status(supported, id)).as(id).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(status(stillLed, id)).as(id).isEqualTo(Status.FAILED);
      assertThat(status(professional, id)).as(id).isEqualTo(Status.FAILED);
      assertThat(status(peers, id)).as(id).isEqualTo(Status.PASSED);
      assertThat(status(experienced, id)).as(id).isEqualTo(Status.PASSED);
    }
  }

  @Test
  void
      the_parallel_relation_holds_for_peers_and_the_experienced_and_is_not_judged_under_the_animator_MA_ASSUMPTIONS() {
    String id = "ma.assumptions.parallel-relation";
    assertThat(status(group(GroupMaturity.DEVELOPING, MeetingLead.ANIMATOR).build(), id))
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(group(GroupMaturity.RUNNING_ITSELF, MeetingLead.ANIMATOR).build(), id))
        .isEqualTo(Status.FAILED);
    assertThat(status(group(GroupMaturity.DEVELOPING, MeetingLead.PROFESSIONAL).build(), id))
        .isEqualTo(Status.FAILED);
    assertThat(status(group(GroupMaturity.DEVELOPING, MeetingLead.PEERS).build(), id))
        .isEqualTo(Status.PASSED);
    assertThat(
            status(
                group(GroupMaturity.DEVELOPING, MeetingLead.PROFESSIONAL_WITH_OWN_EXPERIENCE)
                    .build(),
                id))
        .isEqualTo(Status.PASSED);
  }

  @Test
  void
      attitudes_and_the_barrier_are_judged_only_where_professionals_are_involved_MA_ATTITUDES_MA_BARRIER() {
    SelfHelpGroup none = group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS).build();
    SelfHelpGroup researcherAsked =
        group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS)
            .addProfessionals(
                ProfessionalInvolvement.of(
                    ProfessionalRole.RESEARCHER, InvolvementPractice.COOPERATES_WHEN_ASKED))
            .build();
    SelfHelpGroup welfareAgenda =
        group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS)
            .addProfessionals(
                ProfessionalInvolvement.of(
                    ProfessionalRole.SOCIAL_ASSISTANCE, InvolvementPractice.SETS_AGENDA))
            .build();

    for (String id :
        new String[] {
          "ma.attitudes.ambivalent-observer",
          "ma.attitudes.forceful-integrator",
          "ma.attitudes.titled-quack"
        }) {
      assertThat(outcome(none, id).severity()).as(id).isEqualTo(Severity.WARNING);
      assertThat(status(none, id)).as(id).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(status(researcherAsked, id)).as(id).isEqualTo(Status.PASSED);
    }
    assertThat(status(welfareAgenda, "ma.attitudes.forceful-integrator")).isEqualTo(Status.FAILED);
    assertThat(status(welfareAgenda, "ma.attitudes.ambivalent-observer")).isEqualTo(Status.PASSED);
    assertThat(status(welfareAgenda, "ma.attitudes.titled-quack")).isEqualTo(Status.PASSED);

    assertThat(status(none, "ma.barrier.dependence")).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(researcherAsked, "ma.barrier.dependence"))
        .as("a researcher is not of the institutions groups depend on")
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(welfareAgenda, "ma.barrier.dependence")).isEqualTo(Status.FAILED);
    assertThat(outcome(welfareAgenda, "ma.barrier.dependence").severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void families_are_looked_for_only_in_a_group_open_to_them_MA_GROUP() {
    SelfHelpGroup noHistory = group(GroupMaturity.DEVELOPING, MeetingLead.PEERS).build();
    SelfHelpGroup closed =
        group(GroupMaturity.DEVELOPING, MeetingLead.PEERS)
            .addMemberships(Membership.joined(MemberId.of("m-1"), AutonomyFixture.FOUNDED))
            .build();
    SelfHelpGroup openWithoutFamilies =
        group(GroupMaturity.DEVELOPING, MeetingLead.PEERS)
            .addTargetSubgroups(TargetSubgroup.FAMILIES_OF_PEOPLE_WITH_HEALTH_PROBLEMS)
            .addTargetGroups(TargetSubgroup.FAMILIES_OF_PEOPLE_WITH_HEALTH_PROBLEMS.targetGroup())
            .addMemberships(Membership.joined(MemberId.of("m-1"), AutonomyFixture.FOUNDED))
            .build();
    SelfHelpGroup withFamily =
        group(GroupMaturity.DEVELOPING, MeetingLead.PEERS)
            .addMemberships(
                Membership.joined(MemberId.of("m-1"), AutonomyFixture.FOUNDED),
                Membership.builder()
                    .member(MemberId.of("m-2"))
                    .relation(MemberRelation.FAMILY_OR_CLOSE)
                    .joinedOn(AutonomyFixture.FOUNDED)
                    .build())
            .build();

    assertThat(status(noHistory, "ma.group.families")).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(closed, "ma.group.families")).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(openWithoutFamilies, "ma.group.families")).isEqualTo(Status.FAILED);
    assertThat(status(withFamily, "ma.group.families")).isEqualTo(Status.PASSED);
  }

  @Test
  void
      reciprocity_passes_from_exactly_half_of_those_who_received_help_kcs_default_MA_ASSUMPTIONS() {
    String id = "ma.assumptions.reciprocity";
    SelfHelpGroup.Builder base = group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS);

    assertThat(status(group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS).build(), id))
        .isEqualTo(Status.UNKNOWN);
    assertThat(
            status(
                group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS)
                    .reciprocity(Reciprocity.of(3, 0, 0))
                    .build(),
                id))
        .as("nobody received help")
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(base.reciprocity(Reciprocity.of(3, 4, 2)).build(), id))
        .as("2 of 4")
        .isEqualTo(Status.PASSED);
    assertThat(
            status(
                group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS)
                    .reciprocity(Reciprocity.of(3, 5, 2))
                    .build(),
                id))
        .as("2 of 5")
        .isEqualTo(Status.FAILED);
    assertThat(
            status(
                group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS)
                    .reciprocity(Reciprocity.of(4, 4, 4))
                    .build(),
                id))
        .isEqualTo(Status.PASSED);
    assertThat(outcome(base.build(), id).severity()).isEqualTo(Severity.ADVICE);
  }

  @Test
  void terms_chosen_deliberately_pass_and_terms_used_by_habit_are_advice_MA_TERMS() {
    SelfHelpGroup group = group(GroupMaturity.RUNNING_ITSELF, MeetingLead.PEERS).build();

    assertThat(status(group, "ma.terms")).as("the standard term").isEqualTo(Status.PASSED);
    assertThat(
            ASSESSMENT
                .withTerminology(Terminology.deliberately(PersonTerm.CLIENT))
                .assess(group)
                .evaluation()
                .outcome("ma.terms")
                .orElseThrow()
                .status())
        .isEqualTo(Status.PASSED);
    Outcome habit =
        ASSESSMENT
            .withTerminology(Terminology.byHabit(PersonTerm.CLIENT))
            .assess(group)
            .evaluation()
            .outcome("ma.terms")
            .orElseThrow();
    assertThat(habit.status()).isEqualTo(Status.FAILED);
    assertThat(habit.severity()).isEqualTo(Severity.ADVICE);
  }
}
