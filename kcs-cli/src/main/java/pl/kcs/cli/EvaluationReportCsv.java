package pl.kcs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
    cells(csv, measure, instrument, table, EvaluationReportCsv::share);
  }

  private static void groupShare(CsvTable csv, String measure, Optional<ShareEstimate> share) {
    share.ifPresent(s -> row(csv, measure, "", "ALL_GROUPS", "", new Cell.Shown<>(s), share(s)));
  }

  private static void means(
      CsvTable csv, String measure, String instrument, MeasureTable<MeanScores> table) {
    cells(csv, measure, instrument, table, EvaluationReportCsv::mean);
  }

  /** A row per group's cell of {@code table}, then the all-groups row; {@code figures} of a shown one. */
  private static <T> void cells(
      CsvTable csv,
      String measure,
      String instrument,
      MeasureTable<T> table,
      Function<T, Object[]> figures) {
    for (GroupRow<T> row : table.groups()) {
      row(csv, measure, instrument, "GROUP", row.group().value(), row.cell(), figures);
    }
    row(csv, measure, instrument, "ALL_GROUPS", "", table.allGroups(), figures);
  }

  private static <T> void row(
      CsvTable csv,
      String measure,
      String instrument,
      String scope,
      String group,
      Cell<T> cell,
      Function<T, Object[]> figures) {
    row(
        csv,
        measure,
        instrument,
        scope,
        group,
        cell,
        cell instanceof Cell.Shown<T> shown ? figures.apply(shown.shown()) : EMPTY);
  }

  private static void row(
      CsvTable csv,
      String measure,
      String instrument,
      String scope,
      String group,
      Cell<?> cell,
      Object[] figures) {
    List<Object> cells = new ArrayList<>(List.of(measure, instrument, scope, group, state(cell)));
    cells.addAll(List.of(figures));
    csv.row(cells);
  }

  /** The nine figure columns of a cell that is not shown: empty. */
  private static final Object[] EMPTY = {"", "", "", "", "", "", "", "", ""};

  private static Object[] share(ShareEstimate s) {
    return new Object[] {
      s.proportion().successes(),
      s.proportion().trials(),
      s.proportion().share(),
      s.interval().lower(),
      s.interval().upper(),
      "",
      "",
      "",
      ""
    };
  }

  private static Object[] mean(MeanScores m) {
    return new Object[] {
      "",
      "",
      "",
      "",
      "",
      m.respondents(),
      m.meanBefore().toPlainString(),
      m.meanAfter().toPlainString(),
      m.meanChange().toPlainString()
    };
  }

  private static String state(Cell<?> cell) {
    if (cell instanceof Cell.Shown) {
      return "SHOWN";
    }
    return cell instanceof Cell.Suppressed ? "SUPPRESSED" : "NO_ANSWERS";
  }
}
