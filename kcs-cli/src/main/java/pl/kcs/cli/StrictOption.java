package pl.kcs.cli;

import picocli.CommandLine.Option;

/** {@code --strict}, of the subcommands whose reports can have blockers: exit 1 when they do. */
public final class StrictOption {

  @Option(
      names = "--strict",
      description = "Exit with 1 when the report has blockers (for scripts and CI).")
  boolean strict;

  /** The exit code of a report that {@code hasBlockers} or not. */
  int exitCode(boolean hasBlockers) {
    return strict && hasBlockers ? KcsCommand.BLOCKERS : KcsCommand.OK;
  }
}
