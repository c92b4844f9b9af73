package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.TrainingKind;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * Every generator of {@link CoreGenerators} builds valid values (a check failing would throw),
 * values survive a copy, and the implementations with gaps are what their javadoc promises.
 */
class GeneratedValuesPropertyTest {

  private static final Property PROPERTY = Property.check();

  @Test
  void every_generated_value_builds_and_equals_its_copy() {
    List<Gen<?>> generators =
        List.of(
            CoreGenerators.postFractions(),
            CoreGenerators.ftes(),
            CoreGenerators.animatorIds(),
            CoreGenerators.staffIds(),
            CoreGenerators.groupIds(),
            CoreGenerators.partnerIds(),
            CoreGenerators.memberIds(),
            CoreGenerators.trainings(),
            CoreGenerators.supervisionArrangements(),
            CoreGenerators.animators(),
            CoreGenerators.coordinators(),
            CoreGenerators.rooms(),
            CoreGenerators.hostInstitutions(),
            CoreGenerators.partners(),
            CoreGenerators.localStrategies(),
            CoreGenerators.legalContexts(),
            CoreGenerators.memberships(),
            CoreGenerators.groupRules(),
            CoreGenerators.groupLinks(),
            CoreGenerators.selfHelpGroups(),
            CoreGenerators.stepRecords(),
            CoreGenerators.scaleDecisions(),
            CoreGenerators.clubFormalSetUps());
    for (Gen<?> generator : generators) {
      PROPERTY
          .trials(100)
          .forAll(generator, value -> assertThat(value).isNotNull().hasToString(value.toString()));
    }
  }

  @Test
  void generated_groups_are_consistent() {
    PROPERTY.forAll(
        CoreGenerators.selfHelpGroups(),
        group -> {
          assertThat(group.targetGroups()).isNotEmpty();
          for (TargetSubgroup subgroup : group.targetSubgroups()) {
            assertThat(group.targetGroups()).contains(subgroup.targetGroup());
          }
          if (group.maturity().isAtLeast(GroupMaturity.RUNNING_ITSELF)) {
            assertThat(group.meetsWithoutAnimatorSince()).isPresent();
          }
          assertThat(group.independentSince().isPresent())
              .isEqualTo(group.maturity() == GroupMaturity.INDEPENDENT);
          // Rebuilding from the parts passes the same checks.
          assertThat(group.withMemberships(group.memberships()).withLeaders(group.leaders()))
              .isEqualTo(group);
        });
  }

  @Test
  void generated_groups_keep_leaders_among_members_and_periods_apart() {
    PROPERTY.forAll(
        CoreGenerators.selfHelpGroups(),
        group -> {
          if (!group.memberships().isEmpty()) {
            Set<MemberId> members =
                group.memberships().stream().map(Membership::member).collect(Collectors.toSet());
            assertThat(members).containsAll(group.leaders());
          }
          for (Membership a : group.memberships()) {
            for (Membership b : group.memberships()) {
              if (a != b && a.member().equals(b.member())) {
                assertThat(a.overlaps(b)).isFalse();
              }
            }
          }
        });
  }

  @Test
  void generated_implementations_and_clubs_link_only_their_own_animators_and_groups() {
    PROPERTY
        .trials(200)
        .forAll(
            CoreGenerators.kcsImplementations(),
            implementation -> {
              for (SelfHelpGroup group : implementation.groups()) {
                for (AnimatorId animator : group.animators()) {
                  assertThat(implementation.animator(animator)).isPresent();
                }
              }
              implementation
                  .groupLinks()
                  .forEach(
                      link -> {
                        assertThat(implementation.group(link.from())).isPresent();
                        assertThat(implementation.group(link.to())).isPresent();
                      });
            });
    PROPERTY
        .trials(200)
        .forAll(
            CoreGenerators.selfHelpClubs(),
            club -> {
              assertThat(club.host().kind().kcsHost()).isFalse();
              for (SelfHelpGroup group : club.groups()) {
                for (AnimatorId animator : group.animators()) {
                  assertThat(club.animators()).extracting(Animator::id).contains(animator);
                }
              }
            });
  }

