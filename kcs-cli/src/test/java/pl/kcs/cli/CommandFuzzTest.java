package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.example;
import static pl.kcs.cli.CommandRun.kcsWithInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16 §4: the command fed seeded mutations of the project's example documents and random
 * text on standard input. Whatever it reads, it exits 0 or 1 with a report, or 2 with exactly one
 * line on standard error of bounded length without control characters — never 3 (an internal
 * error), never a hang. A failure prints the seed of its trial. The timeout guards a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CommandFuzzTest {

  private static final long SEED = 0x4B43_5315L;
  private static final String[][] DOCUMENTS = {
    {"library.json", "assess"},
    {"library.xml", "assess"},
    {"groups.json", "assess"},
    {"club.json", "club"},
    {"budget.json", "budget"},
    {"evaluation.json", "evaluate"}
  };
  private static final String[] HOSTILE = {
    "1e-100000000",
    "1e999999999",
    "\"1e100000000\"",
    "1500000000",
    "\"+999999999-01-01\"",
    "\"Jan Kowalski's mother\"",
    "\"a\\nkcs: forged\"",
    "\"\\u001b[2J\"",
    "[[[[[[[[",
    "{",
    "}",
    "\"",
    "-9223372036854775809",
    "null",
    "\u0000"
  };

  @Test
  void mutated_example_documents_end_in_a_report_or_one_line_of_bad_input() throws IOException {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (String[] document : DOCUMENTS) {
      String original = Files.readString(Path.of(example(document[0])));
      for (int trial = 0; trial < 12; trial++) {
        long seed = seeds.nextLong();
        String text = mutate(original, new SplittableRandom(seed));
        check(
            kcsWithInput(text, document[1], "-", "--format", "json"),
            document[0] + " trial " + trial + " seed " + seed);
      }
    }
  }

  @Test
  void a_mutated_simulation_ends_in_a_result_or_one_line_of_bad_input() throws IOException {
    // Few replications, so that a mutation that is still a valid scenario runs in milliseconds.
    String original =
        Files.readString(Path.of(example("simulation.json")))
            .replace("\"replications\": 10000", "\"replications\": 20");
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    for (int trial = 0; trial < 40; trial++) {
      long seed = seeds.nextLong();
      String text = mutate(original, new SplittableRandom(seed));
      if (text.matches("(?s).*\"replications\": *[0-9]{3,}.*")
          || text.matches("(?s).*\"months\": *[0-9]{3,}.*")) {
        continue; // a valid long run is not what this test is about
      }
      check(
          kcsWithInput(text, "simulate", "-", "--format", "json"),
          "simulation.json trial " + trial + " seed " + seed);
    }
  }

  @Test
  void random_text_on_standard_input_is_one_line_of_bad_input() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    String[] subcommands = {"assess", "club", "budget", "evaluate", "simulate"};
    for (int trial = 0; trial < 100; trial++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 120);
      for (int i = 0; i < length; i++) {
        text.append((char) random.nextInt(0, random.nextBoolean() ? 0x80 : 0x2100));
      }
      CommandRun run = kcsWithInput(text.toString(), subcommands[trial % subcommands.length], "-");
      assertThat(run.exitCode()).as("trial %s: %s", trial, run.err()).isEqualTo(2);
      check(run, "random text trial " + trial);
    }
  }

  private static void check(CommandRun run, String trial) {
    assertThat(run.exitCode()).as(trial + ": " + run.err()).isIn(0, 1, 2);
    if (run.exitCode() == 2) {
      String err = run.err();
      assertThat(err).as(trial).startsWith("kcs: ").endsWith("\n");
      String line = err.substring(0, err.length() - 1);
      assertThat(line.length()).as(trial).isLessThanOrEqualTo(600);
      assertThat(
              line.chars()
                  .filter(
                      c ->
                          Character.getType(c) == Character.CONTROL
                              || Character.getType(c) == Character.FORMAT)
                  .count())
          .as(trial + ": " + line)
          .isZero();
      assertThat(line).as(trial).doesNotContain("Kowalski").doesNotContain("forged");
    }
  }

  private static String mutate(String text, SplittableRandom random) {
    StringBuilder result = new StringBuilder(text);
    int edits = random.nextInt(1, 4);
    for (int e = 0; e < edits && result.length() > 0; e++) {
      int at = random.nextInt(result.length());
      int span = Math.min(result.length() - at, random.nextInt(1, 30));
      switch (random.nextInt(5)) {
        case 0 -> result.delete(at, at + span);
        case 1 -> result.insert(at, result.substring(at, at + span));
        case 2, 3 -> {
          // Replace a value that follows a colon, where there is one nearby.
          int colon = result.indexOf(": ", at);
          if (colon > 0) {
            int end = colon + 2;
            while (end < result.length() && ",\n}]".indexOf(result.charAt(end)) < 0) {
              end++;
            }
            result.replace(colon + 2, end, HOSTILE[random.nextInt(HOSTILE.length)]);
          }
        }
        default -> result.setCharAt(at, (char) random.nextInt(0x20, 0x7f));
      }
    }
    return result.toString();
  }
}
