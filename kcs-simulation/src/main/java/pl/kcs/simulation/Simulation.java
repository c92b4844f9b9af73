package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Runs a simulated KCS many times (docs/facts.md: KCS-EFF-* and KCS-COST-*): replications in parallel
 * on the requested threads, streamed into aggregates whose memory does not grow with the number of
 * replications.
 *
 * <h2>Reproducibility</h2>
 *
 * The root seed feeds a {@link SplittableRandom}; blocks of {@value #BLOCK_SIZE} replications
 * take, in block order, one split stream each (block {@code b} the {@code b}-th split of the root
 * stream), and every replication one split of its block's stream. Which thread or machine runs
 * which block does not matter: every aggregate is an exact integer count, sum, minimum or maximum,
 * so one seed gives bit-identical results on 1 thread or many, and the blocks of a run computed
 * apart ({@link #runBlocks}) merge into the same result ({@link PartialResult}). The seed, the
 * generator and the library version are written into every result.
 *
 * <p>Immutable and thread-safe; {@link #run(RunSettings)} may be called from several threads.
 */
public final class Simulation {

  /**
   * Replications per block: the unit of work, of progress reports, of cancellation and of a run's
   * split into {@link PartialResult}s.
   */
  public static final int BLOCK_SIZE = 1024;

  static final String GENERATOR =
      "java.util.SplittableRandom; one split per chunk of "
          + BLOCK_SIZE
          + " replications, in order, then one split per replication";

  private static final String VERSION = loadVersion();

  private final ScenarioParameters parameters;
  private final Uncertainty uncertainty;
  private final MonthlyRates rates;

  private Simulation(ScenarioParameters parameters, Uncertainty uncertainty) {
    this.parameters = parameters;
    this.uncertainty = uncertainty;
    this.rates = new MonthlyRates(parameters);
  }

  /** A simulation of {@code parameters}. */
  public static Simulation of(ScenarioParameters parameters) {
    return new Simulation(requireNonNull(parameters, "parameters"), Uncertainty.none());
  }

  /**
   * A simulation of {@code parameters} whose uncertain probabilities are drawn afresh for every
   * replication, as {@link Uncertainty} describes; the others keep their values in {@code
   * parameters}.
   */
  public static Simulation of(ScenarioParameters parameters, Uncertainty uncertainty) {
    return new Simulation(
        requireNonNull(parameters, "parameters"), requireNonNull(uncertainty, "uncertainty"));
  }

  /** The parameters simulated (for an uncertain parameter, the value a point scenario would use). */
  public ScenarioParameters parameters() {
    return parameters;
  }

  /** The uncertain parameters, drawn per replication. */
  public Uncertainty uncertainty() {
    return uncertainty;
  }

  /** The version of kcs, as written into results. */
  public static String libraryVersion() {
    return VERSION;
  }

  /**
   * The number of replication blocks of a run of {@code replications}: blocks of {@value
   * #BLOCK_SIZE} replications, the last one possibly shorter.
   *
   * @throws IllegalArgumentException if {@code replications} is less than 1
   */
  public static long blocks(long replications) {
    checkArgument(replications >= 1, "replications must be at least 1, was %s", replications);
    return (replications + BLOCK_SIZE - 1) / BLOCK_SIZE;
  }

  /** The replications in blocks {@code from} (inclusive) to {@code to} (exclusive) of a run of {@code total}. */
  static long replicationsIn(long from, long to, long total) {
    return Math.min(total, to * BLOCK_SIZE) - from * BLOCK_SIZE;
  }

  /**
   * Runs the simulation on {@link RunSettings#threads()} threads of a pool made for the call.
   *
   * @throws CancellationException if the settings' cancellation token is cancelled during the run
   */
  public SimulationResult run(RunSettings settings) {
    requireNonNull(settings, "settings");
    return runBlocks(settings, 0, blocks(settings.replications())).toResult();
  }

  /**
   * Runs replication blocks {@code fromBlock} (inclusive) to {@code toBlock} (exclusive) of the run
   * that {@code settings} describe, on {@link RunSettings#threads()} threads of a pool made for the
   * call. Block {@code b} holds replications {@code b × }{@value #BLOCK_SIZE} onwards, and its
   * random stream depends only on the root seed and {@code b}: the parts of a run computed anywhere
   * {@linkplain PartialResult#merge merge} into exactly the result of {@link #run(RunSettings)}.
   * Progress counts the replications of these blocks.
   *
   * @throws IllegalArgumentException unless {@code 0 <= fromBlock < toBlock <= blocks(replications)}
   * @throws CancellationException if the settings' cancellation token is cancelled during the run
   */
  public PartialResult runBlocks(RunSettings settings, long fromBlock, long toBlock) {
    return compute(settings, fromBlock, toBlock, null);
  }

  /**
   * Runs the simulation as {@link RunSettings#threads()} tasks on {@code executor} — an
   * application's pool, a Spring {@code TaskExecutor}, virtual threads on Java 21
   * ({@code Executors.newVirtualThreadPerTaskExecutor()}), or {@code Runnable::run} for the
   * caller's thread. The result is the same as {@link #run(RunSettings)}'s for the same seed. The
   * executor is not shut down; progress and cancellation work as with {@link #run(RunSettings)}. If
   * the calling thread is interrupted while it waits, the tasks stop at their next block and the
   * run throws {@link CancellationException}.
   *
   * @throws CancellationException if the settings' cancellation token is cancelled during the run
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task; the
   *     tasks already started stop at their next block
   */
  public SimulationResult run(RunSettings settings, Executor executor) {
    requireNonNull(settings, "settings");
    return runBlocks(settings, 0, blocks(settings.replications()), executor).toResult();
  }

  /**
   * Runs replication blocks {@code fromBlock} to {@code toBlock} as {@link RunSettings#threads()}
   * tasks on {@code executor}; see {@link #runBlocks(RunSettings, long, long)} and {@link
   * #run(RunSettings, Executor)}.
   */
  public PartialResult runBlocks(
      RunSettings settings, long fromBlock, long toBlock, Executor executor) {
    return compute(settings, fromBlock, toBlock, requireNonNull(executor, "executor"));
  }

  private PartialResult compute(
      RunSettings settings, long fromBlock, long toBlock, @Nullable Executor executor) {
    requireNonNull(settings, "settings");
    // Validation, before any work: the exact sums over all replications must fit in a long.
    long perRun =
        parameters
            .costliestRunMinorUnits()
            .setScale(0, java.math.RoundingMode.CEILING)
            .longValueExact();
    checkArgument(
        perRun == 0 || settings.replications() <= Long.MAX_VALUE / perRun,
        "replications must be at most %s for this scenario, so that its exact cost sums cannot overflow, was %s",
        perRun == 0 ? Long.MAX_VALUE : Long.MAX_VALUE / perRun,
        settings.replications());
    long blocks = blocks(settings.replications());
    checkArgument(
        fromBlock >= 0 && fromBlock < blocks,
        "fromBlock must be in [0, %s), was %s",
        blocks,
        fromBlock);
    checkArgument(
        toBlock > fromBlock && toBlock <= blocks,
        "toBlock must be in (%s, %s], was %s",
        fromBlock,
        blocks,
        toBlock);
    long total = replicationsIn(fromBlock, toBlock, settings.replications());
    ChunkSource source = new ChunkSource(settings.seed(), fromBlock, toBlock);
    AtomicLong done = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    int tasks = (int) Math.min(settings.threads(), toBlock - fromBlock);
    List<Accumulator> accumulators =
        Tasks.run(
            tasks,
            executor,
            "kcs-simulation",
            "the simulation",
            stop,
            () -> work(source, settings, total, done, stop));
    if (settings.cancellation().isCancelled()) {
      throw new CancellationException(
          "simulation cancelled after " + done.get() + " of " + total + " replications");
    }
    Accumulator totals = accumulators.get(0);
    for (int i = 1; i < accumulators.size(); i++) {
      totals.merge(accumulators.get(i));
    }
    return new PartialResult(
        this, settings.seed(), settings.replications(), new long[] {fromBlock, toBlock}, totals);
  }

  private Accumulator work(
      ChunkSource source, RunSettings settings, long total, AtomicLong done, AtomicBoolean stop) {
    Model model = new Model(parameters);
    Accumulator accumulator = newAccumulator();
    boolean uncertain = !uncertainty.isEmpty();
    double[] base = ProbabilityParameter.all(parameters);
    double[] drawn = base.clone();
    while (!settings.cancellation().isCancelled() && !stop.get()) {
      ChunkSource.Chunk chunk = source.next();
      if (chunk == null) {
        break;
      }
      long first = chunk.index * BLOCK_SIZE;
      int size = (int) Math.min(BLOCK_SIZE, settings.replications() - first);
      for (int r = 0; r < size; r++) {
        SplittableRandom replication = chunk.random.split();
        if (uncertain) {
          System.arraycopy(base, 0, drawn, 0, base.length);
          uncertainty.draw(replication.split(), drawn);
          model.use(drawn);
        }
        model.run(replication);
        accumulator.add(model);
      }
      settings.progress().onProgress(done.addAndGet(size), total);
    }
    accumulator.flush();
    return accumulator;
  }

  Accumulator newAccumulator() {
    return new Accumulator(parameters, rates);
  }

  /** Whether {@code other} simulates the same scenario, so that parts of their runs may merge. */
  boolean sameScenario(Simulation other) {
    return this == other
        || (parameters.equals(other.parameters) && uncertainty.equals(other.uncertainty));
  }

  SimulationResult result(long seed, Accumulator totals) {
    return new SimulationResult(
        parameters, uncertainty, seed, GENERATOR, VERSION, summarise(totals), totals);
  }

  private ImmutableList<MonthSummary> summarise(Accumulator totals) {
    ImmutableList.Builder<MonthSummary> months = ImmutableList.builder();
    for (int month = 0; month < parameters.months(); month++) {
      months.add(
          new MonthSummary(
              month + 1,
              Distribution.ofHistogram(totals.activeGroups[month], BigDecimal.ONE),
              Distribution.ofHistogram(totals.selfRunningGroups[month], BigDecimal.ONE),
              Distribution.ofHistogram(totals.independentGroups[month], BigDecimal.ONE),
              Distribution.ofHistogram(totals.animatorsInPost[month], BigDecimal.ONE),
              Distribution.ofMoney(
                  totals.costLowHistogram[month],
                  totals.moneyBinWidth[month],
                  totals.costLowSum[month],
                  totals.costLowMin[month],
                  totals.costLowMax[month],
                  totals.replications,
                  rates),
              Distribution.ofMoney(
                  totals.costHighHistogram[month],
                  totals.moneyBinWidth[month],
                  totals.costHighSum[month],
                  totals.costHighMin[month],
                  totals.costHighMax[month],
                  totals.replications,
                  rates)));
    }
    return months.build();
  }

  private static String loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = Simulation.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  @Override
  public String toString() {
    return "Simulation{" + parameters.months() + " months}";
  }

  /**
   * Hands out blocks in order, each with its split of the root stream: block {@code b} gets the
   * {@code b}-th split, so a source starting at a later block first splits off (and drops) the
   * streams of the blocks before it — one cheap step each.
   */
  private static final class ChunkSource {
    private final SplittableRandom root;
    private final long end;
    private long next;

    ChunkSource(long seed, long from, long end) {
      this.root = new SplittableRandom(seed);
      for (long skipped = 0; skipped < from; skipped++) {
        root.split();
      }
      this.next = from;
      this.end = end;
    }

    synchronized @Nullable Chunk next() {
      if (next == end) {
        return null;
      }
      return new Chunk(next++, root.split());
    }

    static final class Chunk {
      final long index;
      final SplittableRandom random;

      Chunk(long index, SplittableRandom random) {
        this.index = index;
        this.random = random;
      }
    }
  }
}
