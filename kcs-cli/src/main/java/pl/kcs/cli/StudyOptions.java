package pl.kcs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.kcs.simulation.DesignFile;
import pl.kcs.simulation.ProgressListener;
import pl.kcs.simulation.RunSettings;

/**
 * The options {@code kcs sweep} and {@code kcs sensitivity} share: the seed, replications and
 * threads instead of the design file's, the chart, and whether to draw progress on standard error.
 */
public final class StudyOptions {

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "The root seed instead of the design file's.")
  Long seed;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "Replications per scenario instead of the design file's.")
  Long replications;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads to run on; the result does not depend on it. Default: one per processor.")
  Integer threads;

  @Mixin ChartOption chart;

  @Option(names = "--quiet", description = "No progress bar on standard error.")
  boolean quiet;

  /** The design file's settings with the options' overrides, reporting progress to {@code progress}. */
  RunSettings settings(CommandLine commandLine, DesignFile file, ProgressListener progress) {
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (cores < 1) {
      throw new CommandLine.ParameterException(
          commandLine, "--threads must be at least 1, was " + cores);
    }
    long count = replications != null ? replications : file.replications();
    if (count < 1 || count > DesignFile.MAX_REPLICATIONS) {
      throw new CommandLine.ParameterException(
          commandLine,
          "--replications must be from 1 to " + DesignFile.MAX_REPLICATIONS + ", was " + count);
    }
    return RunSettings.builder()
        .seed(seed != null ? seed : file.seed())
        .replications(count)
        .threads(cores)
        .progress(progress)
        .build();
  }

  /** A progress bar on {@code err}, or nothing with {@code --quiet}. */
  ProgressBar progressBar(PrintWriter err) {
    return new ProgressBar(quiet ? null : err);
  }

  /** A text progress bar, {@code [#####.....] 50%}, redrawn in place; thread-safe. */
  static final class ProgressBar {
    private static final int WIDTH = 40;
    private final PrintWriter err;
    private int drawn = -1;

    ProgressBar(PrintWriter err) {
      this.err = err;
    }

    synchronized void update(long done, long total) {
      if (err == null) {
        return;
      }
      int percent = (int) (100 * done / total);
      if (percent == drawn) {
        return;
      }
      drawn = percent;
      int filled = percent * WIDTH / 100;
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "%");
      err.flush();
    }

    synchronized void finish() {
      if (err != null && drawn >= 0) {
        err.println();
        err.flush();
      }
    }
  }
}
