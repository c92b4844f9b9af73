package pl.kcs.rules.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Properties of stage progression over libraries with random gaps in random stages. */
class StageProgressionPropertiesTest {

  private static final StageProgression PROGRESSION = StageProgression.withDefaultRules();

  /** A stage and a random set of gaps. */
  private static final class Case {
    final Stage stage;
    final Set<Gap> gaps;

    Case(Stage stage, Set<Gap> gaps) {
      this.stage = stage;
      this.gaps = gaps;
    }

    @Override
    public String toString() {
      return stage + " " + gaps;
    }
  }

  private static final Gen<Case> CASES =
      random -> {
        Set<Gap> gaps = EnumSet.noneOf(Gap.class);
        for (Gap gap : Gap.values()) {
          if (random.nextInt(4) == 0) {
            gaps.add(gap);
          }
        }
        return new Case(Gens.enumValues(Stage.class).next(random), gaps);
      };

  @Test
  void satisfying_one_more_requirement_never_adds_a_blocker() {
    Property.check()
        .forAllWithRandom(
            CASES.filter(c -> !c.gaps.isEmpty()),
            (c, random) -> {
              List<Gap> present = List.copyOf(c.gaps);
              Gap mended = present.get(random.nextInt(present.size()));
              Set<Gap> fewer = EnumSet.copyOf(c.gaps);
              fewer.remove(mended);

              Set<String> before = blockerIds(LibraryFixture.with(c.stage, c.gaps));
              Set<String> after = blockerIds(LibraryFixture.with(c.stage, fewer));

              assertThat(after).as("blockers after mending %s", mended).isSubsetOf(before);
            });
  }

  /** Each gap that takes away what the source requires ("musi", "nie może", "potrzebne", "konieczne"), the stage from which it applies, and its blocker. */
  private static final Object[][] REQUIRED = {
    {Gap.NO_SCALE_DECISION, Stage.PREPARATION, "kcs.s1b.scale-decision"},
    {Gap.NO_SUITABLE_ROOM, Stage.PREPARATION, "kcs.s1b.premises"},
    {Gap.NO_FLIPCHART, Stage.PREPARATION, "kcs.s1b.equipment"},
    {Gap.NO_APPOINTED_ANIMATOR, Stage.PREPARATION, "kcs.s1b.animator-appointed"},
    {Gap.SECOND_ANIMATOR_BY_THE_WAY, Stage.PREPARATION, "kcs.s1b.animators-dedicated"},
    {Gap.SECOND_ANIMATOR_UNSUPERVISED, Stage.PREPARATION, "kcs.s1b.supervision"},
    {Gap.SECOND_ANIMATOR_UNTRAINED, Stage.INAUGURATION, "kcs.s2b.prepared"},
    {Gap.NO_GROUPS, Stage.INAUGURATION, "kcs.s2c.group-initiated"}
  };

  /**
   * The other side of {@link #satisfying_one_more_requirement_never_adds_a_blocker()}: that
   * property holds for an engine that never blocks; this one forces the blockers. Whatever else a
   * library lacks, taking away one thing its stage requires blocks it, by that requirement's rule
   * (KCS-S1B-*, KCS-REM-FTE, KCS-S2B, KCS-S2C).
   */
  @Test
  void
      taking_away_one_thing_the_stage_requires_always_blocks_by_that_requirement_whatever_else_is_missing() {
    Property.check()
        .forAllWithRandom(
            CASES,
            (c, random) -> {
              Object[] required = REQUIRED[random.nextInt(REQUIRED.length)];
              Gap gap = (Gap) required[0];
              Stage from = (Stage) required[1];
              String blocker = (String) required[2];
              Set<Gap> more = EnumSet.noneOf(Gap.class);
              more.addAll(c.gaps);
              more.add(gap);
              StageReport report = PROGRESSION.assess(LibraryFixture.with(c.stage, more));

              if (c.stage.compareTo(from) >= 0) {
                assertThat(report.blockers())
                    .extracting(o -> o.ruleId().value())
                    .as("lacking %s", gap)
                    .contains(blocker);
                assertThat(report.hasNoBlockers()).as("lacking %s", gap).isFalse();
              } else {
                assertThat(report.evaluation().outcome(blocker).orElseThrow().status())
                    .as("%s before %s", blocker, from)
                    .isEqualTo(Status.NOT_APPLICABLE);
              }
            });
  }

