package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.testing.Property;

/**
 * StageFacts works out a later stage's facts only when asked for (issue 17), and they are the same
 * as where the institution is in that stage: training (KCS-S2B), partners (KCS-S2A), recruitment
 * (KCS-S2C), the groups' own rules (KCS-REM-RULES), safe rooms (KCS-REM-SPACE), successes and the
 * strategy (KCS-S1A), over libraries with random gaps.
 */
class StageFactsLaterStagesTest {

  @Test
  void a_later_stage_s_facts_asked_for_early_are_those_the_later_stage_works_out() {
    Property.check()
        .forAll(
            StageFactsLaterStagesTest::someGaps,
            gaps -> {
              KcsImplementation early = LibraryFixture.with(Stage.PREPARATION, gaps);
              StageFacts asked = StageFacts.of(early);
              StageFacts operating = StageFacts.of(LibraryFixture.with(Stage.OPERATION, gaps));

              assertThat(asked.animatorsWithoutTheory())
                  .isEqualTo(operating.animatorsWithoutTheory());
              assertThat(asked.animatorsWithoutPractice())
                  .isEqualTo(operating.animatorsWithoutPractice());
              assertThat(asked.animatorsWithoutTraining())
                  .isEqualTo(operating.animatorsWithoutTraining());
              assertThat(asked.expertByExperienceTraining())
                  .isEqualTo(operating.expertByExperienceTraining());
              assertThat(asked.invitedPartners()).isEqualTo(operating.invitedPartners());
              assertThat(asked.recruitedGroups()).isEqualTo(operating.recruitedGroups());
              assertThat(asked.groupsWithoutMatchingPartner())
                  .isEqualTo(operating.groupsWithoutMatchingPartner());
              assertThat(asked.groupsWithoutParticipantRules())
                  .isEqualTo(operating.groupsWithoutParticipantRules());
              assertThat(asked.safeComfortableRooms()).isEqualTo(operating.safeComfortableRooms());
              assertThat(asked.successfulGroups()).isEqualTo(operating.successfulGroups());
              assertThat(asked.inInstitutionStrategy())
                  .isEqualTo(operating.inInstitutionStrategy());
              // Without the offer, which models the groups fit is unknown in every stage.
              assertThat(asked.groupsWithoutModel())
                  .isEqualTo(operating.groupsWithoutModel())
                  .isEqualTo(-1);
              // The stage-1 facts do not depend on when they were worked out.
              assertThat(asked.animatorsWithoutRegularSupervision())
                  .isEqualTo(operating.animatorsWithoutRegularSupervision());
              assertThat(asked.groupsOverPostCapacity())
                  .isEqualTo(operating.groupsOverPostCapacity());
              assertThat(asked.postAboveHalf()).isEqualTo(operating.postAboveHalf());
            });
  }

  @Test
  void in_stage_two_the_facts_of_stage_three_asked_for_are_those_stage_three_works_out() {
    Property.check()
        .forAll(
            StageFactsLaterStagesTest::someGaps,
            gaps -> {
              // Stage 2 works out its own facts and stage 1's at once, stage 3's only when asked.
              StageFacts inaugurating =
                  StageFacts.of(LibraryFixture.with(Stage.INAUGURATION, gaps));
              StageFacts operating = StageFacts.of(LibraryFixture.with(Stage.OPERATION, gaps));

              assertThat(inaugurating.groupsWithoutParticipantRules())
                  .isEqualTo(operating.groupsWithoutParticipantRules());
              assertThat(inaugurating.safeComfortableRooms())
                  .isEqualTo(operating.safeComfortableRooms());
              assertThat(inaugurating.successfulGroups()).isEqualTo(operating.successfulGroups());
              assertThat(inaugurating.inInstitutionStrategy())
                  .isEqualTo(operating.inInstitutionStrategy());
              assertThat(inaugurating.invitedPartners()).isEqualTo(operating.invitedPartners());
              assertThat(inaugurating.groupsWithoutMatchingPartner())
                  .isEqualTo(operating.groupsWithoutMatchingPartner());
              assertThat(inaugurating.animatorsWithoutTheory())
                  .isEqualTo(operating.animatorsWithoutTheory());
            });
  }

  /** Each gap of the fixture library with probability ¼. */
  private static Set<Gap> someGaps(SplittableRandom random) {
    Set<Gap> gaps = EnumSet.noneOf(Gap.class);
    for (Gap gap : Gap.values()) {
      if (random.nextInt(4) == 0) {
        gaps.add(gap);
      }
    }
    return gaps;
  }
}
