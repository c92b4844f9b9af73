package pl.kcs.core.club;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One weekly opening interval of a self-help club's information point (KS-HOURS): a day of the
 * week and a start and end time within that day, e.g. {@code MONDAY 08:00-10:00}.
 *
 * <p>Times are whole minutes and the end is after the start, so an interval never crosses
 * midnight; an evening slot that runs past midnight is two intervals (library rule, not in the
 * source). The text form, {@link #toString()}, is read back by {@link #parse(String)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpeningInterval implements WithOpeningInterval, Comparable<OpeningInterval> {

  OpeningInterval() {}

  private static final Pattern TEXT =
      Pattern.compile("([A-Za-z]+)\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

  /** The day of the week. */
  public abstract DayOfWeek day();

  /** When the information point opens. */
  public abstract LocalTime start();

  /** When it closes; after {@link #start()}. */
  public abstract LocalTime end();

  /** The interval on {@code day} from {@code start} to {@code end}. */
  public static OpeningInterval of(DayOfWeek day, LocalTime start, LocalTime end) {
    return builder().day(day).start(start).end(end).build();
  }

  /**
   * The interval written as {@code <DAY> HH:MM-HH:MM}, e.g. {@code MONDAY 08:00-10:00} or {@code
   * thursday 16:00–18:00} (English day name in any case; hyphen or en dash).
   *
   * @throws IllegalArgumentException if the text is not in that form
   * @throws IllegalStateException if the end is not after the start
   */
  public static OpeningInterval parse(String text) {
    requireNonNull(text, "text");
    Matcher match = TEXT.matcher(text.strip());
    if (!match.matches()) {
      throw malformed(text);
    }
    DayOfWeek day;
    LocalTime start;
    LocalTime end;
    try {
      day = DayOfWeek.valueOf(match.group(1).toUpperCase(Locale.ROOT));
      start = LocalTime.parse(twoDigitHour(match.group(2)));
      end = LocalTime.parse(twoDigitHour(match.group(3)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw malformed(text);
    }
    return of(day, start, end);
  }

  /** How long the interval is, in minutes. */
  public final int minutes() {
    return minutesBetween(start(), end());
  }

  /** The minutes of this interval before {@code midday}. */
  public final int minutesBefore(LocalTime midday) {
    requireNonNull(midday, "midday");
    return start().isBefore(midday) ? minutesBetween(start(), min(end(), midday)) : 0;
  }

  /** The minutes of this interval from {@code midday} on. */
  public final int minutesFrom(LocalTime midday) {
    requireNonNull(midday, "midday");
    return end().isAfter(midday) ? minutesBetween(max(start(), midday), end()) : 0;
  }

  /** Whether this interval and {@code other} share a minute (touching ends do not overlap). */
  public final boolean overlaps(OpeningInterval other) {
    requireNonNull(other, "other");
    return day() == other.day() && start().isBefore(other.end()) && other.start().isBefore(end());
  }

  /** By day of the week (Monday first), then start, then end. */
  @Override
  public final int compareTo(OpeningInterval other) {
    int byDay = day().compareTo(other.day());
    if (byDay != 0) {
      return byDay;
    }
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : end().compareTo(other.end());
  }

  /** A builder of an opening interval. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkWholeMinutes("start", start());
    checkWholeMinutes("end", end());
    if (!end().isAfter(start())) {
      throw new IllegalStateException("openingInterval end must be after start, was " + this);
    }
  }

  /** {@code MONDAY 08:00-10:00}: the form {@link #parse(String)} reads. */
  @Override
  public String toString() {
    return day() + " " + start() + "-" + end();
  }

  private static void checkWholeMinutes(String field, LocalTime time) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalStateException(
          "openingInterval " + field + " must be a whole minute, was " + time);
    }
  }

  private static int minutesBetween(LocalTime from, LocalTime to) {
    return (to.toSecondOfDay() - from.toSecondOfDay()) / 60;
  }

  private static LocalTime min(LocalTime a, LocalTime b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalTime max(LocalTime a, LocalTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static String twoDigitHour(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException(
        "openingInterval must look like MONDAY 08:00-10:00"
            + pl.kcs.core.Checks.rejected(text.strip()));
  }

  /** Builds an {@link OpeningInterval}; day, start and end are required. */
  public static final class Builder extends ImmutableOpeningInterval.Builder {
    Builder() {}
  }
}
