package pl.kcs.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import pl.kcs.core.Language;
import pl.kcs.simulation.Simulation;

/**
 * The {@code kcs} command: the kcs library from a terminal, for people who do not write Java. Each
 * subcommand reads a document (or works on its embedded example without one) and prints a report
 * as text in Polish or English, as JSON or as CSV.
 *
 * <p>Exit codes: {@value #OK} ok; {@value #BLOCKERS} blockers found where asked with {@code
 * --strict}; {@value #BAD_INPUT} bad input (an unreadable file, bad JSON or XML, an invalid value,
 * an unknown format version) or a bad option; {@value #INTERNAL_ERROR} an error of kcs itself.
 * Errors go to standard error in one line: {@code kcs: library.json:
 * $.animators[1].postFraction: must be in (0, 1], was 3/2}.
 */
@Command(
    name = "kcs",
    mixinStandardHelpOptions = true,
    versionProvider = KcsCommand.Version.class,
    description = {
      "The KCS method (Kulturalne Centrum Samopomocy) and the self-help club, from a terminal.",
      "With no arguments: the stage reports of the embedded example library, in Polish and "
          + "English."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:blockers found (kcs assess or kcs club with --strict)",
      "2:bad input: an unreadable file, bad JSON or XML, an invalid value, an unknown format version, a bad option",
      "3:an error of kcs itself (please report it)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kcs assess examples/library.json --lang pl",
      "  kcs budget --format csv",
      "  kcs example library > my-library.json"
    })
public final class KcsCommand implements Runnable {

  /** Success. */
  public static final int OK = 0;

  /** Blockers found, with {@code --strict}. */
  public static final int BLOCKERS = 1;

  /** Bad input or a bad option. */
  public static final int BAD_INPUT = 2;

  /** An error of kcs itself. */
  public static final int INTERNAL_ERROR = 3;

  @Spec CommandSpec spec;

  /**
   * The subcommands, in the order the help lists them. Only the one a user runs is built ({@link
   * #commandLine(PrintWriter, PrintWriter, InputStream, Language, Language, boolean, String)}): picocli
   * reads each command's annotations by reflection, and {@code kcs assess FILE} needs none of the
   * simulation's.
   */
  static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static java.util.Map<String, Class<?>> subcommands() {
    java.util.Map<String, Class<?>> all = new java.util.LinkedHashMap<>();
    all.put("assess", AssessCommand.class);
    all.put("recommend", RecommendCommand.class);
    all.put("club", ClubCommand.class);
    all.put("open", OpenCommand.class);
    all.put("group", GroupCommand.class);
    all.put("autonomy", AutonomyCommand.class);
    all.put("budget", BudgetCommand.class);
    all.put("evaluate", EvaluateCommand.class);
    all.put("simulate", SimulateCommand.class);
    all.put("sweep", SweepCommand.class);
    all.put("sensitivity", SensitivityCommand.class);
    all.put("example", ExampleCommand.class);
    all.put("help", CommandLine.HelpCommand.class);
    return java.util.Collections.unmodifiableMap(all);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line with its subcommands, printing to {@code out} and {@code err}, reading
   * {@code -} from {@code in}, with kcs's one-line errors and exit codes.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream in) {
    return commandLine(out, err, in, Language.ENGLISH, Language.POLISH);
  }

