package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Rule;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * The stage rules at their edges: every rule's severity and fact pinned (a changed severity is a
 * visible change), and the stage-3 rules about groups when a KCS in stage 3 has exactly no group.
 */
class StageBoundaryTest {

  private static RuleSetResult<StageFacts> assess(KcsImplementation implementation) {
    return StageProgression.withDefaultRules().assess(implementation).evaluation();
  }

  @Test
  void every_stage_rule_bites_as_hard_as_its_source_says_and_cites_its_fact() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("kcs.s1a.legal-context", "KCS-S1A ADVICE");
    expected.put("kcs.s1a.open-institution", "OPEN-START ADVICE");
    expected.put("kcs.s1b.team-conversation", "KCS-S1B-TEAM ADVICE");
    expected.put("kcs.s1b.team-open-practices", "KCS-S1B-TEAM ADVICE");
    expected.put("kcs.s1b.scale-decision", "KCS-S1B-SCALE BLOCKER");
    expected.put("kcs.s1b.premises", "KCS-S1B-PREMISES BLOCKER");
    expected.put("kcs.s1b.equipment", "KCS-S1B-EQUIPMENT BLOCKER");
    expected.put("kcs.s1b.refreshments", "KCS-S1B-EQUIPMENT ADVICE");
    expected.put("kcs.s1b.animator-appointed", "KCS-REM-FTE BLOCKER");
    expected.put("kcs.s1b.animators-dedicated", "KCS-S1B-ANIMATORS BLOCKER");
    expected.put("kcs.s1b.animators-motivated", "KCS-REM-PEOPLE WARNING");
    expected.put("kcs.s1b.animators-experienced", "KCS-S1B-ANIMATORS ADVICE");
    expected.put("kcs.s1b.supervision", "KCS-S1B-SUPERVISION BLOCKER");
    expected.put("kcs.s1b.scale-kept", "KCS-S1B-SCALE NOTE");
    expected.put("kcs.rem.post-carries-groups", "KCS-REM-FTE NOTE");
    expected.put("kcs.rem.post-spread", "KCS-REM-FTE ADVICE");
    expected.put("kcs.s2a.partners-invited", "KCS-S2A ADVICE");
    expected.put("kcs.s2a.partners-match-needs", "KCS-S2A ADVICE");
    expected.put("kcs.s2b.prepared", "KCS-S2B BLOCKER");
    expected.put("kcs.s2b.theory", "KCS-S2B ADVICE");
    expected.put("kcs.s2b.practice", "KCS-S2B ADVICE");
    expected.put("kcs.s2b.experts-by-experience", "KCS-S2B ADVICE");
    expected.put("kcs.s2c.recruitment", "KCS-S2C ADVICE");
    expected.put("kcs.s2c.group-initiated", "KCS-S2C BLOCKER");
    expected.put("kcs.s3.rules-with-participants", "KCS-REM-RULES WARNING");
    expected.put("kcs.s3.safe-space", "KCS-REM-SPACE WARNING");
    expected.put("kcs.s3.group-models", "KCS-S3 NOTE");
    expected.put("kcs.s3.strategy", "KCS-S1A ADVICE");

    Map<String, String> actual = new LinkedHashMap<>();
    for (Rule<StageFacts> rule : StageProgression.defaultRules().rules()) {
      actual.put(rule.id().value(), rule.source().id() + " " + rule.severity());
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void a_blocker_the_source_does_not_word_as_a_requirement_is_marked_a_kcs_default() {
    for (Rule<StageFacts> rule : StageProgression.defaultRules().rules()) {
      if (rule.modalClass().isPresent()
          && rule.severity().isStricterThan(Severity.highestFor(rule.modalClass().get()))) {
        assertThat(rule.isLibraryDefault()).as(rule.id().value()).isTrue();
      }
    }
    assertThat(
            StageProgression.defaultRules()
                .rule(pl.kcs.rules.RuleId.of("kcs.s2c.group-initiated"))
                .orElseThrow()
                .isLibraryDefault())
        .isTrue();
  }

  @Test
  void
      in_stage_three_with_no_group_the_rules_about_groups_do_not_apply_but_the_missing_group_blocks_KCS_S2C_KCS_S3() {
    RuleSetResult<StageFacts> report =
        assess(LibraryFixture.lacking(Stage.OPERATION, Gap.NO_GROUPS));

    for (String aboutGroups :
        new String[] {"kcs.s3.rules-with-participants", "kcs.s3.group-models", "kcs.s3.strategy"}) {
      assertThat(report.outcome(aboutGroups).orElseThrow().status())
          .as(aboutGroups)
          .isEqualTo(Status.NOT_APPLICABLE);
    }
    assertThat(report.outcome("kcs.s2c.group-initiated").orElseThrow().status())
        .isEqualTo(Status.FAILED);
    assertThat(report.outcome("kcs.s3.safe-space").orElseThrow().status())
        .as("the space is needed whether or not a group meets yet")
        .isEqualTo(Status.PASSED);
  }

  @Test
  void in_stage_three_with_one_group_the_rules_about_groups_apply_KCS_S3() {
    RuleSetResult<StageFacts> report = assess(LibraryFixture.complete(Stage.OPERATION));

    assertThat(report.outcome("kcs.s3.rules-with-participants").orElseThrow().status())
        .isEqualTo(Status.PASSED);
    assertThat(report.outcome("kcs.s3.group-models").orElseThrow().status())
        .isNotEqualTo(Status.NOT_APPLICABLE);
    assertThat(report.outcome("kcs.s2c.group-initiated").orElseThrow().status())
        .isEqualTo(Status.PASSED);
  }
}
