package pl.kcs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import pl.kcs.simulation.DesignFile;
import pl.kcs.simulation.ProgressListener;
import pl.kcs.simulation.RunSettings;

/**
 * The options {@code kcs sweep} and {@code kcs sensitivity} share: the seed, replications and
 * threads instead of the design file's, the chart, and whether to draw progress on standard error.
 */
public final class StudyOptions {

  @Mixin RunOptions run;

  @Mixin ChartOption chart;

  /** The chart file, once {@link #design} has checked {@code --chart}. */
  java.util.Optional<ChartFile> chartFile = java.util.Optional.empty();

  /**
   * The design file {@code command}'s FILE names, which must be of {@code kind}; else a usage error
   * (no FILE, a bad {@code --chart}, checked first) or bad input (not a design file, or {@code
   * wrongKind}).
   */
  DesignFile design(ReportCommand command, DesignFile.Kind kind, String wrongKind) {
    chartFile = chart.file(command.spec.commandLine());
    String name =
        command
            .file()
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        command.spec.commandLine(), "FILE is required: a design file"));
    command.format();
    DesignFile design;
    try {
      design = DesignFile.parse(command.inputs.text(name));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(name, e.getMessage(), e);
    }
    if (design.kind() != kind) {
      throw new BadInputException(name, wrongKind);
    }
    return design;
  }

  /** The design file's settings with the options' overrides, reporting progress to {@code progress}. */
  RunSettings settings(CommandLine commandLine, DesignFile file, ProgressListener progress) {
    int cores = run.threads(commandLine);
    long count = run.replications != null ? run.replications : file.replications();
    if (count < 1 || count > DesignFile.MAX_REPLICATIONS) {
      throw new CommandLine.ParameterException(
          commandLine,
          "--replications must be from 1 to " + DesignFile.MAX_REPLICATIONS + ", was " + count);
    }
    return RunSettings.builder()
        .seed(run.seed != null ? run.seed : file.seed())
        .replications(count)
        .threads(cores)
        .progress(progress)
        .build();
  }

  /** A progress bar on {@code err}, or nothing with {@code --quiet}. */
  ProgressBar progressBar(PrintWriter err) {
    return new ProgressBar(run.quiet ? null : err);
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
