package pl.kcs.rules.group;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.rules.group.LifeFixture.FOUNDED;
import static pl.kcs.rules.group.LifeFixture.RULES_AGREED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * When each group-life rule applies and when it does not (its applicability guard, at the
 * boundary maturity), and how hard it bites: only KCS-REM-RULES ("należy") warns, the reported
 * effects and difficulties (KCS-EFF-*, KCS-DIF-*) are notes.
 */
class GroupLifeApplicabilityTest {

  private static final GroupLife LIFE = GroupLife.withDefaults();
  private static final LocalDate ASSESSED = LocalDate.of(2024, 9, 2);

  /** The day the fixture's groups count as bonded under the default bonding period. */
  private static final LocalDate BONDED = FOUNDED.plus(GroupLife.DEFAULT_BONDING_PERIOD);

  private static Outcome outcome(SelfHelpGroup group, LocalDate on, String id) {
    return LIFE.assess(group, on).evaluation().outcome(id).orElseThrow();
  }

  private static Status status(SelfHelpGroup group, String id) {
    return outcome(group, ASSESSED, id).status();
  }

  @Test
  void each_report_rule_bites_as_its_source_words_it_only_agreed_rules_warn() {
    SelfHelpGroup group = LifeFixture.withRules(GroupMaturity.DEVELOPING);
    assertThat(outcome(group, ASSESSED, "kcs.rem.rules-agreed").severity())
        .isEqualTo(Severity.WARNING);
    for (String note :
        new String[] {
          "kcs.eff.selfrun",
          "kcs.eff.independent",
          "kcs.dif.newcomers",
          "kcs.dif.rules",
          "kcs.dif.diversity"
        }) {
      assertThat(outcome(group, ASSESSED, note).severity()).as(note).isEqualTo(Severity.NOTE);
    }
  }

