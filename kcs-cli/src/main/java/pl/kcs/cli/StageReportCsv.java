package pl.kcs.cli;

import pl.kcs.core.Language;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.stage.StageReport;

/**
 * A stage report as CSV: one row per rule with its codes, what it looked at and its texts in the
 * chosen language; the same values as the JSON form's outcomes (KCS-S1A … KCS-S3).
 */
final class StageReportCsv {

  private StageReportCsv() {}

  static CsvTable write(StageReport report, Language language) {
    OutcomeCsv csv = OutcomeCsv.withLeading(language, "stage");
    String stage = report.currentStage().name();
    for (Outcome outcome : report.evaluation().outcomes()) {
      csv.add(outcome, stage);
    }
    return csv.table();
  }
}
