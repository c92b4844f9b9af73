package pl.kcs.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.SimulationResult;

/**
 * Group-months simulated per second: the default 36-month scenario, 20,000 replications a run, on
 * all available processors. The {@code groupMonths} counter is the figure to read; the target is
 * at least 20 million a second on the project's 2-core machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SimulationBenchmark {

  @Param({"2"})
  public int threads;

  private Simulation simulation;
  private long seed;

  /** Counts what each run simulated, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long groupMonths;

    @Setup(Level.Iteration)
    public void reset() {
      groupMonths = 0;
    }
  }

  @Setup
  public void setUp() {
    simulation = Simulation.of(ScenarioParameters.defaults());
  }

  @Benchmark
  public SimulationResult simulate(Counters counters) {
    SimulationResult result =
        simulation.run(RunSettings.builder().seed(seed++).replications(20_000).threads(threads).build());
    counters.groupMonths += result.groupMonths();
    return result;
  }
}
