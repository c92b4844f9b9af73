package pl.kcs.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.SmallTownLibrary;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;

/**
 * Stage evaluations per second: {@link StageProgression#assess} with its full explained report (an
 * outcome for every rule, whose findings and messages render on demand). Target: at least 5
 * million per second on the project's 2-core machine.
 *
 * <p>The three implementations are the embedded example library at stages 1, 2 and 3, used in turn
 * so that no single branch profile dominates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageEvaluationBenchmark {

  private final StageProgression progression = StageProgression.withDefaultRules();
  private KcsImplementation[] implementations;
  private int next;

  @Setup
  public void setUp() {
    implementations =
        new KcsImplementation[] {
          SmallTownLibrary.inPreparation(), SmallTownLibrary.inInauguration(), SmallTownLibrary.inOperation()
        };
  }

  /** One assessment: facts, every rule's outcome, the verdict. */
  @Benchmark
  public void assess(Blackhole blackhole) {
    KcsImplementation implementation = implementations[next];
    next = next == implementations.length - 1 ? 0 : next + 1;
    StageReport report = progression.assess(implementation);
    blackhole.consume(report.mayAdvance());
    blackhole.consume(report);
  }

  /** The facts alone, for comparison: how much of an assessment is reading the implementation. */
  @Benchmark
  public Object factsOnly() {
    KcsImplementation implementation = implementations[next];
    next = next == implementations.length - 1 ? 0 : next + 1;
    return pl.kcs.rules.stage.StageFacts.of(implementation);
  }

  /** One assessment rendered in full as Polish text: what a director reads (not a hot path). */
  @Benchmark
  public String assessAndRender() {
    KcsImplementation implementation = implementations[next];
    next = next == implementations.length - 1 ? 0 : next + 1;
    return progression.assess(implementation).render(Locale.forLanguageTag("pl"));
  }
}
