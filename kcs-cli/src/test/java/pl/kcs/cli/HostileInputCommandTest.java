package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.example;
import static pl.kcs.cli.CommandRun.kcs;
import static pl.kcs.cli.CommandRun.kcsWithInput;

import com.google.common.base.Strings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 (and issue 15's "rejected at the door"): each reproducer of the adversarial run, through
 * the command. Every one ends in exit 2 and one line on standard error that names the field and,
 * where the value could be personal data, does not repeat it — never a hang, an out-of-memory
 * error, an internal error or a result computed after an overflow. The timeout guards a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputCommandTest {

  @TempDir Path directory;

  @Test
  void a_post_fraction_of_1e_minus_100000000_fails_at_once_naming_the_field() throws IOException {
    CommandRun run =
        kcs("assess", library("\"postFraction\": \"1/4\"", "\"postFraction\": \"1e-100000000\""));

    assertBadInput(
        run,
        "$.animators[0].postFraction: must be a number below 10^30 with at most 30 decimal places, was 1e-100000000");
  }

  @Test
  void
      a_post_fraction_of_1e_minus_999999999_and_a_capacity_of_1e999999999_fail_without_running_out_of_memory()
          throws IOException {
    assertBadInput(
        kcs("assess", library("\"postFraction\": \"1/4\"", "\"postFraction\": \"1e-999999999\"")),
        "$.animators[0].postFraction: must be a number below 10^30");
    assertBadInput(
        kcs("assess", library("\"capacity\": 30", "\"capacity\": 1e999999999")),
        "$.host.rooms[0].capacity: must be a whole number");
  }

  @Test
  void a_budget_event_of_1e100000000_fails_at_once_naming_the_field() throws IOException {
    String budget =
        Files.readString(Path.of(example("budget.json")))
            .replace("\"high\": \"700.00\"", "\"high\": \"1e100000000\"");

    assertBadInput(
        kcs("budget", write("budget.json", budget)),
        "$.rateCard.eventEach.high: must be a number below 10^30 with at most 30 decimal places, was 1e100000000");
  }

  @Test
  void post_fractions_of_1_over_999999999989_and_1_over_999999999961_are_added_exactly()
      throws IOException {
    String library = Files.readString(Path.of(example("library.json")));
    library =
        library.replaceFirst("\"postFraction\": \"1/4\"", "\"postFraction\": \"1/999999999989\"");
    library =
        library.replaceFirst("\"postFraction\": \"1/4\"", "\"postFraction\": \"1/999999999961\"");

    CommandRun run =
        kcs("assess", write("library.json", library), "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void simulation_supervision_hours_of_1e20_fail_as_bad_input_not_an_internal_error()
      throws IOException {
    String simulation =
        Files.readString(Path.of(example("simulation.json")))
            .replace(
                "\"supervisionHoursPerAnimator\": \"1\"",
                "\"supervisionHoursPerAnimator\": \"1e20\"");

    assertBadInput(
        kcs("simulate", write("simulation.json", simulation)),
        "$.parameters.supervisionHoursPerAnimator: must be at most 744 (the hours of a month), was 1E+20");
  }

  @Test
  void initial_members_of_1500000000_fail_instead_of_silently_dropping_results()
      throws IOException {
    String simulation =
        Files.readString(Path.of(example("simulation.json")))
            .replace("\"initialMembers\": 6", "\"initialMembers\": 1500000000");

    assertBadInput(
        kcs("simulate", write("simulation.json", simulation)),
        "$.parameters.initialMembers: must be at most 1000, was 1500000000");
  }

  @Test
  void a_rate_card_whose_costliest_run_overflows_the_exact_sums_fails_as_bad_input()
      throws IOException {
    String simulation =
        Files.readString(Path.of(example("simulation.json")))
            .replace("\"high\": \"7200.00\"", "\"high\": \"1e20\"")
            .replace("\"low\": \"7200.00\"", "\"low\": \"1e20\"");

    assertBadInput(
        kcs("simulate", write("simulation.json", simulation)),
        "$.parameters.rateCard: must keep the costliest run");
  }

  @Test
  void years_plus_and_minus_999999999_are_rejected_as_dates_no_kcs_can_have() throws IOException {
    for (String year : new String[] {"+999999999-01-01", "-999999999-01-01", "1899-05-15"}) {
      CommandRun run =
          kcs(
              "assess",
              library("\"foundedOn\": \"2024-05-15\"", "\"foundedOn\": \"" + year + "\""));
      assertBadInput(run, "$.groups[0].foundedOn: must be from 1990-01-01 to 2200-12-31, was ");
    }
  }

  @Test
  void free_text_in_a_code_or_date_field_is_never_repeated() throws IOException {
    CommandRun relation =
        kcs(
            "assess",
            library("\"stage\": \"INAUGURATION\"", "\"stage\": \"Jan Kowalski's mother\""));
    assertBadInput(
        relation,
        "$.stage: must be one of PREPARATION, INAUGURATION, OPERATION; the value is not repeated");
    CommandRun date =
        kcs(
            "assess",
            library("\"foundedOn\": \"2024-05-15\"", "\"foundedOn\": \"when Jan Kowalski came\""));
    assertBadInput(
        date, "$.groups[0].foundedOn: must be a date like 2024-01-15; the value is not repeated");
    for (CommandRun run : new CommandRun[] {relation, date}) {
      assertThat(run.err()).doesNotContain("Kowalski");
    }
  }

  @Test
  void a_name_with_a_line_break_or_an_escape_is_rejected_at_the_door_in_one_line()
      throws IOException {
    CommandRun newline =
        kcs(
            "assess",
            library(
                "\"name\": \"Biblioteka Publiczna w Lipowie\"",
                "\"name\": \"Biblioteka\\nkcs: all fine\""));
    assertBadInput(
        newline,
        "$.host.name: must be one line without control characters (line breaks, tabs, escapes); the value is not repeated");
    CommandRun escape =
        kcs(
            "assess",
            library(
                "\"name\": \"Biblioteka Publiczna w Lipowie\"",
                "\"name\": \"Biblioteka \\u001b[2J\""));
    assertBadInput(escape, "$.host.name: must be one line without control characters");
  }

  @Test
  void a_five_thousand_character_field_name_is_not_echoed() throws IOException {
    String name = Strings.repeat("x", 5_000);
    CommandRun run =
        kcs(
            "assess",
            library(
                "\"stage\": \"INAUGURATION\"", "\"stage\": \"INAUGURATION\", \"" + name + "\": 1"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain(Strings.repeat("x", 100));
    assertThat(run.err().length()).isLessThan(700);
  }

  @Test
  void endless_input_such_as_dev_zero_is_cut_at_the_limit_and_the_limit_can_be_raised()
      throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Kcs.run(
            new String[] {"assess", "-"},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new EndlessZeros());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "kcs: -: is larger than the limit of 16777216 bytes (raise it with --max-input-size)\n");

    String library = Files.readString(Path.of(example("library.json")));
    CommandRun small = kcsWithInput(library, "assess", "-", "--max-input-size", "1K");
    assertThat(small.err())
        .isEqualTo(
            "kcs: -: is larger than the limit of 1024 bytes (raise it with --max-input-size)\n");
    assertThat(kcsWithInput(library, "assess", "-", "--max-input-size", "64M").exitCode()).isZero();
    assertThat(kcs("assess", "--max-input-size", "lots").exitCode()).isEqualTo(2);
  }

  @Test
  void a_million_partner_lines_are_refused_by_the_list_limit_not_by_running_out_of_memory()
      throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      lines.append(i == 0 ? "" : ",").append("{}");
    }
    String budget =
        Files.readString(Path.of(example("budget.json")))
            .replace("\"partnerContributions\": []", "\"partnerContributions\": [" + lines + "]");

    CommandRun run = kcs("budget", write("budget.json", budget));

    assertBadInput(
        run,
        "$.plan.partnerContributions: has more than 100000 items, the limit of one list (ReadLimits.maxListItems)");
  }

  // ------------------------------------------------------------------ helpers

  private static void assertBadInput(CommandRun run, String problem) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).endsWith("\n").contains(problem);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("kcs: ");
  }

  private String library(String from, String to) throws IOException {
    String library = Files.readString(Path.of(example("library.json")));
    assertThat(library).contains(from);
    return write(
        "library.json",
        library.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private String write(String name, String text) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  /** Standard input that never ends, as /dev/zero. */
  private static final class EndlessZeros extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
      return length;
    }
  }
}
