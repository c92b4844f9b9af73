package pl.kcs.simulation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * The rows of a {@link Sweep}: for each grid point, the varied parameters' values and the result.
 * {@link #toCsv()} gives one row per point with the end-of-run figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class SweepTable {

  private final ImmutableList<String> parameterNames;
  private final ImmutableList<Row> rows;

  SweepTable(ImmutableList<String> parameterNames, ImmutableList<Row> rows) {
    this.parameterNames = parameterNames;
    this.rows = rows;
  }

  /** The names of the varied parameters, in axis order. */
  public ImmutableList<String> parameterNames() {
    return parameterNames;
  }

  /** One row per grid point. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * CSV (RFC 4180, decimal point): the varied parameters, then at the last month the mean groups
   * active, running themselves and independent, the mean and 95th-percentile cumulative cost (high
   * end), the pooled shares less lonely and confident.
   */
  public String toCsv() {
    StringBuilder csv = new StringBuilder();
    for (String name : parameterNames) {
      csv.append(ResultCsv.quote(name)).append(',');
    }
    csv.append(
            "mean_active_groups,mean_self_running_groups,mean_independent_groups,mean_cost_high,p95_cost_high,"
                + "share_less_lonely,share_confident")
        .append("\r\n");
    for (Row row : rows) {
      for (String value : row.parameterValues) {
        csv.append(ResultCsv.quote(value)).append(',');
      }
      MonthSummary last = row.result.lastMonth();
      csv.append(last.activeGroups().mean().toPlainString())
          .append(',')
          .append(last.selfRunningGroups().mean().toPlainString())
          .append(',')
          .append(last.independentGroups().mean().toPlainString())
          .append(',')
          .append(last.cumulativeCostHigh().mean().toPlainString())
          .append(',')
          .append(last.cumulativeCostHigh().p95().toPlainString())
          .append(',')
          .append(row.result.pooledLessLonelyShare().map(BigDecimal::toPlainString).orElse(""))
          .append(',')
          .append(row.result.pooledConfidentShare().map(BigDecimal::toPlainString).orElse(""))
          .append("\r\n");
    }
    return csv.toString();
  }

  @Override
  public String toString() {
    return "SweepTable{" + parameterNames + ", " + rows.size() + " rows}";
  }

  /** One grid point: the values of the varied parameters and the simulation's result. */
  public static final class Row {
    private final ImmutableList<String> parameterValues;
    private final SimulationResult result;

    Row(ImmutableList<String> parameterValues, SimulationResult result) {
      this.parameterValues = parameterValues;
      this.result = result;
    }

    /** The varied parameters' values, as text, in axis order. */
    public ImmutableList<String> parameterValues() {
      return parameterValues;
    }

    /** The result at this point. */
    public SimulationResult result() {
      return result;
    }

    @Override
    public String toString() {
      return "Row{" + parameterValues + "}";
    }
  }
}
