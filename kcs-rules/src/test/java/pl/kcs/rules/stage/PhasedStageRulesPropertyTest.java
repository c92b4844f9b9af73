package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Rule;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * The built-in stage rules are {@linkplain RuleSet#phasedBy phased} by the institution's stage
 * (issue 17): the rules of a later stage (KCS-S2*, KCS-S3, KCS-REM-RULES, KCS-REM-SPACE) are not
 * applicable without being asked. Skipping them changes nothing: the phased set gives, for any
 * library in any stage, the statuses and counts of the same rules evaluated one by one.
 */
class PhasedStageRulesPropertyTest {

  private static final RuleSet<StageFacts> PHASED = StageProgression.defaultRules();
  private static final RuleSet<StageFacts> UNPHASED =
      RuleSet.of(StageProgression.defaultRules().rules());

  private static final Gen<KcsImplementation> LIBRARIES =
      random -> {
        Set<Gap> gaps = EnumSet.noneOf(Gap.class);
        for (Gap gap : Gap.values()) {
          if (random.nextInt(4) == 0) {
            gaps.add(gap);
          }
        }
        return LibraryFixture.with(Gens.enumValues(Stage.class).next(random), gaps);
      };

  @Test
  void the_phased_stage_rules_give_the_statuses_of_every_rule_asked_one_by_one() {
    Property.check()
        .forAll(
            LIBRARIES,
            library -> {
              StageFacts facts = StageFacts.of(library);
              RuleSetResult<StageFacts> phased = PHASED.evaluate(facts);
              RuleSetResult<StageFacts> unphased = UNPHASED.evaluate(facts);
              for (int i = 0; i < PHASED.rules().size(); i++) {
                assertThat(phased.statusAt(i))
                    .as("%s in %s", PHASED.rules().get(i).id(), library.stage())
                    .isEqualTo(unphased.statusAt(i))
                    .isEqualTo(PHASED.rules().get(i).evaluate(facts));
              }
              for (Severity severity : Severity.values()) {
                assertThat(phased.problemCount(severity))
                    .isEqualTo(unphased.problemCount(severity));
              }
            });
  }

  @Test
  void the_facts_worked_out_only_where_a_rule_reads_them_read_as_the_implementation_says() {
    Property.check()
        .forAll(
            LIBRARIES,
            library -> {
              StageFacts facts = StageFacts.of(library);
              assertThat(facts.postAboveHalf())
                  .isEqualTo(library.totalAnimatorPost().compareTo(PostFraction.HALF.toFte()) > 0);
              long refreshments =
                  library.host().equipment().stream().filter(Equipment::isRefreshment).count();
              assertThat(facts.refreshments()).isEqualTo((int) refreshments);
            });
  }

  @Test
  void in_stage_one_the_later_stages_rules_are_not_asked_at_all() {
    Condition<StageFacts> never =
        new Condition<>() {
          @Override
          public Status evaluate(StageFacts facts) {
            throw new AssertionError("a stage-3 rule was asked in stage 1");
          }

          @Override
          public int firstPhase() {
            return Stage.OPERATION.ordinal();
          }
        };
    Rule<StageFacts> later =
        Rule.<StageFacts>builder("kcs.s3.safe-space")
            .source("KCS-REM-SPACE")
            .severity(Severity.WARNING)
            .condition(never)
            .build();
    StageProgression progression =
        StageProgression.withRules(PHASED.replacing(later).disabling("kcs.s1b.premises"));

    StageReport report = progression.assess(LibraryFixture.complete(Stage.PREPARATION));

    assertThat(report.evaluation().outcome("kcs.s3.safe-space").orElseThrow().status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(report.evaluation().outcome("kcs.s1b.premises").orElseThrow().status())
        .isEqualTo(Status.DISABLED);
    assertThat(report.mayAdvance()).isTrue();
  }
}