  /**
   * The command line as {@link #commandLine(PrintWriter, PrintWriter, InputStream)}, with help,
   * usage errors and error messages in {@code ui}, and {@code reports} the language of reports
   * without {@code --lang}.
   */
  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, InputStream in, Language ui, Language reports) {
    return commandLine(out, err, in, ui, reports, false);
  }

  /** As above; {@code terminal} says whether standard error is a terminal (a progress bar may be drawn). */
  static CommandLine commandLine(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Language ui,
      Language reports,
      boolean terminal) {
    return commandLine(out, err, in, ui, reports, terminal, null);
  }

  /** As above, with only the subcommand {@code only} when it names one (else every subcommand). */
  static CommandLine commandLine(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Language ui,
      Language reports,
      boolean terminal,
      String only) {
    Factory factory = new Factory(new Inputs(in), reports, terminal);
    CommandLine commandLine = new CommandLine(new KcsCommand(), factory);
    for (java.util.Map.Entry<String, Class<?>> subcommand : SUBCOMMANDS.entrySet()) {
      if (only == null
          || only.equals(subcommand.getKey())
          || !SUBCOMMANDS.containsKey(only)
          || "help".equals(only)) {
        commandLine.addSubcommand(
            subcommand.getKey(), new CommandLine(subcommand.getValue(), factory));
      }
    }
    commandLine.setOut(out).setErr(err).setUsageHelpAutoWidth(false).setUsageHelpWidth(100);
    if (ui == Language.POLISH) {
      commandLine.setResourceBundle(CommandMessages.polishHelp());
    }
    commandLine.setParameterExceptionHandler((e, args) -> usageError(e, ui));
    // Each report subcommand's help lists its exit codes (1 only where --strict can ask for it) and
    // the formats it writes, the same set --format accepts.
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      if (sub.getCommand() instanceof ReportCommand report) {
        CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
        usage.exitCodeListHeading("%nExit codes:%n");
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("0", "ok");
        if (sub.getCommandSpec().mixins().containsKey("strict")) {
          codes.put("1", "blockers found, with --strict");
        }
        codes.put("2", "bad input or option");
        codes.put("3", "an error of kcs itself");
        usage.exitCodeList(codes);
        java.util.List<String> footer =
            new java.util.ArrayList<>(java.util.List.of(usage.footer()));
        footer.add(0, CommandMessages.formats(formatNames(report.formats()), ui));
        usage.footer(footer.toArray(new String[0]));
      }
    }
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          if (exception instanceof CommandLine.ParameterException usage) {
            return usageError(usage, ui);
          }
          PrintWriter errors = failed.getErr();
          if (exception instanceof BadInputException) {
            errors.println(oneLine("kcs: " + ((BadInputException) exception).message(ui)));
            errors.flush();
            return BAD_INPUT;
          }
          // The type and where it was thrown, never the message: it may hold a value of the
          // document.
          StackTraceElement[] trace = exception.getStackTrace();
          String at =
              trace.length == 0
                  ? ""
                  : " at " + trace[0].getClassName() + "." + trace[0].getMethodName();
          errors.println(
              oneLine(CommandMessages.internalError(exception.getClass().getName() + at, ui)));
          errors.flush();
          return INTERNAL_ERROR;
        });
    return commandLine;
  }

  /** The formats' names, lower case, in declaration order: "text, json, csv". */
  static String formatNames(java.util.Set<Format> formats) {
    java.util.StringJoiner names = new java.util.StringJoiner(", ");
    for (Format format : Format.values()) {
      if (formats.contains(format)) {
        names.add(format.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names.toString();
  }

  /** One line on standard error, then the exit code of bad input. */
  private static int usageError(CommandLine.ParameterException e, Language ui) {
    CommandLine failed = e.getCommandLine();
    String command = failed.getCommandSpec().qualifiedName();
    failed
        .getErr()
        .println(
            oneLine(
                command
                    + ": "
                    + CommandMessages.usage(e.getMessage(), ui)
                    + CommandMessages.seeHelp(command, ui)));
    failed.getErr().flush();
    return BAD_INPUT;
  }

  /** The longest line the command writes on standard error. */
  static final int MAX_ERROR_LENGTH = 600;

  /** {@code message} as one line of bounded length: no line break or escape of the input reaches the terminal. */
  static String oneLine(String message) {
    return pl.kcs.core.Checks.oneLine(String.valueOf(message), MAX_ERROR_LENGTH);
  }

  /** Gives the subcommands the input reader. */
  private static final class Factory implements CommandLine.IFactory {
    private final Inputs inputs;
    private final Language reports;
    private final boolean terminal;
    private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

    Factory(Inputs inputs, Language reports, boolean terminal) {
      this.inputs = inputs;
      this.reports = reports;
      this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      K created = defaults.create(type);
      if (created instanceof ReportCommand command) {
        command.inputs = inputs;
        command.terminal = terminal;
      }
      if (created instanceof CommonOptions options) {
        options.fallback = reports;
      }
      return created;
    }
  }

  /** The library version, as the simulation records it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kcs " + Simulation.libraryVersion()};
    }
  }
}
