package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcsWithInput;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.Room;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.json.KcsJson;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

/**
 * The command's one CSV dialect over generated documents whose names start like spreadsheet
 * formulas ({@code =2+3}, {@code +1}, {@code -x}, {@code @SUM}): every file reads back with Commons
 * CSV, an independent RFC 4180 parser, as a rectangle under its header; the header is the same in
 * Polish and English and snake_case; no cell starts a formula unless it is a plain number; and
 * {@code --excel} holds the same cells with {@code ;} and a byte-order mark.
 */
class CommandCsvPropertyTest {

  private static final String[] FORMULA_STARTS = {"=", "+", "-", "@", "=HYPERLINK(", "=2+3 "};
  private static final KcsJson JSON = KcsJson.standard();

  /** An implementation whose host, rooms and groups have names a spreadsheet would run. */
  private static Gen<KcsImplementation> hostileImplementations() {
    Gen<KcsImplementation> plain = CoreGenerators.kcsImplementations();
    return random -> {
      KcsImplementation implementation = plain.next(random);
      List<Room> rooms = new ArrayList<>();
      for (Room room : implementation.host().rooms()) {
        rooms.add(room.withName(hostile(room.name(), random)));
      }
      List<SelfHelpGroup> groups = new ArrayList<>();
      for (SelfHelpGroup group : implementation.groups()) {
        groups.add(group.withName(hostile(group.name(), random)));
      }
      return implementation
          .withHost(
              implementation
                  .host()
                  .withName(hostile(implementation.host().name(), random))
                  .withRooms(rooms))
          .withGroups(groups);
    };
  }

  private static String hostile(String name, SplittableRandom random) {
    return FORMULA_STARTS[random.nextInt(FORMULA_STARTS.length)] + name;
  }

  @Test
  void
      the_csv_of_every_rule_subcommand_is_a_safe_rectangle_with_the_same_header_in_both_languages() {
    Property.check()
        .trials(40)
        .forAll(
            hostileImplementations(),
            implementation -> {
              String document = JSON.toJson(implementation);
              check(document, "assess");
              check(document, "recommend");
              check(document, "autonomy");
              check(document, "group", "--on", "2030-01-01");
              if (!implementation.groups().isEmpty()) {
                check(document, "budget", "--from", "-");
              }
            });
  }

  @Test
  void the_csv_of_kcs_club_is_a_safe_rectangle_with_the_same_header_in_both_languages() {
    Gen<SelfHelpClub> clubs = CoreGenerators.selfHelpClubs();
    Property.check()
        .trials(40)
        .forAll(
            random -> {
              SelfHelpClub club = clubs.next(random);
              return club.withHost(club.host().withName(hostile(club.host().name(), random)));
            },
            club -> check(JSON.toJson(club), "club"));
  }

  /** Runs {@code subcommand} on {@code document} as CSV in both languages and in Excel's dialect. */
  private static void check(String document, String subcommand, String... more) {
    List<String> args = new ArrayList<>(List.of(subcommand));
    if (!List.of(more).contains("-")) {
      args.add("-");
    }
    args.addAll(List.of(more));
    args.addAll(List.of("--format", "csv"));
    CommandRun polish = run(document, args, "--lang", "pl");
    CommandRun english = run(document, args, "--lang", "en");
    CommandRun excel = run(document, args, "--lang", "en", "--excel");

    List<CSVRecord> pl = parse(polish.out(), CSVFormat.RFC4180);
    List<CSVRecord> en = parse(english.out(), CSVFormat.RFC4180);
    assertThat(pl.get(0).toList())
        .as("%s header in both languages", subcommand)
        .isEqualTo(en.get(0).toList());
    assertThat(pl).hasSameSizeAs(en);
    for (String column : en.get(0).toList()) {
      assertThat(column).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    }
    for (List<CSVRecord> records : List.of(pl, en)) {
      int width = records.get(0).size();
      for (CSVRecord record : records) {
        assertThat(record.size())
            .as("%s row %s", subcommand, record.getRecordNumber())
            .isEqualTo(width);
        for (String cell : record) {
          if (!cell.isEmpty() && CsvTable.isFormulaStart(cell.charAt(0))) {
            assertThat(cell)
                .as("%s: a cell a spreadsheet would run", subcommand)
                .matches("-?[0-9]+(\\.[0-9]+)?");
          }
        }
      }
    }
    assertThat(excel.out()).startsWith("\uFEFF");
    List<CSVRecord> semicolons =
        parse(excel.out().substring(1), CSVFormat.RFC4180.builder().setDelimiter(';').get());
    assertThat(semicolons).hasSameSizeAs(en);
    for (int i = 0; i < en.size(); i++) {
      assertThat(semicolons.get(i).toList()).isEqualTo(en.get(i).toList());
    }
  }

  private static CommandRun run(String document, List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    CommandRun run = kcsWithInput(document, all.toArray(new String[0]));
    assertThat(run.exitCode()).as("%s: %s", all, run.err()).isZero();
    return run;
  }

  private static List<CSVRecord> parse(String csv, CSVFormat format) {
    assertThat(csv).endsWith("\r\n");
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void a_cell_that_starts_a_formula_is_prefixed_and_a_plain_number_is_not_OWASP() {
    CsvTable table =
        CsvTable.withHeader("name", "value")
            .row("=2+3", "-1.5")
            .row("@SUM(A1)", "+48 600")
            .row("\tx", "-");

    assertThat(table.toString())
        .isEqualTo("name,value\r\n'=2+3,-1.5\r\n'@SUM(A1),'+48 600\r\n'\tx,'-\r\n");
    assertThat(table.write(CsvTable.Dialect.EXCEL))
        .startsWith("\uFEFFname;value\r\n'=2+3;-1.5\r\n");
    assertThat(Set.of(CsvTable.withHeader("a").row("x;y").write(CsvTable.Dialect.EXCEL)))
        .containsExactly("\uFEFFa\r\n\"x;y\"\r\n");
  }

  @Test
  void a_row_of_another_width_and_a_header_that_is_not_snake_case_are_refused() {
    assertThatThrows(
        () -> CsvTable.withHeader("a", "b").row("1"),
        "a CSV row must have 2 cells like its header, had 1");
    assertThatThrows(
        () -> CsvTable.withHeader("Nazwa"),
        "a CSV column name must be snake_case ASCII, was 'Nazwa'");
    assertThatThrows(() -> CsvTable.withHeader("a", "a"), "CSV column a appears twice");
  }

  private static void assertThatThrows(Runnable code, String message) {
    org.assertj.core.api.Assertions.assertThatThrownBy(code::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
