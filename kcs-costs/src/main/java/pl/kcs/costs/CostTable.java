package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.Language;

/**
 * A table of costs in one language and one currency: a title, amount columns, rows that cite the
 * facts their figures come from (KCS-COST-ANIMATOR … KCS-COST-PARTNERS) and notes. A
 * {@link Budget} and a {@link ScenarioComparison} render to one; it renders to plain text ({@link
 * #toText()}) and to CSV ({@link #toCsv()}), and reads back from its CSV ({@link #parseCsv}) with
 * nothing lost.
 *
 * <p>The CSV follows RFC 4180: comma-separated fields, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled, records ended by CRLF, a header record first. Amounts are
 * plain decimals with a decimal point, exactly as the table holds them. Encode the text as UTF-8.
 * The header, in the table's language, is {@code kind,fact,item,quantity,currency} (Polish {@code
 * rodzaj,fakt,pozycja,ilość,waluta}) followed by a low and a high field for each amount column,
 * {@code <column> (low)} and {@code <column> (high)} (Polish {@code (min.)} and {@code (maks.)}).
 * The first record after the header is the title, with the code {@code TITLE} in the first field;
 * then one record per row, with its {@link RowKind} code; then one {@code NOTE} record per note.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostTable {

  CostTable() {}

  /** The language of the title, labels and notes. */
  public abstract Language language();

  /** The title. */
  public abstract String title();

  /** The currency of every amount. */
  public abstract CurrencyUnit currency();

  /** The headers of the amount columns, e.g. rate, per month, total, or one per scenario. */
  public abstract ImmutableList<String> columns();

  /** The rows, in order. */
  public abstract ImmutableList<CostTableRow> rows();

  /** What the figures rest on and what they leave out, e.g. that premises are not included. */
  public abstract ImmutableList<String> notes();

  /** A builder of a table. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The table as plain text: the title, the rows aligned under a header, amounts formatted for the
   * language ({@code 1 800,00} in Polish, {@code 1,800.00} in English, a range as {@code
   * 250,00–300,00}), then the notes. Lines end with {@code \n}.
   */
  public final String toText() {
    return TextTables.render(this);
  }

  /** The table as RFC 4180 CSV; see the class comment. */
  public final String toCsv() {
    return CostTableCsv.write(this);
  }

  /**
   * The table a CSV of {@link #toCsv()} holds: {@code parseCsv(table.toCsv())} equals {@code
   * table}. A UTF-8 byte-order mark and line ends of a lone LF are accepted.
   *
   * @throws IllegalArgumentException if the text is not such a CSV, naming the record and field
   */
  public static CostTable parseCsv(String csv) {
    return CostTableCsv.read(csv);
  }

  @Value.Check
  void check() {
    checkOneLine("table title", title());
    checkState(!title().isBlank(), "table title must not be blank");
    Set<String> seen = new HashSet<>();
    for (String column : columns()) {
      checkOneLine("column", column);
      checkState(!column.isBlank(), "column must not be blank, was '%s'", column);
      checkState(seen.add(column), "columns must be distinct, was '%s' twice", column);
    }
    for (int i = 0; i < rows().size(); i++) {
      CostTableRow row = rows().get(i);
      int rowNumber = i + 1;
      checkState(
          row.cells().size() == columns().size(),
          "row %s must have one cell per column (%s), had %s",
          rowNumber,
          columns().size(),
          row.cells().size());
      for (Optional<CostRange> cell : row.cells()) {
        cell.ifPresent(
            range ->
                checkState(
                    range.currency().equals(currency()),
                    "row %s must be in the table's currency %s, was %s",
                    rowNumber,
                    currency(),
                    range.currency()));
      }
    }
    for (String note : notes()) {
      checkOneLine("note", note);
      checkState(!note.isBlank(), "note must not be blank");
    }
  }

  /** Checks that a text of the table has no line break: each is one line of the text rendering. */
  static void checkOneLine(String field, String text) {
    checkState(
        text.indexOf('\n') < 0 && text.indexOf('\r') < 0,
        "%s must be on one line; the value is not repeated",
        field);
  }

  /** Builds a {@link CostTable}; language, title and currency are required. */
  public static final class Builder extends ImmutableCostTable.Builder {
    Builder() {}
  }
}
