package pl.kcs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import pl.kcs.core.Language;
import pl.kcs.json.KcsJson;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.stage.StageReport;

/**
 * A stage report as CSV: one row per rule with its codes, what it looked at and its texts in the
 * chosen language; the same values as the JSON form's outcomes.
 */
final class StageReportCsv {

  private StageReportCsv() {}

  static String write(StageReport report, Language language) {
    KcsJson json = KcsJson.standard().withLanguage(language);
    Csv csv =
        new Csv()
            .row("rule", "source", "severity", "status", "applies_to", "subjects", "observed", "expected", "message", "action");
    for (Outcome outcome : report.evaluation().outcomes()) {
      JsonNode row = json.toJsonTree(outcome);
      JsonNode finding = row.get("finding");
      csv.row(
          text(row.get("rule")),
          text(row.get("source")),
          text(row.get("severity")),
          text(row.get("status")),
          row.has("appliesTo") ? text(row.get("appliesTo").get("code")) : "",
          text(finding.get("subjects")),
          text(finding.get("observed")),
          text(finding.get("expected")),
          text(row.get("message")),
          text(row.get("action")));
    }
    return csv.toString();
  }

  /** A value's text; a list's items joined by "; "; nothing for an absent value. */
  private static String text(JsonNode node) {
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
