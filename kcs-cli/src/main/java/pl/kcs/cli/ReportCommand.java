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

  /** The formats this subcommand writes, listed in its help; text, JSON, CSV and HTML unless it says otherwise. */
  java.util.Set<Format> formats() {
    return CommonOptions.withHtml();
  }

  /** {@code polish} when the report's language is Polish, else {@code english}. */
  final String say(String polish, String english) {
    return language() == Language.POLISH ? polish : english;
  }

  /**
   * Prints the report in the chosen format; each format the subcommand writes has its writer in
   * {@code output}, and only the chosen one runs.
   */
  final void print(Output output) {
    switch (format()) {
      case JSON:
        Object json = output.json.get();
        if (json instanceof String text) {
          print(text);
        } else {
          printJson(json);
        }
        break;
      case CSV:
        printCsv(output.csv.get());
        break;
      case HTML:
        print(output.html.get());
        break;
      default:
        print(output.text.get());
    }
  }

  /**
   * FILE's document read by the reader its name ({@code $.document}) selects, {@code first} or
   * {@code second}; another name is bad input that names the two. A reader's rejection of the
   * document is bad input too.
   */
  final <T> T read(
      String file,
      String first,
      java.util.function.Function<String, T> firstReader,
      String second,
      java.util.function.Function<String, T> secondReader) {
    Inputs.Document document = inputs.document(file);
    java.util.function.Function<String, T> reader =
        document.name().equals(first)
            ? firstReader
            : document.name().equals(second) ? secondReader : null;
    if (reader == null) {
      throw new BadInputException(
          file,
          "$.document: must be '"
              + first
              + "' or '"
              + second
              + "'"
              + pl.kcs.core.Checks.rejected(document.name()));
    }
    try {
      return reader.apply(document.text());
    } catch (IllegalArgumentException | IllegalStateException e) { // KcsJsonException among them
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** What a report subcommand prints in each of its formats, each computed only when chosen. */
  static final class Output {
    private final java.util.function.Supplier<String> text;
    private java.util.function.Supplier<?> json =
        () -> {
          throw unsupported();
        };
    private java.util.function.Supplier<CsvTable> csv =
        () -> {
          throw unsupported();
        };
    private java.util.function.Supplier<String> html =
        () -> {
          throw unsupported();
        };

    private Output(java.util.function.Supplier<String> text) {
      this.text = text;
    }

    /** The report as text. */
    static Output text(java.util.function.Supplier<String> text) {
      return new Output(text);
    }

    /** The JSON: a value printed as its kcs-json document, or a {@code String} printed as it is. */
    Output json(java.util.function.Supplier<?> json) {
      this.json = json;
      return this;
    }

    Output csv(java.util.function.Supplier<CsvTable> csv) {
      this.csv = csv;
      return this;
    }

    Output html(java.util.function.Supplier<String> html) {
      this.html = html;
      return this;
    }

    private static IllegalStateException unsupported() {
      return new IllegalStateException("a format the subcommand's formats() allows has no writer");
    }
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
