package pl.kcs.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import pl.kcs.simulation.DesignFile;
import pl.kcs.simulation.PartialResult;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.ScenarioSensitivity;
import pl.kcs.simulation.SensitivityTable;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.SimulationResult;
import pl.kcs.simulation.SweepTable;
import scala.Tuple2;

/**
 * Runs a {@link DesignFile} — a sweep or a sensitivity design — on Apache Spark.
 *
 * <p>The job: every scenario of the design (a grid point or a design point) is cut into tasks of
 * {@code blocksPerTask} replication blocks ({@link Simulation#BLOCK_SIZE} replications each). Spark
 * runs the tasks ({@code parallelize} + {@code mapPartitionsToPair}); each task parses the design
 * file (shipped as text), runs its blocks with {@link Simulation#runBlocks} on one thread — block
 * {@code b}'s random stream is the {@code b}-th split of the root seed, wherever it runs — and
 * returns the {@link PartialResult} as bytes. The driver merges each scenario's parts as they
 * arrive ({@code toLocalIterator}: one partition at a time in the driver's memory) into the {@link
 * SimulationResult} one machine computes for the same seed, byte for byte, and assembles the
 * {@link SweepTable} or the {@link SensitivityTable} exactly as {@link DesignFile#sweep()} and
 * {@link ScenarioSensitivity} do locally. There is no distribution logic besides the Spark job.
 *
 * <p>From a terminal: {@code spark-submit --class pl.kcs.spark.SparkStudy kcs-spark-VERSION-job.jar
 * FILE [--blocks-per-task N] [--format text|csv|json]}; the table goes to standard output.
 *
 * <p>Stateless and thread-safe.
 */
public final class SparkStudy {

  /** Blocks per task unless told otherwise: 16 × 1,024 replications. */
  public static final int DEFAULT_BLOCKS_PER_TASK = 16;

  private SparkStudy() {}

  /**
   * The sweep of {@code file} on {@code spark}: the same table as {@code
   * file.sweep().run(file.settings(threads))}.
   *
   * @throws IllegalStateException if the file describes a sensitivity analysis
   */
  public static SweepTable sweep(JavaSparkContext spark, DesignFile file, int blocksPerTask) {
    requireNonNull(file, "file");
    List<SimulationResult> results = new ArrayList<>();
    ImmutableList<ScenarioParameters> scenarios = file.sweep().scenarios();
    run(spark, file, scenarios, blocksPerTask, (point, result) -> results.add(result));
    return file.sweep().table(results);
  }

  /**
   * The sensitivity analysis of {@code file} on {@code spark}: the same table as {@code
   * file.sensitivity(file.settings(threads)).run()}.
   *
   * @throws IllegalStateException if the file describes a sweep
   */
  public static SensitivityTable sensitivity(
      JavaSparkContext spark, DesignFile file, int blocksPerTask) {
    requireNonNull(file, "file");
    ScenarioSensitivity sensitivity = file.sensitivity(file.settings(1));
    ImmutableList<ScenarioParameters> points = sensitivity.points();
    double[][] outputs = new double[points.size()][];
    run(
        spark,
        file,
        points,
        blocksPerTask,
        (point, result) -> outputs[point] = ScenarioSensitivity.outputs(result));
    return sensitivity.analyse(outputs);
  }

  /** Told of each scenario's result, in scenario order. */
  private interface ResultSink {
    void accept(int point, SimulationResult result);
  }

