package pl.kcs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every subcommand that simulates ({@code kcs simulate}, {@code sweep}, {@code
 * sensitivity}): the seed and the replications instead of FILE's, the threads, and {@code --quiet}.
 */
public final class RunOptions {

  @Option(names = "--seed", paramLabel = "SEED", description = "The root seed instead of FILE's.")
  Long seed;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "The number of replications (per scenario) instead of FILE's.")
  Long replications;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads to run on; the result does not depend on it. Default: one per processor.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar on standard error.")
  boolean quiet;

  /** The threads to run on: {@code --threads}, else one per processor; a usage error below 1. */
  int threads(CommandLine commandLine) {
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (cores < 1) {
      throw new CommandLine.ParameterException(
          commandLine, "--threads must be at least 1, was " + cores);
    }
    return cores;
  }
}
