package pl.kcs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import pl.kcs.core.Language;
import pl.kcs.json.KcsJson;
import pl.kcs.rules.Outcome;

/**
 * The rows of a rule report in CSV, one per rule outcome: its codes, what it looked at and its texts
 * in the chosen language, the same values as the JSON form's outcomes, after the columns that say
 * where the outcome belongs (a group, a model, an area).
 */
final class OutcomeCsv {

  /** The columns of an outcome, after the leading ones. */
  static final List<String> OUTCOME_COLUMNS =
      List.of(
          "rule",
          "source",
          "severity",
          "status",
          "applies_to",
          "subjects",
          "observed",
          "expected",
          "message",
          "action");

  private final KcsJson json;
  private final CsvTable table;

  private OutcomeCsv(Language language, List<String> leading) {
    this.json = KcsJson.standard().withLanguage(language);
    List<String> header = new ArrayList<>(leading);
    header.addAll(OUTCOME_COLUMNS);
    this.table = CsvTable.withHeader(header);
  }

  /** A table whose rows start with the {@code leading} columns. */
  static OutcomeCsv withLeading(Language language, String... leading) {
    return new OutcomeCsv(language, List.of(leading));
  }

  /** Adds {@code outcome} after the {@code leading} cells. */
  OutcomeCsv add(Outcome outcome, Object... leading) {
    JsonNode row = json.toJsonTree(outcome);
    JsonNode finding = row.get("finding");
    List<Object> cells = new ArrayList<>(List.of(leading));
    cells.add(text(row.get("rule")));
    cells.add(text(row.get("source")));
    cells.add(text(row.get("severity")));
    cells.add(text(row.get("status")));
    cells.add(row.has("appliesTo") ? text(row.get("appliesTo").get("code")) : "");
    cells.add(finding == null ? "" : text(finding.get("subjects")));
    cells.add(finding == null ? "" : text(finding.get("observed")));
    cells.add(finding == null ? "" : text(finding.get("expected")));
    cells.add(text(row.get("message")));
    cells.add(text(row.get("action")));
    table.row(cells);
    return this;
  }

  /** Adds every outcome of every report, each after the {@code leading} cells of its report. */
  <R> OutcomeCsv addAll(
      List<R> reports,
      java.util.function.Function<R, List<Outcome>> outcomes,
      java.util.function.Function<R, Object[]> leading) {
    for (R report : reports) {
      Object[] cells = leading.apply(report);
      for (Outcome outcome : outcomes.apply(report)) {
        add(outcome, cells);
      }
    }
    return this;
  }

  /** The table. */
  CsvTable table() {
    return table;
  }

  /** A value's text; a list's items joined by "; "; nothing for an absent value. */
  static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(text(item)));
      return String.join("; ", items);
    }
    return node.asText();
  }
}
