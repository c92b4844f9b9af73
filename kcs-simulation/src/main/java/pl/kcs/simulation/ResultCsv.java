package pl.kcs.simulation;

import java.math.BigDecimal;
import java.util.Optional;

/** Writes a {@link SimulationResult} as CSV (RFC 4180: comma-separated, CRLF line ends). */
final class ResultCsv {

  static final String HEADER = "month,quantity,mean,p5,median,p95,min,max";
  private static final String EOL = "\r\n";

  private ResultCsv() {}

  static String write(SimulationResult result) {
    StringBuilder csv = new StringBuilder();
    csv.append("# kcs,").append(result.libraryVersion()).append(EOL);
    csv.append("# seed,").append(result.seed()).append(EOL);
    csv.append("# generator,").append(quote(result.generator())).append(EOL);
    csv.append("# replications,").append(result.replications()).append(EOL);
    if (!result.uncertainty().isEmpty()) {
      csv.append("# uncertain,").append(quote(result.uncertainty().toString())).append(EOL);
    }
    csv.append(HEADER).append(EOL);
    for (MonthSummary month : result.months()) {
      row(csv, month.month(), "active_groups", month.activeGroups());
      row(csv, month.month(), "self_running_groups", month.selfRunningGroups());
      row(csv, month.month(), "independent_groups", month.independentGroups());
      row(csv, month.month(), "animators_in_post", month.animatorsInPost());
      row(csv, month.month(), "cumulative_cost_low", month.cumulativeCostLow());
      row(csv, month.month(), "cumulative_cost_high", month.cumulativeCostHigh());
    }
    int end = result.months().size();
    optionalRow(csv, end, "share_less_lonely", result.lessLonelyShare());
    optionalRow(csv, end, "share_confident", result.confidentShare());
    return csv.toString();
  }

  private static void optionalRow(
      StringBuilder csv, int month, String quantity, Optional<Distribution> value) {
    value.ifPresent(d -> row(csv, month, quantity, d));
  }

  private static void row(StringBuilder csv, int month, String quantity, Distribution d) {
    csv.append(month)
        .append(',')
        .append(quantity)
        .append(',')
        .append(plain(d.mean()))
        .append(',')
        .append(plain(d.p5()))
        .append(',')
        .append(plain(d.median()))
        .append(',')
        .append(plain(d.p95()))
        .append(',')
        .append(plain(d.min()))
        .append(',')
        .append(plain(d.max()))
        .append(EOL);
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
