package pl.kcs.cli;

import java.util.Optional;
import pl.kcs.evaluation.report.Cell;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.GroupRow;
import pl.kcs.evaluation.report.MeanScores;
import pl.kcs.evaluation.report.MeasureTable;
import pl.kcs.evaluation.report.ScaleSection;
import pl.kcs.evaluation.report.ShareEstimate;

/**
 * An evaluation report as CSV: one row per cell of every measure (KCS-EFF-LONELINESS,
 * KCS-EFF-CONFIDENCE, KCS-EFF-TIES, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT), for each group and for
 * all groups. A suppressed cell has its state and no numbers, as in the report.
 */
final class EvaluationReportCsv {

  private static final String[] HEADER = {
    "measure",
    "instrument",
    "scope",
    "group",
    "state",
    "successes",
    "trials",
    "share",
    "lower",
    "upper",
    "respondents",
    "mean_before",
    "mean_after",
    "mean_change"
  };

  private EvaluationReportCsv() {}

  static CsvTable write(EvaluationReport report) {
    CsvTable csv = CsvTable.withHeader(HEADER);
    for (ScaleSection scale : report.scales()) {
      String instrument = scale.instrument().name();
      means(csv, "scores", instrument, scale.scores());
      shares(csv, "improved", instrument, scale.improved());
      shares(csv, "lonely_before", instrument, scale.lonelyBefore());
      shares(csv, "lonely_after", instrument, scale.lonelyAfter());
    }
    shares(csv, "less_lonely", "", report.lessLonely());
    shares(csv, "confident", "", report.confident());
    shares(csv, "ties", "", report.ties());
    groupShare(csv, "self_running", report.selfRunning());
    groupShare(csv, "independent", report.independent());
    return csv;
  }

  private static void shares(
      CsvTable csv, String measure, String instrument, MeasureTable<ShareEstimate> table) {
    for (GroupRow<ShareEstimate> row : table.groups()) {
      share(csv, measure, instrument, "GROUP", row.group().value(), row.cell());
    }
    share(csv, measure, instrument, "ALL_GROUPS", "", table.allGroups());
  }

  private static void groupShare(CsvTable csv, String measure, Optional<ShareEstimate> share) {
    share.ifPresent(s -> share(csv, measure, "", "ALL_GROUPS", "", new Cell.Shown<>(s)));
  }

  private static void share(
      CsvTable csv,
      String measure,
      String instrument,
      String scope,
      String group,
      Cell<ShareEstimate> cell) {
    if (cell instanceof Cell.Shown<ShareEstimate> shown) {
      ShareEstimate s = shown.shown();
      csv.row(
          measure,
          instrument,
          scope,
          group,
          "SHOWN",
          s.proportion().successes(),
          s.proportion().trials(),
          s.proportion().share(),
          s.interval().lower(),
          s.interval().upper(),
          "",
          "",
          "",
          "");
    } else {
      csv.row(measure, instrument, scope, group, state(cell), "", "", "", "", "", "", "", "", "");
    }
  }

  private static void means(
      CsvTable csv, String measure, String instrument, MeasureTable<MeanScores> table) {
    for (GroupRow<MeanScores> row : table.groups()) {
      mean(csv, measure, instrument, "GROUP", row.group().value(), row.cell());
    }
    mean(csv, measure, instrument, "ALL_GROUPS", "", table.allGroups());
  }

  private static void mean(
      CsvTable csv,
      String measure,
      String instrument,
      String scope,
      String group,
      Cell<MeanScores> cell) {
    if (cell instanceof Cell.Shown<MeanScores> shown) {
      MeanScores m = shown.shown();
      csv.row(
          measure,
          instrument,
          scope,
          group,
          "SHOWN",
          "",
          "",
          "",
          "",
          "",
          m.respondents(),
          m.meanBefore().toPlainString(),
          m.meanAfter().toPlainString(),
          m.meanChange().toPlainString());
    } else {
      csv.row(measure, instrument, scope, group, state(cell), "", "", "", "", "", "", "", "", "");
    }
  }

  private static String state(Cell<?> cell) {
    return cell instanceof Cell.Suppressed ? "SUPPRESSED" : "NO_ANSWERS";
  }
}
