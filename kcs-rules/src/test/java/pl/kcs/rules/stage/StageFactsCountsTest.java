package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;

/**
 * The facts the stage rules read, counted exactly on a library whose every gap is known: a rule
 * that reads "no animator without supervision" (KCS-S1B-SUPERVISION) must see one animator when
 * one lacks it, not merely "some".
 */
class StageFactsCountsTest {

  private static StageFacts facts(Gap... gaps) {
    EnumSet<Gap> set = EnumSet.noneOf(Gap.class);
    for (Gap gap : gaps) {
      set.add(gap);
    }
    return StageFacts.of(LibraryFixture.with(Stage.OPERATION, set));
  }

  @Test
  void a_complete_library_in_stage_three_has_every_fact_in_place_KCS_S1A_KCS_S1B_KCS_S2A_KCS_S2C() {
    StageFacts facts = facts();

    assertThat(facts.stage()).isEqualTo(Stage.OPERATION);
    assertThat(facts.isAtLeast(Stage.OPERATION)).isTrue();
    assertThat(facts.isAtLeast(Stage.PREPARATION)).isTrue();
    assertThat(facts.legalContextKnown()).isTrue();
    assertThat(facts.inInstitutionStrategy()).isTrue();
    assertThat(facts.scaleDecided()).isTrue();
    assertThat(facts.suitableRooms()).isEqualTo(1);
    assertThat(facts.safeComfortableRooms()).isEqualTo(1);
    assertThat(facts.missingRequiredEquipment()).isZero();
    assertThat(facts.refreshments()).isEqualTo(2);
    assertThat(facts.animators()).isEqualTo(2);
    assertThat(facts.appointedAnimators()).isEqualTo(2);
    assertThat(facts.animatorsByTheWay()).isZero();
    assertThat(facts.animatorsWithoutMotivation()).isZero();
    assertThat(facts.animatorsWithoutRegularSupervision()).isZero();
    assertThat(facts.animatorsWithoutTheory()).isZero();
    assertThat(facts.animatorsWithoutPractice()).isZero();
    assertThat(facts.animatorsWithoutTraining()).isZero();
    assertThat(facts.animatorsWithoutExperience()).isZero();
    assertThat(facts.expertByExperienceTraining()).isTrue();
    assertThat(facts.invitedPartners()).isEqualTo(1);
    assertThat(facts.groups()).isEqualTo(1);
    assertThat(facts.recruitedGroups()).isEqualTo(1);
    assertThat(facts.groupsWithoutParticipantRules()).isZero();
    assertThat(facts.groupsWithoutMatchingPartner()).isZero();
    assertThat(facts.successfulGroups()).isEqualTo(1);
    assertThat(facts.groupsOverScale()).isZero();
    assertThat(facts.groupsOverPostCapacity()).isZero();
    assertThat(facts.groupsWithoutModel())
        .as("unknown without the institution's offer")
        .isEqualTo(StageFact.UNKNOWN);
    assertThat(facts.modelPlan()).isEmpty();
    assertThat(facts.isRecorded(Step.S1B_TEAM_CONVERSATION)).isTrue();
    assertThat(facts.isRecordedDone(Step.S1B_TEAM_CONVERSATION)).isTrue();
  }

  @Test
  void a_library_in_preparation_is_not_yet_in_stage_three_KCS_S1A_KCS_S3() {
    StageFacts preparing = StageFacts.of(LibraryFixture.complete(Stage.PREPARATION));

    assertThat(preparing.isAtLeast(Stage.PREPARATION)).isTrue();
    assertThat(preparing.isAtLeast(Stage.OPERATION)).isFalse();
  }

  @Test
  void two_quarter_posts_are_half_a_post_at_least_half_but_not_above_KCS_REM_FTE() {
    StageFacts facts = facts();

    assertThat(facts.postAtLeastHalf()).isTrue();
    assertThat(facts.postAboveHalf()).isFalse();
    assertThat(facts(Gap.SMALL_POSTS).postAtLeastHalf()).as("two eighths").isFalse();
    assertThat(facts(Gap.SMALL_POSTS).postAboveHalf()).isFalse();
  }

  @Test
  void
      one_animator_lacking_each_thing_is_counted_once_KCS_S1B_ANIMATORS_KCS_S1B_SUPERVISION_KCS_S2B() {
    StageFacts facts =
        facts(
            Gap.SECOND_ANIMATOR_BY_THE_WAY,
            Gap.SECOND_ANIMATOR_UNMOTIVATED,
            Gap.SECOND_ANIMATOR_UNSUPERVISED,
            Gap.SECOND_ANIMATOR_UNTRAINED,
            Gap.SECOND_ANIMATOR_INEXPERIENCED,
            Gap.NO_EXPERT_BY_EXPERIENCE_TRAINER);

    assertThat(facts.animators()).isEqualTo(2);
    assertThat(facts.appointedAnimators()).isEqualTo(1);
    assertThat(facts.animatorsByTheWay()).isEqualTo(1);
    assertThat(facts.animatorsWithoutMotivation()).isEqualTo(1);
    assertThat(facts.animatorsWithoutRegularSupervision()).isEqualTo(1);
    assertThat(facts.animatorsWithoutTheory()).isEqualTo(1);
    assertThat(facts.animatorsWithoutPractice()).isEqualTo(1);
    assertThat(facts.animatorsWithoutTraining()).isEqualTo(1);
    assertThat(facts.animatorsWithoutExperience()).isEqualTo(1);
    assertThat(facts.expertByExperienceTraining()).isFalse();
  }

