package pl.kcs.rules.club;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.kcs.core.Labelled;
import pl.kcs.core.club.DayPart;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Explainer;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Status;

/**
 * KS-HOURS as a condition and its explanation: the information point is open at least a weekly
 * minimum, partly before and partly after midday. A schedule not recorded is UNKNOWN. The finding
 * names what is missing (how many hours, which part of the day), the hours observed split by part
 * of the day, and the minimum.
 */
final class OpeningHoursRule implements Condition<ClubFacts>, Explainer<ClubFacts> {

  private final int minimumMinutes;
  private final LocalTime midday;

  OpeningHoursRule(Duration weeklyMinimum, LocalTime midday) {
    this.minimumMinutes = Math.toIntExact(weeklyMinimum.toMinutes());
    this.midday = midday;
  }

  @Override
  public Status evaluate(ClubFacts facts) {
    Optional<WeeklySchedule> hours = facts.openingHours();
    if (hours.isEmpty()) {
      return Status.UNKNOWN;
    }
    WeeklySchedule schedule = hours.get();
    return schedule.totalMinutes() >= minimumMinutes
            && schedule.minutesBefore(midday) > 0
            && schedule.minutesFrom(midday) > 0
        ? Status.PASSED
        : Status.FAILED;
  }

  /** {@code 4 h 30 min} / {@code 4 godz. 30 min}. */
  static Labelled duration(Duration duration) {
    long minutes = duration.toMinutes();
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (rest == 0) {
      return ClubRules.WORDS.message("duration.hours", hours);
    }
    return hours == 0
        ? ClubRules.WORDS.message("duration.minutes", rest)
        : ClubRules.WORDS.message("duration.hours-minutes", hours, rest);
  }

  @Override
  public Finding explain(ClubFacts facts) {
    Labelled minimum = duration(Duration.ofMinutes(minimumMinutes));
    if (facts.openingHours().isEmpty()) {
      return Finding.of("", minimum);
    }
    WeeklySchedule schedule = facts.openingHours().get();
    int total = schedule.totalMinutes();
    int morning = schedule.minutesBefore(midday);
    int afternoon = schedule.minutesFrom(midday);
    List<Labelled> missing = new ArrayList<>();
    if (total < minimumMinutes) {
      missing.add(
          ClubRules.WORDS.message(
              "hours.short-by", duration(Duration.ofMinutes(minimumMinutes - total))));
    }
    if (morning == 0) {
      missing.add(ClubRules.WORDS.message("hours.none-in", DayPart.MORNING));
    }
    if (afternoon == 0) {
      missing.add(ClubRules.WORDS.message("hours.none-in", DayPart.AFTERNOON));
    }
    Labelled observed =
        ClubRules.WORDS.message(
            "hours.summary",
            duration(Duration.ofMinutes(total)),
            duration(Duration.ofMinutes(morning)),
            duration(Duration.ofMinutes(afternoon)));
    return Finding.of(ImmutableList.copyOf(missing), observed, minimum);
  }

  @Override
  public String toString() {
    return "OpeningHoursRule{at least " + minimumMinutes + " min a week, split at " + midday + "}";
  }
}
