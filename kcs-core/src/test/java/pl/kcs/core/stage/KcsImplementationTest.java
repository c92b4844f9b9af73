package pl.kcs.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.core.fixtures.Fixtures.FIRST_ANIMATOR;
import static pl.kcs.core.fixtures.Fixtures.REFUGEE_WOMEN_GROUP;
import static pl.kcs.core.fixtures.Fixtures.SECOND_ANIMATOR;
import static pl.kcs.core.fixtures.Fixtures.SINGLE_PARENTS_GROUP;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.legal.LegalAct;
import pl.kcs.core.partner.PartnerStatus;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.TrainingKind;

class KcsImplementationTest {

  // ------------------------------------------------------------------ the fixtures say what they
  // are

  @Test
  @DisplayName(
      "KCS-S1A … KCS-S1B-SUPERVISION: a library ready for stage two has all that stage 1 asks for")
  void a_library_ready_for_stage_two() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageTwo();

    assertThat(library.stage()).isEqualTo(Stage.PREPARATION);
    assertThat(Stage.PREPARATION.steps()).allMatch(library::isDone);
    assertThat(library.stepRecords()).hasSize(7);
    assertThat(library.legalContext().knownActs()).contains(LegalAct.ACCESSIBILITY_ACT);
    assertThat(library.host().rooms())
        .anyMatch(
            room -> room.has(RoomFeature.COMFORTABLE) && room.has(RoomFeature.NON_WALK_THROUGH));
    assertThat(library.host().missingEquipment(Programme.KCS, Requirement.REQUIRED)).isEmpty();
    assertThat(library.scaleDecision()).isPresent();
    assertThat(library.animators())
        .hasSize(2)
        .allMatch(animator -> animator.duty() == AnimatorDuty.DEDICATED_PART_OF_POST)
        .allMatch(animator -> animator.ownMotivation())
        .allMatch(animator -> animator.hasRegularSupervision());
    assertThat(library.groups()).isEmpty();
  }

  @Test
  @DisplayName(
      "KCS-S2A, KCS-S2B, KCS-S2C: a library ready for stage three also has partners, trained animators and groups")
  void a_library_ready_for_stage_three() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageThree();

    assertThat(library.stage()).isEqualTo(Stage.INAUGURATION);
    assertThat(Stage.PREPARATION.steps()).allMatch(library::isDone);
    assertThat(Stage.INAUGURATION.steps()).allMatch(library::isDone);
    assertThat(library.isDone(Step.S3_OPERATION)).isFalse();
    assertThat(library.partners()).anyMatch(partner -> partner.status().isInvited());
    assertThat(library.partners())
        .extracting(partner -> partner.status())
        .containsExactly(PartnerStatus.COOPERATING, PartnerStatus.INVITED);
    assertThat(library.animators())
        .allMatch(animator -> animator.isTrainedIn(TrainingKind.THEORY))
        .allMatch(animator -> animator.isTrainedIn(TrainingKind.PRACTICAL_SKILLS));
    assertThat(library.groups()).hasSize(2).allMatch(group -> group.recruitedThrough().isPresent());
  }

  // ------------------------------------------------------------------ lookups

  @Test
  void should_find_step_records_animators_and_groups_by_their_keys() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageThree();

    assertThat(library.stepRecord(Step.S2B_TRAINING))
        .map(StepRecord::doneOn)
        .contains(Optional.of(Fixtures.dayOf(Step.S2B_TRAINING)));
    assertThat(library.stepRecord(Step.S3_OPERATION)).isEmpty();
    assertThat(library.animator(SECOND_ANIMATOR))
        .map(animator -> animator.id())
        .contains(SECOND_ANIMATOR);
    assertThat(library.animator(AnimatorId.of("nobody"))).isEmpty();
    assertThat(library.group(SINGLE_PARENTS_GROUP)).contains(Fixtures.aSingleParentsGroup());
    assertThat(library.group(GroupId.of("nobody"))).isEmpty();
    assertThatThrownBy(() -> library.stepRecord(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("step");
    assertThatThrownBy(() -> library.isDone(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("step");
    assertThatThrownBy(() -> library.animator(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> library.group(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void should_treat_a_step_recorded_as_not_done_like_a_missing_one() {
    KcsImplementation library =
        Fixtures.aLibraryStartingStageOne().withStepRecords(StepRecord.notDone(Step.S1A_ROOTING));

    assertThat(library.isDone(Step.S1A_ROOTING)).isFalse();
    assertThat(library.stepRecord(Step.S1A_ROOTING)).isPresent();
    assertThat(library.isDone(Step.S1B_TEAM_CONVERSATION)).isFalse();
  }

  @Test
  @DisplayName("KCS-REM-FTE: two animators on ¼ posts make ½ FTE in total")
  void total_animator_post() {
    assertThat(Fixtures.aLibraryReadyForStageTwo().totalAnimatorPost()).isEqualTo(Fte.of(1, 2));
    assertThat(Fixtures.aLibraryStartingStageOne().totalAnimatorPost()).isEqualTo(Fte.ZERO);
    KcsImplementation withThird =
        Fixtures.aLibraryReadyForStageTwo()
            .withAnimators(
                Fixtures.anAnimatorReadyForStageTwo(FIRST_ANIMATOR),
                Fixtures.anAnimatorReadyForStageTwo(SECOND_ANIMATOR),
                Fixtures.anAnimatorDoingItByTheWay(AnimatorId.of("animator-3")));
    assertThat(withThird.totalAnimatorPost()).isEqualTo(Fte.of(3, 5));
    assertThat(withThird.totalAnimatorPost().isLessThan(PostFraction.HALF)).isFalse();
  }

  // ------------------------------------------------------------------ validation

  @Test
  void should_require_a_host_and_a_stage() {
    assertThatThrownBy(() -> KcsImplementation.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build KcsImplementation, some of required attributes are not set [host, stage]");
    assertThatThrownBy(
            () -> KcsImplementation.builder().stage(Stage.PREPARATION).stage(Stage.OPERATION))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of KcsImplementation is strict, attribute is already set: stage");
  }

  @Test
  @DisplayName("KCS-HOST: a social-assistance centre runs a club, not a KCS")
  void host_must_be_able_to_host_a_kcs() {
    assertThatThrownBy(
            () -> Fixtures.aLibraryStartingStageOne().withHost(Fixtures.aSocialAssistanceCentre()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "host kind must be one that can host a KCS (KCS-HOST), was SOCIAL_ASSISTANCE_CENTRE");
  }

  @Test
  void should_hold_each_step_animator_group_and_partner_once() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageThree();

    assertThatThrownBy(
            () ->
                library.withStepRecords(
                    StepRecord.notDone(Step.S1A_ROOTING),
                    StepRecord.done(Step.S1A_ROOTING, LocalDate.of(2024, 1, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stepRecords must hold each step once, was S1A_ROOTING twice");
    assertThatThrownBy(
            () ->
                library.withAnimators(
                    Fixtures.anAnimatorReadyForStageTwo(FIRST_ANIMATOR),
                    Fixtures.aTrainedAnimator(FIRST_ANIMATOR)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("animators must have distinct ids, was animator-1 twice");
    assertThatThrownBy(
            () ->
                library.withGroups(
                    Fixtures.aRefugeeWomenGroup(),
                    Fixtures.aRefugeeWomenGroup().withParticipantCount(9)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("groups must have distinct ids, was refugee-women twice");
    assertThatThrownBy(
            () ->
                library.withPartners(Fixtures.aRefugeeSupportNgo(), Fixtures.aRefugeeSupportNgo()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("partners must have distinct ids, was refugee-ngo twice");
  }

  @Test
  void should_reject_a_group_supported_by_an_animator_it_does_not_have() {
    assertThatThrownBy(
            () ->
                Fixtures.aLibraryReadyForStageThree()
                    .withAnimators(Fixtures.aTrainedAnimator(FIRST_ANIMATOR)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "group single-parents names animator animator-2, who is not among the animators");
  }

  @Test
  @DisplayName(
      "MA-NETWORK: a link joins two groups of the implementation, not before either was founded")
  void group_links() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageThree();

    assertThatThrownBy(
            () ->
                library.withGroupLinks(
                    GroupLink.of(
                        REFUGEE_WOMEN_GROUP,
                        GroupId.of("elsewhere"),
                        GroupLinkKind.VISIT,
                        LocalDate.of(2024, 5, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "groupLinks must join groups of the implementation, was elsewhere to refugee-women");
    assertThatThrownBy(
            () ->
                library.withGroupLinks(
                    GroupLink.of(
                        REFUGEE_WOMEN_GROUP,
                        SINGLE_PARENTS_GROUP,
                        GroupLinkKind.VISIT,
                        LocalDate.of(2024, 4, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "group link on must not be before foundedOn of group single-parents, was 2024-04-01 before 2024-04-08");
    assertThatThrownBy(
            () ->
                library.withGroupLinks(
                    GroupLink.of(
                        REFUGEE_WOMEN_GROUP,
                        SINGLE_PARENTS_GROUP,
                        GroupLinkKind.VISIT,
                        LocalDate.of(2024, 3, 4))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "group link on must not be before foundedOn of group refugee-women, was 2024-03-04 before 2024-03-05");
    KcsImplementation sameDay =
        library.withGroupLinks(
            GroupLink.of(
                SINGLE_PARENTS_GROUP,
                REFUGEE_WOMEN_GROUP,
                GroupLinkKind.VISIT,
                LocalDate.of(2024, 4, 8)));
    assertThat(sameDay.groupLinks()).hasSize(1);
    KcsImplementation foundingUnknown =
        library
            .withGroups(
                Fixtures.aRefugeeWomenGroup()
                    .withFoundedOn(Optional.empty())
                    .withRules(Optional.empty()),
                Fixtures.aSingleParentsGroup().withFoundedOn(Optional.empty()))
            .withGroupLinks(
                GroupLink.of(
                    REFUGEE_WOMEN_GROUP,
                    SINGLE_PARENTS_GROUP,
                    GroupLinkKind.VISIT,
                    LocalDate.of(2020, 1, 1)));
    assertThat(foundingUnknown.groupLinks()).hasSize(1);
  }

  @Test
  void toString_hides_member_ids_and_evidence_notes() {
    KcsImplementation library =
        Fixtures.aLibraryReadyForStageThree()
            .withStepRecords(
                StepRecord.done(Step.S1A_ROOTING, LocalDate.of(2023, 9, 4))
                    .withEvidence("Notatka o panu Janie i jego uzależnieniu"));

    assertThat(library.toString()).doesNotContain("rw-0", "sp-0", "Janie", "uzależnieniu");
  }
}
