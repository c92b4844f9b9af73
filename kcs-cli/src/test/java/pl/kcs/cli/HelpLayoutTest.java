package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcs;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The help a librarian reads wraps its text once, at the help's width: a paragraph written in the
 * source with line breaks of its own came out with one or two words alone on a line ("simulates
 * every" / "grid point ..."), as picocli wraps every line of a description on its own.
 */
class HelpLayoutTest {

  /**
   * The longest line picocli writes: one column short of the width the command gives it (100,
   * KcsCommand).
   */
  private static final int LONGEST_LINE = 99;

  static Stream<Arguments> helps() {
    return Stream.concat(Stream.of(""), KcsCommand.SUBCOMMANDS.keySet().stream())
        .flatMap(name -> Stream.of(Arguments.of(name, "en"), Arguments.of(name, "pl")));
  }

  @ParameterizedTest(name = "kcs {0} --help --lang {1}")
  @MethodSource("helps")
  void every_line_of_a_description_is_full_unless_it_ends_a_paragraph(
      String subcommand, String language) {
    CommandRun help =
        subcommand.isEmpty()
            ? kcs("--help", "--lang", language)
            : kcs(subcommand, "--help", "--lang", language);
    assertThat(help.exitCode()).isZero();

    List<String> description = description(help.out());
    assertThat(description).as("the description of kcs %s", subcommand).isNotEmpty();
    for (int i = 0; i + 1 < description.size(); i++) {
      String line = description.get(i);
      if (line.endsWith(".")) {
        continue; // a paragraph ends here
      }
      String nextWord = description.get(i + 1).strip().split(" ", 2)[0];
      assertThat(line.length() + 1 + nextWord.length())
          .as(
              "kcs %s --help --lang %s: \"%s\" is followed by \"%s\" on a line of its own",
              subcommand, language, line, nextWord)
          .isGreaterThan(LONGEST_LINE);
    }
  }

  /** The lines after the usage synopsis and before the first parameter or option. */
  private static List<String> description(String help) {
    List<String> lines = help.lines().toList();
    int start = 0;
    while (start < lines.size()
        && !(lines.get(start).startsWith("Usage:") || lines.get(start).startsWith("Użycie:"))) {
      start++;
    }
    start++;
    while (start < lines.size()
        && (lines.get(start).startsWith(" ") || lines.get(start).isBlank())) {
      start++; // the synopsis' continuation lines, a blank line
    }
    int end = start;
    while (end < lines.size()
        && !lines.get(end).isBlank()
        && !lines.get(end).matches("\\s+[-\\[].*")) {
      end++;
    }
    return lines.subList(start, end);
  }
}