  @Test
  void agreed_rules_are_expected_from_an_early_group_not_from_one_still_forming_KCS_REM_RULES() {
    assertThat(status(LifeFixture.group(GroupMaturity.FORMING).build(), "kcs.rem.rules-agreed"))
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(LifeFixture.group(GroupMaturity.EARLY).build(), "kcs.rem.rules-agreed"))
        .isEqualTo(Status.FAILED);
    assertThat(status(LifeFixture.withRules(GroupMaturity.EARLY), "kcs.rem.rules-agreed"))
        .isEqualTo(Status.PASSED);
  }

  @Test
  void rules_set_by_the_animator_alone_are_not_agreed_with_the_participants_KCS_REM_RULES() {
    SelfHelpGroup animatorsRules =
        LifeFixture.group(GroupMaturity.DEVELOPING)
            .rules(LifeFixture.goalsRulesContract().withFormulatedWithParticipants(false))
            .build();
    assertThat(status(animatorsRules, "kcs.rem.rules-agreed")).isEqualTo(Status.FAILED);
  }

  @Test
  void meeting_without_the_animator_is_looked_for_from_a_developing_group_on_KCS_EFF_SELFRUN() {
    assertThat(status(LifeFixture.withRules(GroupMaturity.EARLY), "kcs.eff.selfrun"))
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(LifeFixture.withRules(GroupMaturity.DEVELOPING), "kcs.eff.selfrun"))
        .isEqualTo(Status.FAILED);
    assertThat(status(LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF), "kcs.eff.selfrun"))
        .isEqualTo(Status.PASSED);
  }

  @Test
  void independence_is_looked_for_only_in_a_group_that_already_runs_itself_KCS_EFF_INDEPENDENT() {
    assertThat(status(LifeFixture.withRules(GroupMaturity.DEVELOPING), "kcs.eff.independent"))
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(LifeFixture.withRules(GroupMaturity.RUNNING_ITSELF), "kcs.eff.independent"))
        .isEqualTo(Status.FAILED);
    assertThat(status(LifeFixture.withRules(GroupMaturity.INDEPENDENT), "kcs.eff.independent"))
        .isEqualTo(Status.PASSED);
  }

  @Test
  void
      regulations_are_a_difficulty_only_of_groups_of_people_with_mental_health_disorders_KCS_DIF_RULES() {
    assertThat(status(LifeFixture.withRules(GroupMaturity.DEVELOPING), "kcs.dif.rules"))
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(status(LifeFixture.mentalHealth(GroupMaturity.DEVELOPING).build(), "kcs.dif.rules"))
        .as("a mental-health group without any rules has no regulations")
        .isEqualTo(Status.FAILED);
  }

  @Test
  void
      newcomers_do_not_apply_before_the_group_bonded_and_apply_from_the_bonding_day_KCS_DIF_NEWCOMERS() {
    SelfHelpGroup joinedOnBonding =
        LifeFixture.group(GroupMaturity.DEVELOPING)
            .rules(LifeFixture.goalsRulesContract())
            .addMemberships(Membership.joined(MemberId.of("m-4"), BONDED))
            .build();

    assertThat(outcome(joinedOnBonding, BONDED.minusDays(1), "kcs.dif.newcomers").status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(outcome(joinedOnBonding, BONDED, "kcs.dif.newcomers").status())
        .as("someone who joins on the very day the group bonds is a newcomer")
        .isEqualTo(Status.FAILED);
    assertThat(
            new GroupLifeFacts(
                    joinedOnBonding,
                    java.util.Optional.empty(),
                    BONDED,
                    GroupLife.DEFAULT_BONDING_PERIOD)
                .newcomersSinceRulesAgreed())
        .isEqualTo(1);
  }

  @Test
  void a_group_with_no_memberships_recorded_has_no_newcomers_to_judge_KCS_DIF_NEWCOMERS() {
    SelfHelpGroup noHistory =
        SelfHelpGroup.builder()
            .id(GroupId.of("no-history"))
            .name("Grupa bez historii")
            .addTargetGroups(TargetGroup.SOCIAL_PROBLEMS)
            .participantCount(4)
            .maturity(GroupMaturity.DEVELOPING)
            .foundedOn(FOUNDED)
            .build();
    assertThat(status(noHistory, "kcs.dif.newcomers")).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void
      only_people_joining_between_bonding_and_the_assessment_and_after_the_rules_count_KCS_DIF_NEWCOMERS() {
    LocalDate agreedAfterBonding = BONDED.plusWeeks(2);
    SelfHelpGroup group =
        LifeFixture.group(GroupMaturity.DEVELOPING)
            .rules(LifeFixture.goalsRulesContract().withAgreedOn(agreedAfterBonding))
            .addMemberships(
                Membership.joined(MemberId.of("m-4"), agreedAfterBonding),
                Membership.joined(MemberId.of("m-5"), ASSESSED),
                Membership.joined(MemberId.of("m-6"), ASSESSED.plusDays(1)))
            .build();
    GroupLifeFacts facts =
        new GroupLifeFacts(
            group, java.util.Optional.empty(), ASSESSED, GroupLife.DEFAULT_BONDING_PERIOD);

    // m-4 joined on the day the rules were agreed (so agreed them too), m-6 after the assessment:
    // only m-5, who joined on the day of the assessment, reopens the rules.
    assertThat(facts.newcomersSinceRulesAgreed()).isEqualTo(1);
    assertThat(facts.isBonded()).isTrue();
    assertThat(RULES_AGREED).isBefore(BONDED);
  }

  @Test
  void
      diversity_does_not_apply_to_a_group_without_animators_even_inside_an_implementation_KCS_DIF_DIVERSITY() {
    SelfHelpGroup noAnimator = LifeFixture.withRules(GroupMaturity.DEVELOPING);
    KcsImplementation implementation =
        Fixtures.aLibraryReadyForStageThree().withGroupLinks().withGroups(noAnimator);
    assertThat(noAnimator.animators()).isEmpty();

    Outcome outcome =
        LIFE.assess(implementation, ASSESSED)
            .get(0)
            .evaluation()
            .outcome("kcs.dif.diversity")
            .orElseThrow();

    assertThat(outcome.status()).isEqualTo(Status.NOT_APPLICABLE);
  }
}
