package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import pl.kcs.core.group.GroupId;

/**
 * One group's cell in a {@link MeasureTable}.
 *
 * @param group the group's id
 * @param name the group's name
 * @param cell the group's value, shown or suppressed
 * @param <T> the value type
 */
public record GroupRow<T>(GroupId group, String name, Cell<T> cell) {
  /** A row; no component may be null. */
  public GroupRow {
    requireNonNull(group, "group");
    requireNonNull(name, "name");
    requireNonNull(cell, "cell");
  }
}
