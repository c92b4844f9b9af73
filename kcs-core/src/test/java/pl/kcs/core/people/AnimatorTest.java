package pl.kcs.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.core.fixtures.Fixtures.FIRST_ANIMATOR;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.fixtures.Fixtures;

class AnimatorTest {

  @Test
  @DisplayName(
      "KCS-S1B-ANIMATORS, KCS-REM-PEOPLE: an animator records a dedicated post and own motivation")
  void an_animator_ready_for_stage_two_has_what_stage_one_asks() {
    Animator animator = Fixtures.anAnimatorReadyForStageTwo();

    assertThat(animator.duty()).isEqualTo(AnimatorDuty.DEDICATED_PART_OF_POST);
    assertThat(animator.ownMotivation()).isTrue();
    assertThat(animator.postFraction()).isEqualTo(PostFraction.QUARTER);
    assertThat(animator.hasRegularSupervision()).isTrue();
    assertThat(animator.trainings()).isEmpty();
    assertThat(animator.clubTasks()).isEmpty();
  }

  @Test
  @DisplayName("KCS-S1B-SUPERVISION: an animator has no supervision unless one is arranged")
  void supervision_defaults_to_none() {
    Animator animator =
        Animator.builder()
            .id(FIRST_ANIMATOR)
            .postFraction(PostFraction.HALF)
            .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
            .ownMotivation(true)
            .build();

    assertThat(animator.supervision()).isSameAs(SupervisionArrangement.none());
    assertThat(animator.hasRegularSupervision()).isFalse();
    assertThat(animator.origin()).isEmpty();
  }

  @Test
  @DisplayName(
      "KCS-S2B: an animator is trained in a kind once any training of that kind is completed")
  void trained_in_each_kind_of_training() {
    Animator theoryOnly =
        Fixtures.anAnimatorReadyForStageTwo().withTrainings(Fixtures.aTheoryTraining());

    assertThat(theoryOnly.isTrainedIn(TrainingKind.THEORY)).isTrue();
    assertThat(theoryOnly.isTrainedIn(TrainingKind.PRACTICAL_SKILLS)).isFalse();
    assertThat(Fixtures.aTrainedAnimator(FIRST_ANIMATOR).isTrainedIn(TrainingKind.PRACTICAL_SKILLS))
        .isTrue();
    assertThatThrownBy(() -> theoryOnly.isTrainedIn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }

  @Test
  void should_name_every_missing_required_attribute() {
    assertThatThrownBy(() -> Animator.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build Animator, some of required attributes are not set [id, postFraction, duty, ownMotivation]");
    assertThatThrownBy(() -> Animator.builder().id(FIRST_ANIMATOR).ownMotivation(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build Animator, some of required attributes are not set [postFraction, duty]");
  }

  @Test
  void should_refuse_to_set_an_attribute_twice() {
    assertThatThrownBy(
            () ->
                Animator.builder().postFraction(PostFraction.HALF).postFraction(PostFraction.FULL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Animator is strict, attribute is already set: postFraction");
    assertThatThrownBy(() -> Animator.builder().id(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  @DisplayName("KCS-S1B-ANIMATORS: the duties, origins and experience cite the fact on animators")
  void animator_terms_cite_their_facts() {
    assertThat(AnimatorDuty.BY_THE_WAY.source()).isEqualTo(FactId.of("KCS-S1B-ANIMATORS"));
    assertThat(AnimatorDuty.DEDICATED_PART_OF_POST.source()).isEqualTo(FactId.of("KCS-REM-FTE"));
    assertThat(AnimatorOrigin.values())
        .extracting(AnimatorOrigin::source)
        .containsOnly(FactId.of("KCS-S1B-ANIMATORS"));
    assertThat(ExperienceKind.values())
        .containsExactly(
            ExperienceKind.RUNNING_MEETINGS,
            ExperienceKind.GROUP_WORK,
            ExperienceKind.WORKSHOP_WORK)
        .extracting(ExperienceKind::source)
        .containsOnly(FactId.of("KCS-S1B-ANIMATORS"));
  }

  @Test
  @DisplayName(
      "KS-PEOPLE: a club's coordinator has three duties; its animators three tasks; four kinds of experts")
  void club_people() {
    assertThat(CoordinatorDuty.values())
        .hasSize(3)
        .extracting(CoordinatorDuty::source)
        .containsOnly(FactId.of("KS-PEOPLE"));
    assertThat(ClubAnimatorTask.values())
        .hasSize(3)
        .extracting(ClubAnimatorTask::source)
        .containsOnly(FactId.of("KS-PEOPLE"));
    assertThat(ExpertKind.values())
        .containsExactly(
            ExpertKind.PSYCHOLOGIST,
            ExpertKind.LAWYER,
            ExpertKind.CAREER_ADVISER,
            ExpertKind.SOCIAL_WORKER)
        .extracting(ExpertKind::source)
        .containsOnly(FactId.of("KS-PEOPLE"));

    Coordinator coordinator = Fixtures.aClubCoordinator();
    assertThat(coordinator.employedAtCentre()).isTrue();
    assertThat(coordinator.clubInWrittenDuties()).isTrue();
    assertThat(coordinator.postFraction()).isEqualTo(PostFraction.HALF);
    assertThat(coordinator.duties()).containsExactly(CoordinatorDuty.values());
    assertThat(Fixtures.aClubAnimator().clubTasks()).containsExactly(ClubAnimatorTask.values());
  }

  @Test
  @DisplayName(
      "KS-PEOPLE: a coordinator needs an id, a post, and whether employed and with the club in the duties")
  void coordinator_required_attributes() {
    assertThatThrownBy(() -> Coordinator.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build Coordinator, some of required attributes are not set"
                + " [id, postFraction, employedAtCentre, clubInWrittenDuties]");
    assertThatThrownBy(() -> Coordinator.builder().employedAtCentre(true).employedAtCentre(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Coordinator is strict, attribute is already set: employedAtCentre");
  }

  @Test
  @DisplayName(
      "KCS-S2B: training has a theory and a practice part, run by professionals or experts by experience")
  void training_terms() {
    assertThat(TrainingKind.values())
        .containsExactly(TrainingKind.THEORY, TrainingKind.PRACTICAL_SKILLS);
    assertThat(TrainerKind.values())
        .containsExactly(TrainerKind.PROFESSIONAL, TrainerKind.EXPERT_BY_EXPERIENCE);
    assertThat(TrainingTopic.values())
        .filteredOn(topic -> topic != TrainingTopic.GROUP_DEVELOPMENT)
        .extracting(TrainingTopic::source)
        .containsOnly(FactId.of("KCS-S2B"));
    // KCS-M2: the culture-of-support model passes the basics of group development on to groups.
    assertThat(TrainingTopic.GROUP_DEVELOPMENT.source()).isEqualTo(FactId.of("KCS-M2"));

    Training training =
        Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, LocalDate.of(2024, 1, 20));
    assertThat(training.topics()).isEmpty();
    assertThat(training.completedOn()).isEqualTo(LocalDate.of(2024, 1, 20));
  }

  @Test
  void training_required_attributes_and_nulls() {
    assertThatThrownBy(() -> Training.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build Training, some of required attributes are not set [kind, trainer, completedOn]");
    assertThatThrownBy(() -> Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("completedOn");
    assertThatThrownBy(() -> Training.builder().kind(TrainingKind.THEORY).kind(TrainingKind.THEORY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Training is strict, attribute is already set: kind");
  }
}
