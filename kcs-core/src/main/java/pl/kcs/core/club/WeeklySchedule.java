package pl.kcs.core.club;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.immutables.value.Value;
import pl.kcs.core.defaults.LibraryDefaults;

/**
 * The weekly opening hours of a self-help club's information point (KS-HOURS: open at least 6
 * hours a week, partly in the morning and partly in the afternoon, e.g. 8–10 or 16–18): a set of
 * {@link OpeningInterval}s, no two of which overlap.
 *
 * <p>Which part of the day a minute belongs to is decided at {@link #MIDDAY}; an interval across
 * it counts partly to each part. Whether the hours are enough is for the rules of kcs-rules to
 * say.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeeklySchedule implements WithWeeklySchedule {

  WeeklySchedule() {}

  /**
   * Where the morning ends and the afternoon begins: 12:00. Library default, not in the source,
   * which names the parts of the day and gives 8–10 and 16–18 as examples.
   */
  public static final LocalTime MIDDAY = LibraryDefaults.MIDDAY.value();

  private static final WeeklySchedule EMPTY = builder().build();

  /**
   * The opening intervals by day of the week (Monday first) and time, whatever the order they were
   * given in; no two overlap.
   */
  public abstract ImmutableList<OpeningInterval> intervals();

  /** No opening hours at all. */
  public static WeeklySchedule empty() {
    return EMPTY;
  }

  /** A schedule of {@code intervals}. */
  public static WeeklySchedule of(OpeningInterval... intervals) {
    return builder().addIntervals(intervals).build();
  }

  /** A schedule of {@code intervals}. */
  public static WeeklySchedule of(List<OpeningInterval> intervals) {
    return builder().addAllIntervals(intervals).build();
  }

  /**
   * A schedule written as intervals separated by commas or semicolons, each as {@link
   * OpeningInterval#parse(String)} reads it, e.g. {@code MONDAY 08:00-10:00, THURSDAY
   * 16:00-18:00}; blank text is an empty schedule.
   *
   * @throws IllegalArgumentException if an interval is malformed
   * @throws IllegalStateException if two intervals overlap or one ends before it starts
   */
  public static WeeklySchedule parse(String text) {
    requireNonNull(text, "text");
    Builder schedule = builder();
    for (String part : Splitter.onPattern("[,;]").split(text)) {
      if (!part.isBlank()) {
        schedule.addIntervals(OpeningInterval.parse(part));
      }
    }
    return schedule.build();
  }

  /** The minutes open a week. */
  public final int totalMinutes() {
    int total = 0;
    for (OpeningInterval interval : intervals()) {
      total += interval.minutes();
    }
    return total;
  }

  /** The time open a week. */
  public final Duration total() {
    return Duration.ofMinutes(totalMinutes());
  }

  /** The minutes open a week before {@code midday}. */
  public final int minutesBefore(LocalTime midday) {
    requireNonNull(midday, "midday");
    int minutes = 0;
    for (OpeningInterval interval : intervals()) {
      minutes += interval.minutesBefore(midday);
    }
    return minutes;
  }

  /** The minutes open a week from {@code midday} on. */
  public final int minutesFrom(LocalTime midday) {
    requireNonNull(midday, "midday");
    int minutes = 0;
    for (OpeningInterval interval : intervals()) {
      minutes += interval.minutesFrom(midday);
    }
    return minutes;
  }

  /** The time open a week in {@code part} of the day, split at {@link #MIDDAY}. */
  public final Duration timeIn(DayPart part) {
    requireNonNull(part, "part");
    return Duration.ofMinutes(
        part == DayPart.MORNING ? minutesBefore(MIDDAY) : minutesFrom(MIDDAY));
  }

  /** This schedule with {@code interval} added. */
  public final WeeklySchedule plus(OpeningInterval interval) {
    requireNonNull(interval, "interval");
    return builder().addAllIntervals(intervals()).addIntervals(interval).build();
  }

  /** A builder of a schedule. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  WeeklySchedule normalize() {
    // Sorted, two intervals overlap only if neighbours do; and a sorted list makes equal
    // schedules equal whatever the order of input.
    List<OpeningInterval> sorted = ImmutableList.sortedCopyOf(Ordering.natural(), intervals());
    for (int i = 1; i < sorted.size(); i++) {
      OpeningInterval previous = sorted.get(i - 1);
      OpeningInterval next = sorted.get(i);
      if (previous.overlaps(next)) {
        throw new IllegalStateException(
            "intervals must not overlap, was " + previous + " and " + next);
      }
    }
    return sorted.equals(intervals()) ? this : builder().addAllIntervals(sorted).build();
  }

  /** Builds a {@link WeeklySchedule}; with no intervals it is empty. */
  public static final class Builder extends ImmutableWeeklySchedule.Builder {
    Builder() {}
  }
}
