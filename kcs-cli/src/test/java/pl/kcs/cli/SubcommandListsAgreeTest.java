package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import pl.kcs.examples.Examples;

/**
 * The subcommands and their formats are listed in four places that a user reads: each subcommand's
 * help, the launcher scripts' usage line, {@code kcs example}'s list and docs/kcs-command.md. They
 * list the same subcommands and formats, the set the command itself has.
 */
class SubcommandListsAgreeTest {

  /** Subcommand → its formats, as the command has them (what --format accepts and --help lists). */
  private static Map<String, String> commandFormats() {
    CommandLine commandLine =
        KcsCommand.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), System.in);
    Map<String, String> formats = new LinkedHashMap<>();
    commandLine
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommand() instanceof ReportCommand report) {
                formats.put(name, KcsCommand.formatNames(report.formats()));
              } else if (name.equals("example")) {
                formats.put(name, "json, xml");
              } else {
                formats.put(name, "—");
              }
            });
    return formats;
  }

  @Test
  void
      each_subcommands_help_lists_the_formats_it_accepts_and_the_top_level_help_lists_every_subcommand() {
    String top = kcs("--help").out();
    for (Map.Entry<String, String> entry : commandFormats().entrySet()) {
      assertThat(top).as(entry.getKey()).containsPattern("\n  " + entry.getKey() + " ");
      if (entry.getValue().contains("text")) {
        CommandRun help = kcs(entry.getKey(), "--help");
        assertThat(help.out())
            .as(entry.getKey())
            .contains("Formats (--format): " + entry.getValue() + ".");
        for (String format : entry.getValue().split(", ")) {
          CommandRun run = kcs(entry.getKey(), "--format", format, "--help");
          assertThat(run.exitCode()).as("%s --format %s", entry.getKey(), format).isZero();
        }
      }
    }
  }

  @Test
  void both_launchers_keep_the_default_compiler_for_exactly_the_subcommands_that_run_on_threads()
      throws IOException {
    // The long runs (--threads) keep C2 and the default collector; the rest start with C1.
    List<String> threaded = new ArrayList<>();
    for (String subcommand : KcsCommand.SUBCOMMANDS.keySet()) {
      if (kcs(subcommand, "--help").out().contains("--threads")) {
        threaded.add(subcommand);
      }
    }
    assertThat(threaded).isNotEmpty();
    String sh = Files.readString(Path.of("src", "main", "scripts", "kcs"), StandardCharsets.UTF_8);
    assertThat(sh).contains("  " + String.join("|", threaded) + ") quick=\"\" ;;");
    String cmd =
        Files.readString(Path.of("src", "main", "scripts", "kcs.cmd"), StandardCharsets.UTF_8);
    List<String> defaultCompiler = new ArrayList<>();
    for (String line : cmd.lines().toList()) {
      if (line.startsWith("if /i \"%~1\"==\"") && line.endsWith("\" set KCS_QUICK=")) {
        defaultCompiler.add(line.substring("if /i \"%~1\"==\"".length(), line.indexOf("\" set")));
      }
    }
    assertThat(defaultCompiler).isEqualTo(threaded);
  }

  @Test
  void the_launchers_usage_line_lists_every_subcommand_and_every_format() throws IOException {
    List<String> subcommands = new ArrayList<>(commandFormats().keySet());
    String all = String.join("|", subcommands);
    String formats = "text|json|csv|html";
    for (String script : List.of("kcs", "kcs.cmd")) {
      String text =
          Files.readString(Path.of("src", "main", "scripts", script), StandardCharsets.UTF_8);
      assertThat(text)
          .as(script)
          .contains("Usage: kcs [" + all + "] [FILE] [--lang pl|en] [--format " + formats + "]");
    }
    assertThat(Kcs.HINT)
        .contains(String.join("|", subcommands.subList(0, subcommands.indexOf("example") + 1)));
    // Every format a report subcommand writes is in the usage line, and no other.
    List<String> used = new ArrayList<>();
    commandFormats()
        .values()
        .forEach(
            f -> {
              for (String one : f.split(", ")) {
                if (!one.equals("—") && !one.equals("xml") && !used.contains(one)) used.add(one);
              }
            });
    assertThat(String.join("|", used)).isEqualTo(formats);
  }

  @Test
  void
      kcs_example_lists_every_example_and_every_subcommand_that_reads_a_document_names_its_example() {
    String help = kcs("example", "--help").out().replace("\n", " ").replaceAll(" +", " ");
    for (String name : Examples.NAMES) {
      assertThat(help).contains(name);
      assertThat(kcs("example", name).exitCode()).as(name).isZero();
    }
    Pattern named = Pattern.compile("\\(kcs example ([a-z-]+)\\)");
    for (String subcommand :
        List.of(
            "assess",
            "recommend",
            "club",
            "open",
            "group",
            "autonomy",
            "budget",
            "evaluate",
            "simulate")) {
      Matcher matcher =
          named.matcher(kcs(subcommand, "--help").out().replace("\n", " ").replaceAll(" +", " "));
      assertThat(matcher.find()).as("%s --help names its example", subcommand).isTrue();
      assertThat(Examples.NAMES).as(subcommand).contains(matcher.group(1));
    }
  }

  @Test
  void docs_kcs_command_md_lists_every_subcommand_with_its_formats() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "kcs-command.md"), StandardCharsets.UTF_8);
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row =
        Pattern.compile(
                "(?m)^\\| `kcs ([a-z]+)[^`]*` \\|(?:[^|]|\\\\\\|)*\\|(?:[^|]|\\\\\\|)*\\| ([^|]+) \\|")
            .matcher(docs);
    while (row.find()) {
      documented.put(row.group(1), row.group(2).strip());
    }
    assertThat(documented).isEqualTo(commandFormats());
    for (String name : Examples.NAMES) {
      assertThat(docs).contains("`" + name + "`");
    }
  }
}
