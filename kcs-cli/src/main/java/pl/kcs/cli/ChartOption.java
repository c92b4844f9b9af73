package pl.kcs.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --chart FILE.png|FILE.svg}: also draw the subcommand's chart into this file. */
public final class ChartOption {

  @Option(
      names = "--chart",
      paramLabel = "FILE",
      descriptionKey = "chart",
      description =
          "Also draw a chart into FILE: PNG when it ends in .png, SVG when it ends in .svg.")
  String chart;

  /** The chart file, if asked for; a usage error of {@code commandLine} for another ending. */
  Optional<ChartFile> file(CommandLine commandLine) {
    return chart == null ? Optional.empty() : Optional.of(ChartFile.of(chart, commandLine));
  }
}
