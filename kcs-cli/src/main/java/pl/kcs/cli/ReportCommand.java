package pl.kcs.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pl.kcs.core.Language;
import pl.kcs.json.KcsJson;

/** What every report subcommand shares: FILE, {@code --lang}, {@code --format}, the output. */
abstract class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      descriptionKey = "file",
      description =
          "The document to read (- for standard input). Without it, the embedded example.")
  String file;

  Inputs inputs;

  /** Whether standard error is a terminal, so that a progress bar may be drawn on it. */
  boolean terminal;

  /** {@code --max-input-size}: the largest document read, in bytes, with an optional K, M or G. */
  @Option(
      names = "--max-input-size",
      paramLabel = "BYTES",
      defaultValue = "16M",
      description =
          "The largest document read (default 16M: 16 MiB); a number of bytes, or with K, M or G.")
  void maxInputSize(String size) {
    inputs.maxInputSize(InputSize.parse(size, spec));
  }

  /** FILE, if given. */
  final Optional<String> file() {
    return Optional.ofNullable(file);
  }

  final Language language() {
    return options.language();
  }

  /** The chosen format; one of {@link #formats()}, else a usage error. */
  final Format format() {
    return options.format(spec, formats());
  }

  /** The formats this subcommand writes, listed in its help; text, JSON and CSV unless it says otherwise. */
  java.util.Set<Format> formats() {
    return CommonOptions.reports();
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints {@code text}, ending with one line break. */
  final void print(String text) {
    out().print(text.endsWith("\n") ? text : text + "\n");
    out().flush();
  }

  /** Prints {@code table} in the chosen CSV dialect. */
  final void printCsv(CsvTable table) {
    out().print(table.write(options.csvDialect()));
    out().flush();
  }

  /** Prints {@code value} as a kcs-json document in the chosen language. */
  final void printJson(Object value) {
    print(KcsJson.standard().withLanguage(language()).toJson(value));
  }

  /** The label of FILE in messages: as the user typed it. */
  final String fileLabel() {
    return file == null ? "(embedded example)" : file;
  }
}