  @Test
  void the_report_does_not_depend_on_the_order_of_the_input() {
    Property.check()
        .forAllWithRandom(
            CASES,
            (c, random) -> {
              KcsImplementation original = LibraryFixture.with(c.stage, c.gaps);
              KcsImplementation shuffled = shuffle(original, random);

              StageReport first = PROGRESSION.assess(original);
              StageReport second = PROGRESSION.assess(shuffled);

              assertThat(statuses(second)).isEqualTo(statuses(first));
              assertThat(second.render(Locale.ENGLISH)).isEqualTo(first.render(Locale.ENGLISH));
              assertThat(second.render(Locale.forLanguageTag("pl")))
                  .isEqualTo(first.render(Locale.forLanguageTag("pl")));
            });
  }

  @Test
  void a_stage_is_never_skipped() {
    Property.check()
        .forAll(
            CASES,
            c -> {
              StageReport report = PROGRESSION.assess(LibraryFixture.with(c.stage, c.gaps));

              // The next stage is always the one right after the current.
              assertThat(report.nextStage().map(Stage::ordinal))
                  .isEqualTo(
                      c.stage.isLast()
                          ? java.util.Optional.empty()
                          : java.util.Optional.of(c.stage.ordinal() + 1));
              // Advancing needs every step of every stage so far, not only the current one's.
              if (report.mayAdvance()) {
                assertThat(report.checklist())
                    .filteredOn(step -> hasBlocker(step))
                    .allMatch(StepProgress::isDone);
              }
              // A blocker of an earlier stage always stops advancing.
              boolean earlierBlocked =
                  report.blockers().stream()
                      .anyMatch(
                          o ->
                              ((Step) o.rule().appliesTo().orElseThrow()).stage().compareTo(c.stage)
                                  < 0);
              if (earlierBlocked) {
                assertThat(report.mayAdvance()).isFalse();
              }
            });
  }

  @Test
  void mending_exactly_the_missing_steps_clears_every_blocker() {
    Property.check()
        .forAll(
            CASES,
            c -> {
              StageReport report = PROGRESSION.assess(LibraryFixture.with(c.stage, c.gaps));
              Set<Step> missing =
                  report.missingSteps().stream()
                      .map(StepProgress::step)
                      .collect(Collectors.toSet());
              Set<Step> blocked =
                  report.blockers().stream()
                      .map(o -> (Step) o.rule().appliesTo().orElseThrow())
                      .collect(Collectors.toSet());
              assertThat(missing).isEqualTo(blocked);
              assertThat(report.mayAdvance()).isEqualTo(missing.isEmpty() && !c.stage.isLast());
            });
  }

  @Test
  void every_default_rule_cites_a_fact_of_the_catalogue() {
    for (Rule<StageFacts> rule : StageProgression.defaultRules().rules()) {
      assertThat(FactId.all()).as(rule.id().value()).contains(rule.source());
    }
  }

  @Test
  void one_engine_gives_the_same_reports_on_many_threads() throws Exception {
    List<KcsImplementation> inputs =
        List.of(
            LibraryFixture.complete(Stage.PREPARATION),
            LibraryFixture.lacking(Stage.INAUGURATION, Gap.NO_PARTNER_INVITED),
            LibraryFixture.lacking(Stage.OPERATION, Gap.NO_SAFE_ROOM));
    List<String> expected =
        inputs.stream()
            .map(i -> PROGRESSION.assess(i).render(Locale.ENGLISH))
            .collect(Collectors.toList());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int task = 0; task < 40; task++) {
        int index = task % inputs.size();
        results.add(
            pool.submit(
                () ->
                    PROGRESSION
                        .assess(inputs.get(index))
                        .render(Locale.ENGLISH)
                        .equals(expected.get(index))));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean hasBlocker(StepProgress step) {
    return step.outcomes().stream().anyMatch(o -> o.severity() == Severity.BLOCKER);
  }

  private static Set<String> blockerIds(KcsImplementation implementation) {
    return PROGRESSION.assess(implementation).blockers().stream()
        .map(o -> o.ruleId().value())
        .collect(Collectors.toSet());
  }

  private static List<Status> statuses(StageReport report) {
    return report.evaluation().outcomes().stream()
        .map(Outcome::status)
        .collect(Collectors.toList());
  }

  private static KcsImplementation shuffle(
      KcsImplementation implementation, SplittableRandom random) {
    return implementation
        .withAnimators(Gens.shuffled(implementation.animators(), random))
        .withGroups(Gens.shuffled(implementation.groups(), random))
        .withPartners(Gens.shuffled(implementation.partners(), random))
        .withStepRecords(Gens.shuffled(implementation.stepRecords(), random))
        .withHost(
            implementation
                .host()
                .withRooms(Gens.shuffled(implementation.host().rooms(), random))
                .withEquipment(
                    Gens.shuffled(List.copyOf(implementation.host().equipment()), random)));
  }
}
