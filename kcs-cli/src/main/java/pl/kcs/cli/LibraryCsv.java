package pl.kcs.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import pl.kcs.core.FactId;
import pl.kcs.costs.CostRange;
import pl.kcs.costs.CostTable;
import pl.kcs.costs.CostTableRow;
import pl.kcs.simulation.Distribution;
import pl.kcs.simulation.MonthSummary;
import pl.kcs.simulation.SensitivityTable;
import pl.kcs.simulation.SimulationResult;
import pl.kcs.simulation.SweepTable;

/**
 * The library's tables in the command's one CSV dialect ({@link CsvTable}): the budget table
 * (KCS-COST-*), a simulation's months, a sweep's grid points and a sensitivity ranking. The
 * library's own {@code toCsv()} methods stay as they are, for programs that already read them; the
 * command writes these, whose headers are the same in every language and whose rows all have the
 * header's width.
 */
final class LibraryCsv {

  private LibraryCsv() {}

  /**
   * A budget table in long form: one row per line of the table and column of amounts, its low and
   * high ends; the title, the labels and the notes in the chosen language, in columns of their own.
   */
  static CsvTable budget(CostTable table) {
    CsvTable csv =
        CsvTable.withHeader(
            "title", "row_kind", "source", "label", "detail", "column", "currency", "low", "high");
    String currency = table.currency().getCode();
    for (CostTableRow row : table.rows()) {
      for (int c = 0; c < table.columns().size(); c++) {
        Optional<CostRange> cell = row.cells().get(c);
        csv.row(
            table.title(),
            row.kind().name(),
            row.source().map(FactId::id).orElse(""),
            row.label(),
            row.detail(),
            table.columns().get(c),
            currency,
            cell.map(range -> range.low().getAmount()),
            cell.map(range -> range.high().getAmount()));
      }
    }
    for (String note : table.notes()) {
      csv.row(table.title(), "NOTE", "", note, "", "", currency, "", "");
    }
    return csv;
  }

  /** A simulation's distributions, month by month, each row led by what reproduces it. */
  static CsvTable simulation(SimulationResult result) {
    CsvTable csv =
        CsvTable.withHeader(
            "kcs_version",
            "seed",
            "generator",
            "replications",
            "uncertain",
            "month",
            "quantity",
            "mean",
            "p5",
            "median",
            "p95",
            "min",
            "max");
    List<Object> lead =
        List.of(
            result.libraryVersion(),
            result.seed(),
            result.generator(),
            result.replications(),
            result.uncertainty().isEmpty() ? "" : result.uncertainty().toString());
    for (MonthSummary month : result.months()) {
      distribution(csv, lead, month.month(), "active_groups", month.activeGroups());
      distribution(csv, lead, month.month(), "self_running_groups", month.selfRunningGroups());
      distribution(csv, lead, month.month(), "independent_groups", month.independentGroups());
      distribution(csv, lead, month.month(), "animators_in_post", month.animatorsInPost());
      distribution(csv, lead, month.month(), "cumulative_cost_low", month.cumulativeCostLow());
      distribution(csv, lead, month.month(), "cumulative_cost_high", month.cumulativeCostHigh());
    }
    int end = result.months().size();
    result.lessLonelyShare().ifPresent(d -> distribution(csv, lead, end, "share_less_lonely", d));
    result.confidentShare().ifPresent(d -> distribution(csv, lead, end, "share_confident", d));
    return csv;
  }

  private static void distribution(
      CsvTable csv, List<Object> lead, int month, String quantity, Distribution d) {
    List<Object> row = new ArrayList<>(lead);
    row.addAll(List.of(month, quantity, d.mean(), d.p5(), d.median(), d.p95(), d.min(), d.max()));
    csv.row(row);
  }

  /**
   * A sweep: the varied parameters (their names in snake_case), then at the last month the mean
   * groups active, running themselves and independent, the cost and the pooled shares.
   */
  static CsvTable sweep(SweepTable table) {
    List<String> header = new ArrayList<>();
    for (String name : table.parameterNames()) {
      header.add(snakeCase(name));
    }
    header.addAll(
        List.of(
            "mean_active_groups",
            "mean_self_running_groups",
            "mean_independent_groups",
            "mean_cost_high",
            "p95_cost_high",
            "share_less_lonely",
            "share_confident"));
    CsvTable csv = CsvTable.withHeader(header);
    for (SweepTable.Row row : table.rows()) {
      List<Object> cells = new ArrayList<>(row.parameterValues());
      MonthSummary last = row.result().lastMonth();
      cells.add(last.activeGroups().mean());
      cells.add(last.selfRunningGroups().mean());
      cells.add(last.independentGroups().mean());
      cells.add(last.cumulativeCostHigh().mean());
      cells.add(last.cumulativeCostHigh().p95());
      cells.add(row.result().pooledLessLonelyShare());
      cells.add(row.result().pooledConfidentShare());
      csv.row(cells);
    }
    return csv;
  }

  /**
   * A sensitivity ranking: output, rank, factor and every index column of both methods (Morris's
   * μ*, μ, σ; Sobol's first-order and total), six decimals, the other method's empty.
   */
  static CsvTable sensitivity(SensitivityTable table) {
    CsvTable csv =
        CsvTable.withHeader(
            "method", "output", "rank", "factor", "mu_star", "mu", "sigma", "first_order", "total");
    String method = table.design().method().name();
    for (SensitivityTable.Ranking ranking : table.rankings()) {
      int rank = 1;
      for (SensitivityTable.Entry entry : ranking.entries()) {
        csv.row(
            method,
            ranking.output(),
            rank++,
            entry.factor(),
            fixed(entry.muStar()),
            fixed(entry.mu()),
            fixed(entry.sigma()),
            fixed(entry.firstOrder()),
            fixed(entry.total()));
      }
    }
    return csv;
  }

  private static String fixed(OptionalDouble value) {
    return value.isPresent()
        ? BigDecimal.valueOf(value.getAsDouble())
            .setScale(6, RoundingMode.HALF_EVEN)
            .toPlainString()
        : "";
  }

  /** {@code animatorPost} → {@code animator_post}; anything else than letters and digits → {@code _}. */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (snake.length() > 0 && snake.charAt(snake.length() - 1) != '_') {
          snake.append('_');
        }
        snake.append((char) (c - 'A' + 'a'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9' && snake.length() > 0)) {
        snake.append(c);
      } else if (snake.length() > 0 && snake.charAt(snake.length() - 1) != '_') {
        snake.append('_');
      }
    }
    while (snake.length() > 0 && snake.charAt(snake.length() - 1) == '_') {
      snake.setLength(snake.length() - 1);
    }
    return snake.length() == 0 ? "parameter" : snake.toString();
  }
}
