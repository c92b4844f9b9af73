package pl.kcs.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.SmallTownLibrary;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;

/**
 * Stage 1 of the KCS method (KCS-S1A, KCS-S1B-*) assessed by kcs, by the hand-written floor
 * ({@link Stage1Floor}), by Easy Rules and by Drools, on a "ready" input (the embedded example
 * library in stage 1 with its supervision arranged: it may move to stage 2) and a "blocked" one
 * (the example as it is: no regular supervision, KCS-S1B-SUPERVISION).
 *
 * <p>"statuses" reads the verdict only ({@code assess} and {@code mayAdvance}); "explained" reads
 * what a user reads: every failed or undecided blocker, warning and piece of advice with its rule
 * id, fact ID, finding and Polish message. {@code render} is the whole text report in Polish.
 * At set-up every contender is checked against kcs on the input, so the comparison is of equal
 * work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

  private static final Locale POLISH = Locale.forLanguageTag("pl");

  @Param({"ready", "blocked"})
  public String input;

  private final StageProgression progression = StageProgression.withDefaultRules();
  private KcsImplementation implementation;
  private Stage1Floor floor;
  private EasyRulesStage1 easyRules;
  private DroolsStage1 drools;

  @Setup
  public void setUp() {
    implementation = input.equals("ready") ? ready() : SmallTownLibrary.inPreparation();
    floor = new Stage1Floor();
    easyRules = new EasyRulesStage1(floor);
    drools = new DroolsStage1(floor);
    check();
  }

  /** The embedded example in stage 1 with quarterly supervision: no blocker left. */
  static KcsImplementation ready() {
    KcsImplementation blocked = SmallTownLibrary.inPreparation();
    List<Animator> supervised = new ArrayList<>();
    for (Animator animator : blocked.animators()) {
      supervised.add(
          animator.withSupervision(SupervisionArrangement.of(SupervisionFrequency.QUARTERLY)));
    }
    return blocked.withAnimators(supervised);
  }

  @Benchmark
  public boolean floorStatuses() {
    return floor.assess(implementation).mayAdvance();
  }

  @Benchmark
  public List<Stage1Floor.Explanation> floorExplained() {
    return floor.explain(implementation);
  }

  @Benchmark
  public boolean kcsStatuses() {
    return progression.assess(implementation).mayAdvance();
  }

  @Benchmark
  public void kcsExplained(Blackhole blackhole) {
    StageReport report = progression.assess(implementation);
    blackhole.consume(report.mayAdvance());
    read(report.blockers(), blackhole);
    read(report.warnings(), blackhole);
    read(report.advice(), blackhole);
  }

  private static void read(List<Outcome> outcomes, Blackhole blackhole) {
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      blackhole.consume(outcome.ruleId());
      blackhole.consume(outcome.source());
      blackhole.consume(outcome.finding());
      blackhole.consume(outcome.message(POLISH));
    }
  }

  @Benchmark
  public String kcsRender() {
    return progression.assess(implementation).render(POLISH);
  }

  @Benchmark
  public boolean easyRulesStatuses() {
    return easyRules.assess(implementation, false).mayAdvance();
  }

  @Benchmark
  public List<Stage1Floor.Explanation> easyRulesExplained() {
    return easyRules.assess(implementation, true).lines();
  }

  @Benchmark
  public boolean droolsStatuses() {
    return drools.assess(implementation, false).mayAdvance();
  }

  @Benchmark
  public List<Stage1Floor.Explanation> droolsExplained() {
    return drools.assess(implementation, true).lines();
  }

  /** Every contender gives kcs' verdict and explanation on the input, or the run stops. */
  private void check() {
    StageReport report = progression.assess(implementation);
    List<Stage1Floor.Explanation> expected = new ArrayList<>();
    for (List<Outcome> outcomes : List.of(report.blockers(), report.warnings(), report.advice())) {
      for (Outcome outcome : outcomes) {
        expected.add(
            new Stage1Floor.Explanation(
                outcome.ruleId().toString(), outcome.source().toString(), outcome.message(POLISH)));
      }
    }
    expected.sort(
        (a, b) ->
            Arrays.asList(Stage1Floor.IDS).indexOf(a.ruleId())
                - Arrays.asList(Stage1Floor.IDS).indexOf(b.ruleId()));
    if (report.mayAdvance() != input.equals("ready")) {
      throw new IllegalStateException("the " + input + " input is not " + input + " for kcs");
    }
    agree(
        "floor",
        floor.assess(implementation).mayAdvance(),
        floor.explain(implementation),
        report,
        expected);
    EngineResult easy = easyRules.assess(implementation, true);
    agree("Easy Rules", easy.mayAdvance(), sorted(easy.lines()), report, expected);
    EngineResult drl = drools.assess(implementation, true);
    agree("Drools", drl.mayAdvance(), sorted(drl.lines()), report, expected);
  }

  private static List<Stage1Floor.Explanation> sorted(List<Stage1Floor.Explanation> lines) {
    List<Stage1Floor.Explanation> copy = new ArrayList<>(lines);
    copy.sort(
        (a, b) ->
            Arrays.asList(Stage1Floor.IDS).indexOf(a.ruleId())
                - Arrays.asList(Stage1Floor.IDS).indexOf(b.ruleId()));
    return copy;
  }

  private static void agree(
      String who,
      boolean mayAdvance,
      List<Stage1Floor.Explanation> lines,
      StageReport report,
      List<Stage1Floor.Explanation> expected) {
    if (mayAdvance != report.mayAdvance() || !lines.equals(expected)) {
      throw new IllegalStateException(
          who
              + " disagrees with kcs: "
              + mayAdvance
              + " "
              + lines
              + " vs "
              + report.mayAdvance()
              + " "
              + expected);
    }
  }
}
