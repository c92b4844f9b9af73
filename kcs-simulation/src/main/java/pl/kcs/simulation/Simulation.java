package pl.kcs.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a simulated KCS many times (DOMAIN.md, KCS-EFF-* and KCS-COST-*): replications in parallel
 * on the requested threads, streamed into aggregates whose memory does not grow with the number of
 * replications.
 *
 * <h2>Reproducibility</h2>
 *
 * The root seed feeds a {@link SplittableRandom}; chunks of {@value #CHUNK} replications take, in
 * chunk order, one split stream each, and every replication one split of its chunk's stream. Which
 * thread runs which chunk does not matter: every aggregate is an exact integer count or sum, so one
 * seed gives bit-identical results on 1 thread or many. The seed, the generator and the library
 * version are written into every result.
 *
 * <p>Immutable and thread-safe; {@link #run(RunSettings)} may be called from several threads.
 */
public final class Simulation {

  /** Replications per chunk: the unit of work, of progress reports and of cancellation. */
  static final int CHUNK = 1024;

  static final String GENERATOR =
      "java.util.SplittableRandom; one split per chunk of " + CHUNK + " replications, in order, then one split per replication";

  private static final String VERSION = loadVersion();

  private final ScenarioParameters parameters;
  private final MonthlyRates rates;

  private Simulation(ScenarioParameters parameters) {
    this.parameters = parameters;
    this.rates = new MonthlyRates(parameters);
  }

  /** A simulation of {@code parameters}. */
  public static Simulation of(ScenarioParameters parameters) {
    return new Simulation(requireNonNull(parameters, "parameters"));
  }

  /** The parameters simulated. */
  public ScenarioParameters parameters() {
    return parameters;
  }

  /** The version of kcs, as written into results. */
  public static String libraryVersion() {
    return VERSION;
  }

  /**
   * Runs the simulation.
   *
   * @throws CancellationException if the settings' cancellation token is cancelled during the run
   */
  public SimulationResult run(RunSettings settings) {
    requireNonNull(settings, "settings");
    long total = settings.replications();
    // Validation, before any work: the exact sums over all replications must fit in a long.
    long perRun = parameters.costliestRunMinorUnits().setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    com.google.common.base.Preconditions.checkArgument(
        perRun == 0 || total <= Long.MAX_VALUE / perRun,
        "replications must be at most %s for this scenario, so that its exact cost sums cannot overflow, was %s",
        perRun == 0 ? Long.MAX_VALUE : Long.MAX_VALUE / perRun,
        total);
    long chunks = (total + CHUNK - 1) / CHUNK;
    ChunkSource source = new ChunkSource(settings.seed(), chunks);
    AtomicLong done = new AtomicLong();
    int threads = (int) Math.min(settings.threads(), chunks);
    List<Accumulator> accumulators = new ArrayList<>();
    if (threads == 1) {
      accumulators.add(work(source, total, done, settings));
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, Simulation::daemon);
      try {
        List<Future<Accumulator>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(() -> work(source, total, done, settings)));
        }
        for (Future<Accumulator> future : futures) {
          accumulators.add(get(future));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    if (settings.cancellation().isCancelled()) {
      throw new CancellationException(
          "simulation cancelled after " + done.get() + " of " + total + " replications");
    }
    Accumulator totals = accumulators.get(0);
    for (int i = 1; i < accumulators.size(); i++) {
      totals.merge(accumulators.get(i));
    }
    return new SimulationResult(parameters, settings.seed(), GENERATOR, VERSION, summarise(totals), totals);
  }

  private Accumulator work(ChunkSource source, long total, AtomicLong done, RunSettings settings) {
    Model model = new Model(parameters, rates);
    Accumulator accumulator = new Accumulator(parameters, rates);
    while (!settings.cancellation().isCancelled()) {
      ChunkSource.Chunk chunk = source.next();
      if (chunk == null) {
        break;
      }
      long first = chunk.index * CHUNK;
      int size = (int) Math.min(CHUNK, total - first);
      for (int r = 0; r < size; r++) {
        model.run(chunk.random.split());
        accumulator.add(model);
      }
      settings.progress().onProgress(done.addAndGet(size), total);
    }
    return accumulator;
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

  private static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for the simulation");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "kcs-simulation");
    thread.setDaemon(true);
    return thread;
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

  /** Hands out chunks in order, each with the next split of the root stream. */
  private static final class ChunkSource {
    private final SplittableRandom root;
    private final long chunks;
    private long next;

    ChunkSource(long seed, long chunks) {
      this.root = new SplittableRandom(seed);
      this.chunks = chunks;
    }

    synchronized Chunk next() {
      if (next == chunks) {
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