  @Test
  @DisplayName(
      "KCS-S1A … KCS-S3: with no gaps, a generated implementation has everything its stage asks for")
  void implementations_without_gaps_are_complete_for_their_stage() {
    for (Stage stage : Stage.values()) {
      PROPERTY
          .trials(100)
          .forAll(
              CoreGenerators.kcsImplementations(stage, 0),
              implementation -> {
                assertThat(implementation.stage()).isEqualTo(stage);
                for (Step step : Step.values()) {
                  assertThat(implementation.isDone(step))
                      .as(step.name())
                      .isEqualTo(step.stage().compareTo(stage) <= 0);
                }
                assertThat(
                        implementation.host().missingEquipment(Programme.KCS, Requirement.REQUIRED))
                    .isEmpty();
                assertThat(implementation.host().rooms().get(0).features())
                    .contains(
                        RoomFeature.COMFORTABLE, RoomFeature.NON_WALK_THROUGH, RoomFeature.SAFE);
                assertThat(implementation.scaleDecision()).isPresent();
                assertThat(implementation.legalContext().knownActs()).isNotEmpty();
                assertThat(implementation.animators())
                    .isNotEmpty()
                    .allMatch(animator -> animator.duty() == AnimatorDuty.DEDICATED_PART_OF_POST)
                    .allMatch(Animator::ownMotivation)
                    .allMatch(Animator::hasRegularSupervision);
                if (stage != Stage.PREPARATION) {
                  assertThat(implementation.partners())
                      .isNotEmpty()
                      .allMatch(partner -> partner.status().isInvited());
                  assertThat(implementation.animators())
                      .allMatch(animator -> animator.isTrainedIn(TrainingKind.THEORY))
                      .allMatch(animator -> animator.isTrainedIn(TrainingKind.PRACTICAL_SKILLS));
                  assertThat(implementation.groups())
                      .isNotEmpty()
                      .allMatch(group -> group.recruitedThrough().isPresent());
                }
                if (stage == Stage.OPERATION) {
                  assertThat(implementation.scaleDecision().orElseThrow().preferredModels())
                      .isNotEmpty();
                }
              });
    }
  }

  @Test
  void implementations_with_only_gaps_have_none_of_what_their_stage_asks_for() {
    for (Stage stage : Stage.values()) {
      PROPERTY
          .trials(50)
          .forAll(
              CoreGenerators.kcsImplementations(stage, 1),
              implementation -> {
                assertThat(Step.values()).noneMatch(implementation::isDone);
                assertThat(implementation.scaleDecision()).isEmpty();
                assertThat(implementation.animators()).isEmpty();
                assertThat(implementation.legalContext().knownActs()).isEmpty();
                assertThat(
                        implementation.host().missingEquipment(Programme.KCS, Requirement.REQUIRED))
                    .hasSize(4);
                if (stage != Stage.PREPARATION) {
                  assertThat(implementation.partners()).isEmpty();
                  assertThat(implementation.groups()).isEmpty();
                }
              });
    }
  }

  @Test
  void implementations_of_any_stage_vary_in_their_gaps() {
    Set<Stage> stages = new HashSet<>();
    int[] withAndWithoutAnimators = new int[2];
    PROPERTY
        .trials(200)
        .forAll(
            CoreGenerators.kcsImplementations(),
            implementation -> {
              stages.add(implementation.stage());
              withAndWithoutAnimators[implementation.animators().isEmpty() ? 0 : 1]++;
            });
    assertThat(stages).containsExactlyInAnyOrder(Stage.values());
    assertThat(withAndWithoutAnimators[0]).isPositive();
    assertThat(withAndWithoutAnimators[1]).isPositive();
  }

  @Test
  void distinct_draws_distinct_values() {
    PROPERTY.forAllWithRandom(
        Gens.ints(0, 20),
        (count, random) ->
            assertThat(CoreGenerators.distinct(CoreGenerators.groupIds(), count, random))
                .hasSize(count)
                .doesNotHaveDuplicates()
                .doesNotContainNull());
  }
}
