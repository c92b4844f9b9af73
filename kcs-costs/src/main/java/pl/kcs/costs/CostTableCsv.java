package pl.kcs.costs;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.Checks;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;

/** Writes and reads the RFC 4180 CSV of a {@link CostTable}; see its class comment. */
final class CostTableCsv {

  static final String TITLE = "TITLE";
  static final String NOTE = "NOTE";
  private static final int FIXED_FIELDS = 5;
  private static final String CRLF = "\r\n";

  private CostTableCsv() {}

  static String write(CostTable table) {
    Language language = table.language();
    String currency = table.currency().getCode();
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(fixedHeader(language));
    for (String column : table.columns()) {
      header.add(column + text(language, "csv.low"));
      header.add(column + text(language, "csv.high"));
    }
    record(csv, header);
    record(csv, textRecord(TITLE, table.title(), currency, table.columns().size()));
    for (CostTableRow row : table.rows()) {
      List<String> fields = new ArrayList<>();
      fields.add(row.kind().name());
      fields.add(row.source().map(FactId::id).orElse(""));
      fields.add(row.label());
      fields.add(row.detail());
      fields.add(currency);
      for (Optional<CostRange> cell : row.cells()) {
        fields.add(cell.map(range -> range.low().getAmount().toPlainString()).orElse(""));
        fields.add(cell.map(range -> range.high().getAmount().toPlainString()).orElse(""));
      }
      record(csv, fields);
    }
    for (String note : table.notes()) {
      record(csv, textRecord(NOTE, note, currency, table.columns().size()));
    }
    return csv.toString();
  }

