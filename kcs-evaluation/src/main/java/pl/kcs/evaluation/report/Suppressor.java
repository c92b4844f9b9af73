package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.GroupOutcome;

/** Turns per-group counts into a {@link MeasureTable} whose cells obey a {@link SuppressionPolicy}. */
final class Suppressor {

  /**
   * What a table's cells show, and so which rules of the policy a cell must pass: a share "k of
   * n", or the mean scores over n on a scale of {@code min}–{@code max} whose lonely band starts
   * at {@code lonelyFrom}.
   */
  sealed interface Kind permits Share, Mean {}

  /** A share "k of n". */
  record Share() implements Kind {}

  /** Mean scores at the start and after on a scale of {@code min}–{@code max}. */
  record Mean(int min, int max, int lonelyFrom) implements Kind {}

  static final Kind SHARE = new Share();

  /**
   * The additive counts behind one cell: respondents, successes (of a share), the sums of scores
   * at the start and after (of a mean), and how many respondents lie below the top and above the
   * bottom of their band at the start and after (for the extreme-value rule of a mean).
   */
  record Counts(
      int respondents,
      int successes,
      long sumBefore,
      long sumAfter,
      int belowTopBefore,
      int aboveBottomBefore,
      int belowTopAfter,
      int aboveBottomAfter) {
    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    /** One respondent's answer to a yes/no measure. */
    static Counts answer(boolean success) {
      return new Counts(1, success ? 1 : 0, 0, 0, 0, 0, 0, 0);
    }

    Counts plus(Counts other) {
      return new Counts(
          respondents + other.respondents,
          successes + other.successes,
          sumBefore + other.sumBefore,
          sumAfter + other.sumAfter,
          belowTopBefore + other.belowTopBefore,
          aboveBottomBefore + other.aboveBottomBefore,
          belowTopAfter + other.belowTopAfter,
          aboveBottomAfter + other.aboveBottomAfter);
    }

    Counts minus(Counts other) {
      return new Counts(
          respondents - other.respondents,
          successes - other.successes,
          sumBefore - other.sumBefore,
          sumAfter - other.sumAfter,
          belowTopBefore - other.belowTopBefore,
          aboveBottomBefore - other.aboveBottomBefore,
          belowTopAfter - other.belowTopAfter,
          aboveBottomAfter - other.aboveBottomAfter);
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
      List<GroupOutcome> groups,
      Map<GroupId, Counts> counts,
      Kind kind,
      Function<Counts, T> value) {
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
          Boolean.TRUE.equals(shown.get(group.group()))
              ? new Cell.Shown<>(value.apply(row))
              : new Cell.Suppressed<>();
      table.add(new GroupRow<>(group.group(), group.name(), cell));
    }
    Cell<T> all =
        allows(total, kind) ? new Cell.Shown<>(value.apply(total)) : new Cell.Suppressed<>();
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
        if (Boolean.TRUE.equals(shown.get(row.getKey()))) {
          remainder = remainder.minus(row.getValue());
          if (smallest == null
              || row.getValue().respondents() < requireNonNull(rows.get(smallest)).respondents()) {
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
    if (kind instanceof Mean mean) {
      return policy.allowsMean(
              counts.respondents(), counts.belowTopBefore(), counts.aboveBottomBefore())
          && policy.allowsMean(
              counts.respondents(), counts.belowTopAfter(), counts.aboveBottomAfter())
          && leavesRoomInBothBands(counts.sumBefore(), counts.respondents(), mean)
          && leavesRoomInBothBands(counts.sumAfter(), counts.respondents(), mean);
    }
    return policy.allowsShare(counts.successes(), counts.respondents());
  }

  /**
   * Whether a sum of {@code respondents} scores leaves room for one of them in the lonely band and
   * one in the other: else the mean alone says that nobody, or everybody, is lonely — a share of
   * 0 % or 100 % the share tables suppress.
   */
  private static boolean leavesRoomInBothBands(long sum, int respondents, Mean mean) {
    long aboveMinimum = sum - (long) respondents * mean.min();
    long belowMaximum = (long) respondents * mean.max() - sum;
    return aboveMinimum >= mean.lonelyFrom() - mean.min()
        && belowMaximum >= mean.max() - mean.lonelyFrom() + 1;
  }
}
