package pl.kcs.cli;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV dialect of the {@code kcs} command, for every subcommand's {@code --format csv}.
 *
 * <ul>
 *   <li>RFC 4180: comma-separated, a field quoted when it holds the separator, a quote, CR or LF,
 *       quotes doubled, CRLF after every record, UTF-8.
 *   <li>{@code --excel}: a byte-order mark and {@code ;} as the separator, as Excel set to Polish
 *       opens a file by double-click.
 *   <li>Stable headers: snake_case ASCII names, the same in every language; texts in the chosen
 *       language go in columns of their own ({@code message}, {@code label}), never in a header.
 *   <li>Rectangular: every row has the header's width, checked when the row is added; metadata are
 *       leading columns, never rows of another width.
 *   <li>Spreadsheet formula injection neutralised as OWASP recommends: a cell that starts with
 *       {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an
 *       apostrophe, so a spreadsheet shows it as text instead of running it. A plain decimal number
 *       ({@code -1.5}) is left alone: it cannot be a formula, and a program reading the file needs it
 *       as a number.
 * </ul>
 *
 * <p>Why our own writer and not Commons CSV: RFC 4180 quoting is a few lines, while what matters
 * here — neutralising formulas, rectangular rows, stable headers, the Excel dialect — Commons CSV
 * does not do and we would write anyway; and the command stays one library lighter to load. The
 * tests read every file back with Commons CSV, an independent RFC 4180 parser.
 *
 * <p>Not thread-safe: one table per output.
 */
final class CsvTable {

  /** How the file is written. */
  enum Dialect {
    /** RFC 4180: {@code ,}, no byte-order mark. */
    RFC_4180(',', ""),
    /** Excel in a Polish locale: {@code ;} and a UTF-8 byte-order mark. */
    EXCEL(';', "\uFEFF");

    final char separator;
    final String preamble;

    Dialect(char separator, String preamble) {
      this.separator = separator;
      this.preamble = preamble;
    }
  }

  private static final Pattern HEADER = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** The most characters a cell may have: a cell is a name, a number or a rule's message. */
  static final int MAX_CELL_LENGTH = 100_000;

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /**
   * A table with these column names.
   *
   * @throws IllegalArgumentException if a name is not snake_case ASCII or appears twice
   */
  static CsvTable withHeader(String... names) {
    return withHeader(List.of(names));
  }

  /** A table with these column names; see {@link #withHeader(String...)}. */
  static CsvTable withHeader(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a CSV header must have at least one column");
    }
    for (int i = 0; i < names.size(); i++) {
      String name = requireNonNull(names.get(i), "column name");
      if (!HEADER.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "a CSV column name must be snake_case ASCII, was '" + name + "'");
      }
      if (names.subList(0, i).contains(name)) {
        throw new IllegalArgumentException("CSV column " + name + " appears twice");
      }
    }
    return new CsvTable(names);
  }

  /** The column names. */
  List<String> header() {
    return header;
  }

  /** Appends one row. */
  CsvTable row(Object... cells) {
    return row(List.of(cells));
  }

  /**
   * Appends one row: {@code null} and an empty optional are empty cells, a {@link BigDecimal} is
   * written without an exponent, anything else as its {@code toString()}.
   *
   * @throws IllegalArgumentException unless the row is as wide as the header
   */
  CsvTable row(List<?> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "a CSV row must have " + header.size() + " cells like its header, had " + cells.size());
    }
    List<String> row = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      row.add(text(cell));
    }
    rows.add(row);
    return this;
  }

  /** The number of rows, the header not counted. */
  int size() {
    return rows.size();
  }

  /** The table as RFC 4180 text. */
  @Override
  public String toString() {
    return write(Dialect.RFC_4180);
  }

  /** The table in {@code dialect}. */
  String write(Dialect dialect) {
    StringBuilder text = new StringBuilder(dialect.preamble);
    record(text, header, dialect.separator);
    for (List<String> row : rows) {
      record(text, row, dialect.separator);
    }
    return text.toString();
  }

  private static void record(StringBuilder text, List<String> cells, char separator) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(separator);
      }
      text.append(quoted(neutralised(cells.get(i)), separator));
    }
    text.append("\r\n");
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof java.util.Optional<?> optional) {
      return optional.map(CsvTable::text).orElse("");
    }
    String text = cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
    if (text.length() > MAX_CELL_LENGTH) {
      throw new IllegalArgumentException(
          "a CSV cell must have at most " + MAX_CELL_LENGTH + " characters, had " + text.length());
    }
    return text;
  }

  /** {@code cell}, prefixed with an apostrophe if a spreadsheet would take it for a formula (OWASP). */
  static String neutralised(String cell) {
    if (cell.isEmpty() || !isFormulaStart(cell.charAt(0)) || PLAIN_NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  /** Whether a spreadsheet reads a cell starting with {@code c} as a formula (OWASP CSV injection). */
  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static String quoted(String cell, char separator) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == separator || c == '"' || c == '\n' || c == '\r' || c == ',' || c == ';') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }
}