  static CostTable read(String csv) {
    requireNonNull(csv, "csv");
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> records = parse(text);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("CSV must have a header record, was empty");
    }
    List<String> header = records.get(0);
    Language language = language(header);
    List<String> columns = columns(header, language);
    CostTable.Builder table = CostTable.builder().language(language);
    CurrencyUnit currency = null;
    boolean titled = false;
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      int number = r + 1;
      if (fields.size() != header.size()) {
        throw new IllegalArgumentException(
            "CSV record "
                + number
                + " must have "
                + header.size()
                + " fields like the header, had "
                + fields.size());
      }
      CurrencyUnit recordCurrency = currency(fields.get(4), number);
      if (currency != null && !currency.equals(recordCurrency)) {
        throw new IllegalArgumentException(
            "CSV record "
                + number
                + " must be in "
                + currency
                + " like the others, was "
                + recordCurrency);
      }
      currency = recordCurrency;
      String code = fields.get(0);
      if (r == 1) {
        if (!TITLE.equals(code)) {
          throw new IllegalArgumentException(
              "CSV record 2 must be the " + TITLE + " record" + Checks.rejected(code));
        }
        table.title(fields.get(2));
        titled = true;
      } else if (NOTE.equals(code)) {
        table.addNotes(fields.get(2));
      } else {
        table.addRows(row(fields, number, recordCurrency));
      }
    }
    if (!titled || currency == null) {
      throw new IllegalArgumentException("CSV must have a " + TITLE + " record after the header");
    }
    try {
      return table.currency(currency).addAllColumns(columns).build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("CSV does not hold a valid table: " + e.getMessage(), e);
    }
  }

  private static CostTableRow row(List<String> fields, int number, CurrencyUnit currency) {
    RowKind kind;
    try {
      kind = RowKind.valueOf(fields.get(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "CSV record "
              + number
              + " field 1 must be TITLE, NOTE or a row kind"
              + Checks.rejected(fields.get(0)),
          e);
    }
    CostTableRow.Builder row = CostTableRow.builder().kind(kind);
    if (!fields.get(1).isEmpty()) {
      try {
        row.source(FactId.of(fields.get(1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "CSV record " + number + " field 2: " + e.getMessage(), e);
      }
    }
    for (int f = FIXED_FIELDS; f < fields.size(); f += 2) {
      row.addCells(cell(fields.get(f), fields.get(f + 1), currency, number, f + 1));
    }
    try {
      return row.label(fields.get(2)).detail(fields.get(3)).build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("CSV record " + number + ": " + e.getMessage(), e);
    }
  }

  private static Optional<CostRange> cell(
      String low, String high, CurrencyUnit currency, int number, int field) {
    if (low.isEmpty() && high.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CostRange.of(currency, decimal(low), decimal(high)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "CSV record "
              + number
              + " fields "
              + field
              + "–"
              + (field + 1)
              + " must be a cost range of plain decimals with a decimal point"
              + (Checks.rejected(low).startsWith(", was")
                      && Checks.rejected(high).startsWith(", was")
                  ? ", was '" + low + "' and '" + high + "'"
                  : "; the values are not repeated"),
          e);
    }
  }

  private static final int MAX_AMOUNT_LENGTH = 200;

  private static BigDecimal decimal(String text) {
    // Bounded before it is parsed; no exponent, so the text bounds the work. An exact table holds
    // 34-digit quotients, hence more than the 50 characters of a number typed by a person.
    if (text.length() > MAX_AMOUNT_LENGTH || !text.matches("[0-9]+(\\.[0-9]+)?")) {
      throw new NumberFormatException(
          "not a plain decimal of at most " + MAX_AMOUNT_LENGTH + " characters");
    }
    return new BigDecimal(text);
  }

  private static CurrencyUnit currency(String code, int number) {
    try {
      return CurrencyUnit.of(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "CSV record " + number + " field 5 must be a currency code" + Checks.rejected(code), e);
    }
  }

  private static Language language(List<String> header) {
    for (Language language : Language.values()) {
      if (header.size() >= FIXED_FIELDS
          && header.subList(0, FIXED_FIELDS).equals(fixedHeader(language))) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "CSV header must start with "
            + String.join(",", fixedHeader(Language.ENGLISH))
            + " or "
            + String.join(",", fixedHeader(Language.POLISH))
            + "; the header is not repeated");
  }

  private static List<String> columns(List<String> header, Language language) {
    String lowSuffix = text(language, "csv.low");
    String highSuffix = text(language, "csv.high");
    if ((header.size() - FIXED_FIELDS) % 2 != 0) {
      throw new IllegalArgumentException(
          "CSV header must have a low and a high field per column, had "
              + (header.size() - FIXED_FIELDS)
              + " amount fields");
    }
    List<String> columns = new ArrayList<>();
    for (int f = FIXED_FIELDS; f < header.size(); f += 2) {
      String low = header.get(f);
      if (!low.endsWith(lowSuffix)) {
        throw new IllegalArgumentException(
            "CSV header field "
                + (f + 1)
                + " must end with '"
                + lowSuffix
                + "'"
                + Checks.rejected(low));
      }
      String column = low.substring(0, low.length() - lowSuffix.length());
      if (!header.get(f + 1).equals(column + highSuffix)) {
        throw new IllegalArgumentException(
            "CSV header field "
                + (f + 2)
                + " must be '"
                + column
                + highSuffix
                + "'"
                + Checks.rejected(header.get(f + 1)));
      }
      columns.add(column);
    }
    return columns;
  }

  private static List<String> fixedHeader(Language language) {
    return List.of(
        text(language, "csv.kind"),
        text(language, "csv.fact"),
        text(language, "csv.item"),
        text(language, "csv.detail"),
        text(language, "csv.currency"));
  }

  private static List<String> textRecord(String code, String text, String currency, int columns) {
    List<String> fields = new ArrayList<>(List.of(code, "", text, "", currency));
    for (int i = 0; i < 2 * columns; i++) {
      fields.add("");
    }
    return fields;
  }

  private static String text(Language language, String key) {
    return CostsLabels.BUNDLE.text(language, key);
  }

  private static void record(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String field = fields.get(i);
      if (field.indexOf(',') >= 0
          || field.indexOf('"') >= 0
          || field.indexOf('\r') >= 0
          || field.indexOf('\n') >= 0) {
        csv.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(field);
      }
    }
    csv.append(CRLF);
  }

  /** Splits RFC 4180 text into records of fields; a last line end is optional. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int i = 0;
    int length = text.length();
    if (length == 0) {
      return records;
    }
    while (true) {
      if (i < length && text.charAt(i) == '"') {
        int openedOnLine = line;
        i++;
        while (true) {
          if (i >= length) {
            throw new IllegalArgumentException(
                "CSV quoted field opened on line " + openedOnLine + " is not closed");
          }
          char c = text.charAt(i);
          if (c == '"') {
            if (i + 1 < length && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c == '\n') {
            line++;
          }
          field.append(c);
          i++;
        }
        if (i < length && !isSeparator(text, i)) {
          throw new IllegalArgumentException(
              "CSV line " + line + ": a closing quote must be followed by a comma or a line end");
        }
      } else {
        while (i < length && !isSeparator(text, i)) {
          char c = text.charAt(i);
          if (c == '"') {
            throw new IllegalArgumentException(
                "CSV line " + line + ": a quote may only appear in a quoted field");
          }
          field.append(c);
          i++;
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= length) {
        records.add(fields);
        return records;
      }
      if (text.charAt(i) == ',') {
        i++;
        continue;
      }
      i += text.startsWith(CRLF, i) ? 2 : 1;
      line++;
      records.add(fields);
      fields = new ArrayList<>();
      if (i >= length) {
        return records;
      }
    }
  }

  private static boolean isSeparator(String text, int i) {
    char c = text.charAt(i);
    return c == ',' || c == '\n' || (c == '\r' && text.startsWith(CRLF, i));
  }
}
