package pl.kcs.rules.stage;

import static pl.kcs.rules.VerdictTable.alwaysApplies;
import static pl.kcs.rules.VerdictTable.row;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.VerdictTable;
import pl.kcs.rules.VerdictTable.Row;

/**
 * The verdict of every stage rule (steps 1a, 1b, 2a, 2b, 2c and stage 3; KCS-S1A … KCS-S3,
 * KCS-REM-*, OPEN-START) pinned as a table (issue 20): its fact, its severity, and its status on a
 * passing, a failing and a not-applicable input. A stage's rules apply from that stage on, so a
 * rule of stage 2 or 3 stands aside in the stage before; a rule of stage 1 stands aside only where
 * its guard is not met (no animators, no self-assessment, no scale decided, no groups), and a rule
 * of stage 1 without a guard applies to every KCS, as its row says.
 */
class EveryStageRuleHasItsVerdictPinnedTest {

  private static final String FIRST_STAGE =
      "stage 1 is the first stage and the rule has no guard: every KCS is asked";

  /** A library and, where the rule reads it, the institution's offer. */
  private static final class Library {
    final KcsImplementation implementation;
    final InstitutionOffer offer;

    Library(KcsImplementation implementation, InstitutionOffer offer) {
      this.implementation = implementation;
      this.offer = offer;
    }
  }

  private static Library complete(Stage stage) {
    return new Library(LibraryFixture.complete(stage), null);
  }

  private static Library lacking(Stage stage, Gap gap) {
    return new Library(LibraryFixture.lacking(stage, gap), null);
  }

  /** A library in stage 1 that has not recorded any animator (nor, so, any group they hold). */
  private static Library withoutAnimators() {
    return new Library(
        LibraryFixture.complete(Stage.PREPARATION).withGroups().withAnimators(), null);
  }

  /** Three animators with more than half a post between them (KCS-REM-FTE). */
  private static Library threeAnimatorsAboveHalfAPost() {
    KcsImplementation complete = LibraryFixture.complete(Stage.PREPARATION);
    return new Library(
        complete.withAnimators(
            com.google.common.collect.ImmutableList.<Animator>builder()
                .addAll(complete.animators())
                .add(
                    Animator.builder()
                        .id(AnimatorId.of("anim-c"))
                        .postFraction(PostFraction.QUARTER)
                        .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
                        .ownMotivation(true)
                        .supervision(SupervisionArrangement.of(SupervisionFrequency.MONTHLY))
                        .build())
                .build()),
        null);
  }

  private static Library withOffer(Stage stage, InstitutionOffer offer) {
    return new Library(LibraryFixture.complete(stage), offer);
  }

  /** An offer under which the library's self-running group fits Model 1 (KCS-M1). */
  private static final InstitutionOffer SPACE_AND_WATCHMAN =
      InstitutionOffer.of(6, InstitutionCapability.NIGHT_WATCHMAN, InstitutionCapability.ANIMATION);

  /** No free hours and nothing else: the group fits no model (KCS-M1 … KCS-M4). */
  private static final InstitutionOffer NOTHING = InstitutionOffer.of(0);