  @Test
  void an_animator_with_practice_but_no_theory_is_trained_but_lacks_theory_KCS_S2B() {
    StageFacts noTheory = facts(Gap.SECOND_ANIMATOR_NO_THEORY);
    StageFacts noPractice = facts(Gap.SECOND_ANIMATOR_NO_PRACTICE);

    assertThat(noTheory.animatorsWithoutTheory()).isEqualTo(1);
    assertThat(noTheory.animatorsWithoutPractice()).isZero();
    assertThat(noTheory.animatorsWithoutTraining()).isZero();
    assertThat(noPractice.animatorsWithoutPractice()).isEqualTo(1);
    assertThat(noPractice.animatorsWithoutTheory()).isZero();
    assertThat(noPractice.animatorsWithoutTraining()).isZero();
  }

  @Test
  void a_third_helper_by_the_way_is_counted_among_the_animators_KCS_REM_FTE() {
    StageFacts facts = facts(Gap.THIRD_ANIMATOR_SHARING_HALF);

    assertThat(facts.animators()).isEqualTo(3);
    assertThat(facts.appointedAnimators()).isEqualTo(2);
    assertThat(facts.animatorsByTheWay()).isEqualTo(1);
    assertThat(facts.postAtLeastHalf()).as("three sixths").isTrue();
    assertThat(facts.postAboveHalf()).isFalse();
  }

  @Test
  void
      rooms_equipment_and_refreshments_are_counted_KCS_S1B_PREMISES_KCS_S1B_EQUIPMENT_KCS_REM_SPACE() {
    assertThat(facts(Gap.NO_SUITABLE_ROOM).suitableRooms()).isZero();
    assertThat(facts(Gap.NO_SUITABLE_ROOM).safeComfortableRooms())
        .as("only a suitable room counts as safe")
        .isZero();
    assertThat(facts(Gap.NO_SAFE_ROOM).suitableRooms()).isEqualTo(1);
    assertThat(facts(Gap.NO_SAFE_ROOM).safeComfortableRooms()).isZero();
    assertThat(facts(Gap.NO_FLIPCHART).missingRequiredEquipment()).isEqualTo(1);
    assertThat(facts(Gap.NO_REFRESHMENTS).refreshments()).isZero();
  }

  @Test
  void the_legal_context_the_strategy_and_the_scale_are_read_KCS_S1A_KCS_S1B_SCALE() {
    assertThat(facts(Gap.NO_LEGAL_CONTEXT).legalContextKnown()).isFalse();
    assertThat(facts(Gap.NO_LEGAL_CONTEXT).inInstitutionStrategy()).isFalse();
    assertThat(facts(Gap.NOT_IN_STRATEGY).legalContextKnown()).isTrue();
    assertThat(facts(Gap.NOT_IN_STRATEGY).inInstitutionStrategy()).isFalse();
    assertThat(facts(Gap.NO_SCALE_DECISION).scaleDecided()).isFalse();
  }

  @Test
  void
      a_step_recorded_as_not_done_is_recorded_but_not_done_and_a_missing_record_is_neither_KCS_S1B_TEAM() {
    StageFacts notDone = facts(Gap.TEAM_CONVERSATION_NOT_DONE);
    StageFacts notRecorded = facts(Gap.TEAM_CONVERSATION_NOT_RECORDED);

    assertThat(notDone.isRecorded(Step.S1B_TEAM_CONVERSATION)).isTrue();
    assertThat(notDone.isRecordedDone(Step.S1B_TEAM_CONVERSATION)).isFalse();
    assertThat(notRecorded.isRecorded(Step.S1B_TEAM_CONVERSATION)).isFalse();
    assertThat(notRecorded.isRecordedDone(Step.S1B_TEAM_CONVERSATION)).isFalse();
  }

  @Test
  void partners_and_groups_are_counted_KCS_S2A_KCS_S2C_KCS_REM_RULES() {
    assertThat(facts(Gap.NO_PARTNER_INVITED).invitedPartners()).isZero();
    assertThat(facts(Gap.NO_PARTNER_INVITED).groupsWithoutMatchingPartner()).isEqualTo(1);
    assertThat(facts(Gap.NO_REFUGEE_SUPPORT_PARTNER).invitedPartners()).isEqualTo(1);
    assertThat(facts(Gap.NO_REFUGEE_SUPPORT_PARTNER).groupsWithoutMatchingPartner()).isEqualTo(1);
    assertThat(facts(Gap.GROUP_NOT_RECRUITED).recruitedGroups()).isZero();
    assertThat(facts(Gap.RULES_NOT_WITH_PARTICIPANTS).groupsWithoutParticipantRules()).isEqualTo(1);
    assertThat(facts(Gap.NO_GROUPS).groups()).isZero();
    assertThat(facts(Gap.NO_GROUPS).successfulGroups()).isZero();
  }

  @Test
  void
      four_groups_on_half_a_post_and_a_scale_of_three_are_one_over_each_KCS_S1B_SCALE_KCS_REM_FTE() {
    StageFacts facts = facts(Gap.MORE_GROUPS_THAN_DECIDED);

    assertThat(facts.groups()).isEqualTo(4);
    assertThat(facts.recruitedGroups()).isEqualTo(4);
    assertThat(facts.successfulGroups()).isEqualTo(4);
    assertThat(facts.groupsOverScale()).isEqualTo(1);
    assertThat(facts.groupsOverPostCapacity()).isEqualTo(1);
  }
}
