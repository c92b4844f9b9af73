package pl.kcs.benchmarks;

import java.util.SplittableRandom;
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
import pl.kcs.simulation.DrawCounter;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.SimulationResult;

/**
 * The simulation against its random-draw floor, on one thread. One operation is the default
 * scenario's run of {@value #REPLICATIONS} replications from seed {@value #SEED} (always the same
 * run, so every operation does the same work); the floor draws as many numbers from a {@link
 * SplittableRandom} as that run does, comparing each with a probability and counting. Per
 * group-month: divide by {@link #groupMonthsPerOperation()} (the ratio table does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulationBenchmark {

  static final long SEED = 42;
  static final int REPLICATIONS = 2048;

  private Simulation simulation;
  private RunSettings settings;
  private long draws;

  @Setup
  public void setUp() {
    simulation = Simulation.of(ScenarioParameters.defaults());
    settings = RunSettings.builder().seed(SEED).replications(REPLICATIONS).threads(1).build();
    draws = DrawCounter.draws(ScenarioParameters.defaults(), SEED, REPLICATIONS);
  }

  /** The group-months one operation simulates. */
  static long groupMonthsPerOperation() {
    return Simulation.of(ScenarioParameters.defaults())
        .run(RunSettings.builder().seed(SEED).replications(REPLICATIONS).threads(1).build())
        .groupMonths();
  }

  /** The random draws one operation makes. */
  static long drawsPerOperation() {
    return DrawCounter.draws(ScenarioParameters.defaults(), SEED, REPLICATIONS);
  }

  /** kcs: the run, with its aggregation and summary. */
  @Benchmark
  public SimulationResult simulation() {
    return simulation.run(settings);
  }

  /** The floor: the same number of draws, each compared with a probability and counted. */
  @Benchmark
  public long randomDrawFloor() {
    SplittableRandom random = new SplittableRandom(SEED);
    long count = 0;
    for (long i = draws; i > 0; i--) {
      if (random.nextDouble() < 0.25) {
        count++;
      }
    }
    return count;
  }
}