  static Stream<Row<Library>> verdicts() {
    Stage s1 = Stage.PREPARATION;
    Stage s2 = Stage.INAUGURATION;
    Stage s3 = Stage.OPERATION;
    return Stream.of(
        alwaysApplies(
            "kcs.s1a.legal-context",
            "KCS-S1A",
            Severity.ADVICE,
            complete(s1),
            lacking(s1, Gap.NO_LEGAL_CONTEXT),
            FIRST_STAGE),
        row(
            "kcs.s1a.open-institution",
            "OPEN-START",
            Severity.ADVICE,
            complete(s1),
            lacking(s1, Gap.CLOSED_COMMUNICATION),
            lacking(s1, Gap.NO_SELF_ASSESSMENT)),
        alwaysApplies(
            "kcs.s1b.team-conversation",
            "KCS-S1B-TEAM",
            Severity.ADVICE,
            complete(s1),
            lacking(s1, Gap.TEAM_CONVERSATION_NOT_DONE),
            FIRST_STAGE + "; with no record the rule is unknown, not not applicable"),
        row(
            "kcs.s1b.team-open-practices",
            "KCS-S1B-TEAM",
            Severity.ADVICE,
            complete(s1),
            lacking(s1, Gap.STAFF_MULTITASKING),
            lacking(s1, Gap.NO_SELF_ASSESSMENT)),
        alwaysApplies(
            "kcs.s1b.scale-decision",
            "KCS-S1B-SCALE",
            Severity.BLOCKER,
            complete(s1),
            lacking(s1, Gap.NO_SCALE_DECISION),
            FIRST_STAGE),
        alwaysApplies(
            "kcs.s1b.premises",
            "KCS-S1B-PREMISES",
            Severity.BLOCKER,
            complete(s1),
            lacking(s1, Gap.NO_SUITABLE_ROOM),
            FIRST_STAGE),
        alwaysApplies(
            "kcs.s1b.equipment",
            "KCS-S1B-EQUIPMENT",
            Severity.BLOCKER,
            complete(s1),
            lacking(s1, Gap.NO_FLIPCHART),
            FIRST_STAGE),
        alwaysApplies(
            "kcs.s1b.refreshments",
            "KCS-S1B-EQUIPMENT",
            Severity.ADVICE,
            complete(s1),
            lacking(s1, Gap.NO_REFRESHMENTS),
            FIRST_STAGE),
        alwaysApplies(
            "kcs.s1b.animator-appointed",
            "KCS-REM-FTE",
            Severity.BLOCKER,
            complete(s1),
            lacking(s1, Gap.NO_APPOINTED_ANIMATOR),
            FIRST_STAGE + "; a library with no animator at all fails it"),
        row(
            "kcs.s1b.animators-dedicated",
            "KCS-S1B-ANIMATORS",
            Severity.BLOCKER,
            complete(s1),
            lacking(s1, Gap.SECOND_ANIMATOR_BY_THE_WAY),
            withoutAnimators()),
        row(
            "kcs.s1b.animators-motivated",
            "KCS-REM-PEOPLE",
            Severity.WARNING,
            complete(s1),
            lacking(s1, Gap.SECOND_ANIMATOR_UNMOTIVATED),
            withoutAnimators()),
        row(
            "kcs.s1b.animators-experienced",
            "KCS-S1B-ANIMATORS",
            Severity.ADVICE,
            complete(s1),
            lacking(s1, Gap.SECOND_ANIMATOR_INEXPERIENCED),
            withoutAnimators()),
        row(
            "kcs.s1b.supervision",
            "KCS-S1B-SUPERVISION",
            Severity.BLOCKER,
            complete(s1),
            lacking(s1, Gap.SECOND_ANIMATOR_UNSUPERVISED),
            withoutAnimators()),
        row(
            "kcs.s1b.scale-kept",
            "KCS-S1B-SCALE",
            Severity.NOTE,
            complete(s3),
            lacking(s3, Gap.MORE_GROUPS_THAN_DECIDED),
            lacking(s3, Gap.NO_SCALE_DECISION)),
        row(
            "kcs.rem.post-carries-groups",
            "KCS-REM-FTE",
            Severity.NOTE,
            complete(s3),
            lacking(s3, Gap.MORE_GROUPS_THAN_DECIDED),
            lacking(s3, Gap.NO_GROUPS)),
        row(
            "kcs.rem.post-spread",
            "KCS-REM-FTE",
            Severity.ADVICE,
            threeAnimatorsAboveHalfAPost(),
            lacking(s1, Gap.THIRD_ANIMATOR_SHARING_HALF),
            complete(s1)),
        row(
            "kcs.s2a.partners-invited",
            "KCS-S2A",
            Severity.ADVICE,
            complete(s2),
            lacking(s2, Gap.NO_PARTNER_INVITED),
            complete(s1)),
        row(
            "kcs.s2a.partners-match-needs",
            "KCS-S2A",
            Severity.ADVICE,
            complete(s2),
            lacking(s2, Gap.NO_REFUGEE_SUPPORT_PARTNER),
            complete(s1)),
        row(
            "kcs.s2b.prepared",
            "KCS-S2B",
            Severity.BLOCKER,
            complete(s2),
            lacking(s2, Gap.SECOND_ANIMATOR_UNTRAINED),
            complete(s1)),
        row(
            "kcs.s2b.theory",
            "KCS-S2B",
            Severity.ADVICE,
            complete(s2),
            lacking(s2, Gap.SECOND_ANIMATOR_NO_THEORY),
            complete(s1)),
        row(
            "kcs.s2b.practice",
            "KCS-S2B",
            Severity.ADVICE,
            complete(s2),
            lacking(s2, Gap.SECOND_ANIMATOR_NO_PRACTICE),
            complete(s1)),
        row(
            "kcs.s2b.experts-by-experience",
            "KCS-S2B",
            Severity.ADVICE,
            complete(s2),
            lacking(s2, Gap.NO_EXPERT_BY_EXPERIENCE_TRAINER),
            complete(s1)),
        row(
            "kcs.s2c.recruitment",
            "KCS-S2C",
            Severity.ADVICE,
            complete(s2),
            lacking(s2, Gap.GROUP_NOT_RECRUITED),
            complete(s1)),
        row(
            "kcs.s2c.group-initiated",
            "KCS-S2C",
            Severity.BLOCKER,
            complete(s2),
            lacking(s2, Gap.NO_GROUPS),
            complete(s1)),
        row(
            "kcs.s3.rules-with-participants",
            "KCS-REM-RULES",
            Severity.WARNING,
            complete(s3),
            lacking(s3, Gap.RULES_NOT_WITH_PARTICIPANTS),
            complete(s2)),
        row(
            "kcs.s3.safe-space",
            "KCS-REM-SPACE",
            Severity.WARNING,
            complete(s3),
            lacking(s3, Gap.NO_SAFE_ROOM),
            complete(s2)),
        row(
            "kcs.s3.group-models",
            "KCS-S3",
            Severity.NOTE,
            withOffer(s3, SPACE_AND_WATCHMAN),
            withOffer(s3, NOTHING),
            withOffer(s2, SPACE_AND_WATCHMAN)),
        row(
            "kcs.s3.strategy",
            "KCS-S1A",
            Severity.ADVICE,
            complete(s3),
            lacking(s3, Gap.NOT_IN_STRATEGY),
            complete(s2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void each_stage_rule_passes_fails_and_stands_aside_as_its_row_says(Row<Library> row) {
    VerdictTable.assertVerdicts(row, EveryStageRuleHasItsVerdictPinnedTest::outcome);
  }

  @Test
  void the_table_has_a_row_for_every_built_in_stage_rule_in_the_order_of_the_method() {
    VerdictTable.assertNamesEveryRule(StageProgression.defaultRules(), verdicts());
  }

  private static Outcome outcome(Library library, String rule) {
    StageProgression progression = StageProgression.withDefaultRules();
    StageReport report =
        library.offer == null
            ? progression.assess(library.implementation)
            : progression.assess(library.implementation, library.offer);
    return report.evaluation().outcome(rule).orElseThrow();
  }
}
