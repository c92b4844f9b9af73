package pl.kcs.evaluation.report;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.GroupOutcome;

/** Turns per-group counts into a {@link MeasureTable} whose cells obey a {@link SuppressionPolicy}. */
final class Suppressor {

  /** What a table's cells show: a share "k of n" or an aggregate (a mean) over n. */
  enum Kind {
    SHARE,
    MEAN
  }

  /** The additive counts behind one cell. */
  record Counts(int respondents, int successes, long sumBefore, long sumAfter) {
    static final Counts ZERO = new Counts(0, 0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(
          respondents + other.respondents,
          successes + other.successes,
          sumBefore + other.sumBefore,
          sumAfter + other.sumAfter);
    }

    Counts minus(Counts other) {
      return new Counts(
          respondents - other.respondents,
          successes - other.successes,
          sumBefore - other.sumBefore,
          sumAfter - other.sumAfter);
    }
  }

  private final SuppressionPolicy policy;

  Suppressor(SuppressionPolicy policy) {
    this.policy = policy;
  }

  /**
   * The table of {@code counts} (groups without counts count zero), each shown cell made by {@code
   * value}.
   */
  <T> MeasureTable<T> table(
      List<GroupOutcome> groups, Map<GroupId, Counts> counts, Kind kind, Function<Counts, T> value) {
    Counts total = Counts.ZERO;
    Map<GroupId, Counts> rows = new LinkedHashMap<>();
    for (GroupOutcome group : groups) {
      Counts row = counts.getOrDefault(group.group(), Counts.ZERO);
      rows.put(group.group(), row);
      total = total.plus(row);
    }
    ImmutableList.Builder<GroupRow<T>> table = ImmutableList.builder();
    if (total.respondents() == 0) {
      for (GroupOutcome group : groups) {
        table.add(new GroupRow<>(group.group(), group.name(), new Cell.NoAnswers<>()));
      }
      return new MeasureTable<>(table.build(), new Cell.NoAnswers<>());
    }
    Map<GroupId, Boolean> shown = shownRows(rows, total, kind);
    for (GroupOutcome group : groups) {
      Counts row = rows.get(group.group());
      Cell<T> cell =
          shown.get(group.group()) ? new Cell.Shown<>(value.apply(row)) : new Cell.Suppressed<>();
      table.add(new GroupRow<>(group.group(), group.name(), cell));
    }
    Cell<T> all = allows(total, kind) ? new Cell.Shown<>(value.apply(total)) : new Cell.Suppressed<>();
    return new MeasureTable<>(table.build(), all);
  }

  /**
   * Which rows may be shown: those the policy allows, less any that would let a suppressed row be
   * worked out as the total minus the shown rows. Suppressing the smallest shown row first keeps
   * the most information; the loop ends at the latest when no row is shown and the remainder is
   * the total itself. A total the policy refuses means every row is refused too, since each count
   * a row must reach is at most the total's.
   */
  private Map<GroupId, Boolean> shownRows(Map<GroupId, Counts> rows, Counts total, Kind kind) {
    boolean totalShown = allows(total, kind);
    Map<GroupId, Boolean> shown = new LinkedHashMap<>();
    for (Map.Entry<GroupId, Counts> row : rows.entrySet()) {
      shown.put(row.getKey(), totalShown && allows(row.getValue(), kind));
    }
    while (totalShown) {
      Counts remainder = total;
      GroupId smallest = null;
      for (Map.Entry<GroupId, Counts> row : rows.entrySet()) {
        if (shown.get(row.getKey())) {
          remainder = remainder.minus(row.getValue());
          if (smallest == null
              || row.getValue().respondents() < rows.get(smallest).respondents()) {
            smallest = row.getKey();
          }
        }
      }
      if (remainder.respondents() == 0 || allows(remainder, kind)) {
        break;
      }
      shown.put(smallest, false);
    }
    return shown;
  }

  private boolean allows(Counts counts, Kind kind) {
    return kind == Kind.SHARE
        ? policy.allowsShare(counts.successes(), counts.respondents())
        : policy.allowsCount(counts.respondents());
  }
}
