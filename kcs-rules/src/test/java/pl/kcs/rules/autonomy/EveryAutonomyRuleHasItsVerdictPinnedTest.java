package pl.kcs.rules.autonomy;

import static pl.kcs.rules.VerdictTable.alwaysApplies;
import static pl.kcs.rules.VerdictTable.row;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.GroupRules;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.MeetingLead;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.rules.Severity;
import pl.kcs.rules.VerdictTable;
import pl.kcs.rules.VerdictTable.Row;

/**
 * The verdict of every autonomy and mutual-aid rule (source 004: MA-AUTONOMY, MA-ATTITUDES,
 * MA-BARRIER, MA-ASSUMPTIONS, MA-GROUP, MA-TERMS, MA-NETWORK) pinned as a table (issue 20): its
 * fact, its severity, and its status on a passing, a failing and a not-applicable input. Autonomy
 * is not asked of a group its animator still leads by design (KCS-M2); attitudes and the barrier
 * only where professionals are involved; families only in a group open to them; reciprocity only
 * where someone received help; contacts only between two groups or more.
 */
class EveryAutonomyRuleHasItsVerdictPinnedTest {

  private static final AutonomyAssessment ASSESSMENT = AutonomyAssessment.withDefaults();

  private static SelfHelpGroup peers() {
    return AutonomyFixture.peerGroup("peers", "Samodzielni rodzice", TargetSubgroup.SINGLE_PARENTS)
        .build();
  }

  /** A group still led by its animator, as a developing group is under KCS-M2. */
  private static SelfHelpGroup supportedByItsAnimator() {
    return peers()
        .withMaturity(GroupMaturity.DEVELOPING)
        .withMeetsWithoutAnimatorSince(java.util.Optional.empty())
        .withMeetingsLedBy(MeetingLead.ANIMATOR)
        .withAgendaSetBy(MeetingLead.ANIMATOR);
  }

  private static SelfHelpGroup with(ProfessionalRole role, InvolvementPractice... practices) {
    return peers().withProfessionals(ProfessionalInvolvement.of(role, practices));
  }

  private static AutonomyReport alone(SelfHelpGroup group) {
    return ASSESSMENT.assess(group);
  }

  private static AutonomyReport inLibrary(String groupId) {
    return ASSESSMENT.assess(AutonomyFixture.threeGroups()).stream()
        .filter(r -> r.group().id().equals(GroupId.of(groupId)))
        .findFirst()
        .orElseThrow();
  }

  /** The only group of its implementation: there is no other group to be in touch with. */
  private static AutonomyReport onlyGroupOfItsLibrary() {
    return ASSESSMENT
        .assess(Fixtures.aLibraryReadyForStageThree().withGroupLinks().withGroups(peers()))
        .get(0);
  }

  static Stream<Row<AutonomyReport>> verdicts() {
    SelfHelpGroup cooperating =
        with(ProfessionalRole.THERAPIST, InvolvementPractice.COOPERATES_WHEN_ASKED);
    return Stream.of(
        row(
            "ma.autonomy.meetings",
            "MA-AUTONOMY",
            Severity.WARNING,
            alone(peers()),
            alone(peers().withMeetingsLedBy(MeetingLead.PROFESSIONAL)),
            alone(supportedByItsAnimator())),
        row(
            "ma.autonomy.agenda",
            "MA-AUTONOMY",
            Severity.WARNING,
            alone(peers()),
            alone(peers().withAgendaSetBy(MeetingLead.ANIMATOR)),
            alone(supportedByItsAnimator())),
        row(
            "ma.attitudes.ambivalent-observer",
            "MA-ATTITUDES",
            Severity.WARNING,
            alone(cooperating),
            alone(
                with(
                    ProfessionalRole.PSYCHIATRIC_CARE,
                    InvolvementPractice.LEADS_MEETINGS,
                    InvolvementPractice.DOUBTS_GROUP_CAN_LAST)),
            alone(peers())),
        row(
            "ma.attitudes.forceful-integrator",
            "MA-ATTITUDES",
            Severity.WARNING,
            alone(cooperating),
            alone(
                with(
                    ProfessionalRole.SOCIAL_ASSISTANCE,
                    InvolvementPractice.CATALOGUES_INTO_INSTITUTIONAL_HELP)),
            alone(peers())),
        row(
            "ma.attitudes.titled-quack",
            "MA-ATTITUDES",
            Severity.WARNING,
            alone(with(ProfessionalRole.RESEARCHER, InvolvementPractice.COOPERATES_WHEN_ASKED)),
            alone(with(ProfessionalRole.RESEARCHER, InvolvementPractice.RULES_BY_TITLE)),
            alone(peers())),
        row(
            "ma.barrier.dependence",
            "MA-BARRIER",
            Severity.NOTE,
            alone(
                with(ProfessionalRole.PSYCHIATRIC_CARE, InvolvementPractice.COOPERATES_WHEN_ASKED)),
            alone(with(ProfessionalRole.SOCIAL_ASSISTANCE, InvolvementPractice.SETS_AGENDA)),
            alone(with(ProfessionalRole.RESEARCHER, InvolvementPractice.COOPERATES_WHEN_ASKED))),
        row(
            "ma.assumptions.parallel-relation",
            "MA-ASSUMPTIONS",
            Severity.NOTE,
            alone(peers()),
            alone(peers().withMeetingsLedBy(MeetingLead.PROFESSIONAL)),
            alone(supportedByItsAnimator())),
        row(
            "ma.assumptions.reciprocity",
            "MA-ASSUMPTIONS",
            Severity.ADVICE,
            alone(peers().withReciprocity(Reciprocity.of(4, 4, 2))),
            alone(peers().withReciprocity(Reciprocity.of(3, 5, 2))),
            alone(peers().withReciprocity(Reciprocity.of(3, 0, 0)))),
        alwaysApplies(
            "ma.assumptions.authenticity",
            "MA-ASSUMPTIONS",
            Severity.ADVICE,
            alone(peers()),
            alone(
                peers()
                    .withRules(
                        GroupRules.builder()
                            .addElements(RulesElement.RULES)
                            .agreedOn(AutonomyFixture.FOUNDED.plusMonths(1))
                            .formulatedWithParticipants(true)
                            .build())),
            "every self-help meeting \"musi opierać się\" on it; without recorded rules it is unknown"),
        row(
            "ma.group.families",
            "MA-GROUP",
            Severity.NOTE,
            alone(AutonomyFixture.withFamily()),
            alone(AutonomyFixture.mentalHealthGroup().build()),
            alone(
                peers()
                    .withMemberships(
                        Membership.joined(MemberId.of("peers-1"), AutonomyFixture.FOUNDED)))),
        alwaysApplies(
            "ma.terms",
            "MA-TERMS",
            Severity.ADVICE,
            alone(peers()),
            ASSESSMENT.withTerminology(Terminology.byHabit(PersonTerm.PATIENT)).assess(peers()),
            "every group is spoken of in some terms, chosen deliberately or by habit"),
        row(
            "ma.network.contacts",
            "MA-NETWORK",
            Severity.ADVICE,
            inLibrary("parents"),
            inLibrary("razem"),
            onlyGroupOfItsLibrary()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void each_autonomy_rule_passes_fails_and_stands_aside_as_its_row_says(Row<AutonomyReport> row) {
    VerdictTable.assertVerdicts(
        row, (report, rule) -> report.evaluation().outcome(rule).orElseThrow());
  }

  @Test
  void the_table_has_a_row_for_every_built_in_autonomy_rule_in_order() {
    VerdictTable.assertNamesEveryRule(AutonomyAssessment.defaultRules(), verdicts());
  }
}