  private static void run(
      JavaSparkContext spark,
      DesignFile file,
      List<ScenarioParameters> scenarios,
      int blocksPerTask,
      ResultSink sink) {
    requireNonNull(spark, "spark");
    checkArgument(blocksPerTask >= 1, "blocksPerTask must be at least 1, was %s", blocksPerTask);
    RunSettings settings = file.settings(1);
    long blocks = Simulation.blocks(settings.replications());
    List<long[]> tasks = new ArrayList<>();
    for (int point = 0; point < scenarios.size(); point++) {
      for (long from = 0; from < blocks; from += blocksPerTask) {
        tasks.add(new long[] {point, from, Math.min(blocks, from + blocksPerTask)});
      }
    }
    String text = file.text();
    int slices = Math.max(1, Math.min(tasks.size(), spark.defaultParallelism() * 4));
    Iterator<Tuple2<Integer, byte[]>> parts =
        spark
            .parallelize(tasks, slices)
            .mapPartitionsToPair(partition -> new BlockTasks(text, partition))
            .toLocalIterator();
    // Parts arrive in task order, so a scenario is complete before the next one's parts come.
    PartialResult current = null;
    int currentPoint = -1;
    while (parts.hasNext()) {
      Tuple2<Integer, byte[]> part = parts.next();
      int point = part._1();
      PartialResult result =
          PartialResult.fromBytes(
              Simulation.of(scenarios.get(point), file.uncertainty()), part._2());
      if (point != currentPoint) {
        finish(current, currentPoint, sink);
        current = result;
        currentPoint = point;
      } else {
        current = current.merge(result);
      }
    }
    finish(current, currentPoint, sink);
  }

  /** Sizing on standard error: the group-months simulated per core-second (sweeps). */
  private static void report(JavaSparkContext spark, long groupMonths, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    int cores = spark.defaultParallelism();
    if (groupMonths < 0) {
      System.err.printf(Locale.ROOT, "kcs-spark: %.1f s on %d cores%n", seconds, cores);
    } else {
      System.err.printf(
          Locale.ROOT,
          "kcs-spark: %d group-months in %.1f s on %d cores: %.0f group-months per core-second%n",
          groupMonths,
          seconds,
          cores,
          groupMonths / seconds / cores);
    }
  }

  private static void finish(PartialResult part, int point, ResultSink sink) {
    if (part != null) {
      sink.accept(point, part.toResult());
    }
  }

  /**
   * Runs a design file on Spark and prints its table: {@code FILE [--blocks-per-task N] [--format
   * text|csv|json]}. A sweep prints CSV whatever the format; a sensitivity analysis prints the
   * format asked for. Exit code 2 on bad arguments or a bad file.
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String file = null;
    int blocksPerTask = DEFAULT_BLOCKS_PER_TASK;
    String format = "text";
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--blocks-per-task") && i + 1 < args.length) {
          blocksPerTask = Integer.parseInt(args[++i]);
        } else if (args[i].equals("--format") && i + 1 < args.length) {
          format = args[++i].toLowerCase(Locale.ROOT);
        } else if (file == null && !args[i].startsWith("--")) {
          file = args[i];
        } else {
          throw new IllegalArgumentException(
              "usage: SparkStudy FILE [--blocks-per-task N] [--format text|csv|json]");
        }
      }
      if (file == null) {
        throw new IllegalArgumentException(
            "usage: SparkStudy FILE [--blocks-per-task N] [--format text|csv|json]");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("kcs-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    DesignFile design;
    try {
      design = DesignFile.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      System.err.println("kcs-spark: " + Path.of(file).getFileName() + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkConf conf =
        new SparkConf().setAppName("kcs " + design.kind().name().toLowerCase(Locale.ROOT));
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      long start = System.nanoTime();
      if (design.kind() == DesignFile.Kind.SWEEP) {
        SweepTable table = sweep(spark, design, blocksPerTask);
        out.print(table.toCsv()); // a sweep's table is CSV in every format
        long groupMonths = 0;
        for (SweepTable.Row row : table.rows()) {
          groupMonths += row.result().groupMonths();
        }
        report(spark, groupMonths, start);
      } else {
        SensitivityTable table = sensitivity(spark, design, blocksPerTask);
        out.print(
            format.equals("csv")
                ? table.toCsv()
                : format.equals("json") ? table.toJson() + "\n" : table.toText());
        report(spark, -1, start);
      }
    }
  }
}
