package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * One measure of a report for each group and for all groups together, each cell shown or
 * suppressed by the report's {@link SuppressionPolicy}.
 *
 * @param groups one row per group, in group id order
 * @param allGroups the measure over all groups' respondents
 * @param <T> the value type: {@link ShareEstimate} or {@link MeanScores}
 */
public record MeasureTable<T>(ImmutableList<GroupRow<T>> groups, Cell<T> allGroups) {
  /** A table; no component may be null. */
  public MeasureTable {
    requireNonNull(groups, "groups");
    requireNonNull(allGroups, "allGroups");
  }

  /** How many cells of the table are suppressed. */
  public int suppressedCells() {
    int suppressed = allGroups instanceof Cell.Suppressed ? 1 : 0;
    for (GroupRow<T> row : groups) {
      if (row.cell() instanceof Cell.Suppressed) {
        suppressed++;
      }
    }
    return suppressed;
  }
}
