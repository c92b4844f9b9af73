package pl.kcs.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.SmallTownLibrary;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;

/**
 * The {@code kcs} command ({@link KcsCommand}): {@code kcs assess}, {@code budget}, {@code
 * evaluate}, {@code simulate}, {@code example}, {@code --help}. With no arguments it assesses the
 * embedded example, a small-town library, at each of the three stages, in Polish and English, and
 * says where to go next. Output is UTF-8, whatever the machine's encoding.
 */
public final class Kcs {

  /** What {@code kcs} with no arguments prints after the reports. */
  static final String HINT =
      "kcs assess|recommend|club|open|group|autonomy|budget|evaluate|simulate|sweep|sensitivity|example [FILE]"
          + " [--lang pl|en] [--format text|json|csv|html]: see kcs --help";

  /** The environment variable by which the launcher says whether standard error is a terminal: 1 or 0. */
  static final String TERMINAL = "KCS_STDERR_TTY";

  private Kcs() {}

  /** Runs the command and exits with its exit code (see {@link KcsCommand}). */
  @SuppressWarnings("SystemConsoleNull") // on Java 17, which kcs runs on, null means no terminal
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
    // The launcher says whether standard error is a terminal ([ -t 2 ]); run directly with java
    // -jar,
    // kcs guesses from the console, which the JVM has when standard input and output are terminals.
    env.putIfAbsent(TERMINAL, System.console() != null ? "1" : "0");
    int code = run(args, out, err, System.in, env);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command with these streams, as if no {@code KCS_LANG} were set; the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
    return run(args, out, err, in, java.util.Map.of());
  }

  /**
   * Runs the command with these streams and environment ({@code KCS_LANG}: the language of
   * reports, help and errors without {@code --lang}); the exit code.
   */
  public static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      java.util.Map<String, String> env) {
    String kcsLang = env.get("KCS_LANG");
    if (kcsLang != null && !kcsLang.isEmpty() && CommandMessages.environmentLanguage(env) == null) {
      err.println(
          KcsCommand.oneLine(
              "kcs: KCS_LANG must be pl or en"
                  + (kcsLang.matches("[A-Za-z_-]{1,20}")
                      ? ", was '" + kcsLang + "'"
                      : "; the value is not repeated")));
      err.flush();
      return KcsCommand.BAD_INPUT;
    }
    pl.kcs.core.Language ui = CommandMessages.interfaceLanguage(args, env);
    pl.kcs.core.Language environment = CommandMessages.environmentLanguage(env);
    if (args.length == 0) {
      out.print(stageReports());
      out.println(HINT);
      out.flush();
      return KcsCommand.OK;
    }
    picocli.CommandLine commandLine =
        KcsCommand.commandLine(
            out,
            err,
            in,
            ui,
            environment != null ? environment : pl.kcs.core.Language.POLISH,
            "1".equals(env.get(TERMINAL)),
            args[0].startsWith("-") ? null : args[0]);
    // An unknown subcommand is an error even with --help after it ("kcs open --help" must not print
    // the top-level help and succeed).
    if (!args[0].startsWith("-") && !KcsCommand.SUBCOMMANDS.containsKey(args[0])) {
      boolean polish = ui == pl.kcs.core.Language.POLISH;
      err.println(
          KcsCommand.oneLine(
              (polish ? "kcs: nieznane polecenie" : "kcs: unknown subcommand")
                  + (args[0].matches("[A-Za-z][A-Za-z0-9-]{0,39}")
                      ? " '" + args[0] + "'"
                      : polish ? " (nazwy nie powtarzamy)" : " (the name is not repeated)")
                  + (polish ? "; polecenia to " : "; the subcommands are ")
                  + String.join(", ", KcsCommand.SUBCOMMANDS.keySet())
                  + CommandMessages.seeHelp("kcs", ui)));
      err.flush();
      return KcsCommand.BAD_INPUT;
    }
    return commandLine.execute(args);
  }

  /** The stage reports of the embedded example, each in Polish and then English. */
  public static String stageReports() {
    StageProgression progression = StageProgression.withDefaultRules();
    StringBuilder text = new StringBuilder();
    for (KcsImplementation library :
        new KcsImplementation[] {
          SmallTownLibrary.inPreparation(),
          SmallTownLibrary.inInauguration(),
          SmallTownLibrary.inOperation()
        }) {
      // Given the library's offer, the stage-3 report names each group's operating model (KCS-S3).
      StageReport report = progression.assess(library, SmallTownLibrary.offer());
      for (Locale locale : new Locale[] {Locale.forLanguageTag("pl"), Locale.ENGLISH}) {
        text.append(report.render(locale)).append('\n');
      }
    }
    return text.toString();
  }
}
