package pl.kcs.cli;

import java.util.List;

/** CSV as RFC 4180 writes it: comma-separated, fields quoted where needed, CRLF line ends. */
final class Csv {

  private final StringBuilder text = new StringBuilder();

  /** Appends one row. */
  Csv row(Object... fields) {
    return row(List.of(fields));
  }

  /** Appends one row. */
  Csv row(List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(quote(String.valueOf(fields.get(i))));
    }
    text.append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  private static String quote(String field) {
    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }
}
