package pl.kcs.cli;

import java.util.List;
import pl.kcs.core.Language;
import pl.kcs.json.KcsJson;

/**
 * A JSON document holding a list of kcs-json reports — one per group for {@code kcs group} and
 * {@code kcs autonomy} — laid out as kcs-json lays out its own documents: two spaces, {@code ": "}.
 */
final class JsonList {

  private JsonList() {}

  /**
   * {@code {"document": NAME, "formatVersion", "language", FIELDS…, "reports": [ … ]}}; each field
   * value is a JSON literal already (a quoted string or a number).
   */
  static String of(String document, Language language, List<String[]> fields, List<?> reports) {
    KcsJson json = KcsJson.standard().withLanguage(language);
    StringBuilder text = new StringBuilder("{\n");
    text.append("  \"document\": \"").append(document).append("\",\n");
    text.append("  \"formatVersion\": \"").append(KcsJson.FORMAT_VERSION).append("\",\n");
    text.append("  \"language\": \"")
        .append(language == Language.POLISH ? "pl" : "en")
        .append("\",\n");
    for (String[] field : fields) {
      text.append("  \"").append(field[0]).append("\": ").append(field[1]).append(",\n");
    }
    text.append("  \"reports\": [");
    for (int i = 0; i < reports.size(); i++) {
      text.append(i == 0 ? "\n" : ",\n");
      String report = json.toJson(reports.get(i)).strip();
      text.append("    ").append(report.replace("\n", "\n    "));
    }
    text.append(reports.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
    return text.toString();
  }

  /** {@code text} as a JSON string literal. */
  static String string(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
