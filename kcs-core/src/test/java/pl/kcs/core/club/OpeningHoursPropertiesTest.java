package pl.kcs.core.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Properties of opening intervals and weekly schedules (KS-HOURS) over generated input. */
class OpeningHoursPropertiesTest {

  /** Quarter-hour slots of a day: 0 is 00:00, 95 is 23:45. */
  private static final int SLOTS = 96;

  private static LocalTime slot(int slot) {
    return LocalTime.of(slot / 4, slot % 4 * 15);
  }

  private static final Gen<OpeningInterval> INTERVALS =
      random -> {
        int start = random.nextInt(SLOTS - 1);
        int end = start + 1 + random.nextInt(SLOTS - 1 - start);
        return OpeningInterval.of(
            Gens.enumValues(DayOfWeek.class).next(random), slot(start), slot(end));
      };

  /** Disjoint intervals: each day's quarter-hours cut into runs, some of which are open. */
  private static final Gen<List<OpeningInterval>> DISJOINT =
      random -> {
        List<OpeningInterval> intervals = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
          int at = random.nextInt(SLOTS);
          while (at < SLOTS - 1 && random.nextInt(3) > 0) {
            int end = at + 1 + random.nextInt(Math.min(12, SLOTS - 1 - at));
            if (random.nextBoolean()) {
              intervals.add(OpeningInterval.of(day, slot(at), slot(end)));
            }
            at = end + random.nextInt(4);
          }
        }
        return intervals;
      };

  @Test
  void an_interval_reads_back_from_its_text_KS_HOURS() {
    Property.check()
        .forAll(
            INTERVALS,
            interval -> assertThat(OpeningInterval.parse(interval.toString())).isEqualTo(interval));
  }

  @Test
  void morning_and_afternoon_minutes_add_up_to_the_whole_wherever_midday_is_KS_HOURS() {
    Property.check()
        .forAllWithRandom(
            Gens.listsOf(INTERVALS, 1, 1),
            (intervals, random) -> {
              OpeningInterval interval = intervals.get(0);
              LocalTime midday = slot(random.nextInt(SLOTS));
              assertThat(interval.minutesBefore(midday) + interval.minutesFrom(midday))
                  .isEqualTo(interval.minutes());
            });
  }

  @Test
  void overlapping_intervals_are_always_rejected_with_a_message_naming_both_KS_HOURS() {
    Property.check()
        .forAllWithRandom(
            INTERVALS,
            (interval, random) -> {
              // Another interval on the same day sharing at least one minute with the first.
              int startSlot = interval.start().toSecondOfDay() / 900;
              int endSlot = interval.end().toSecondOfDay() / 900;
              int inside = startSlot + random.nextInt(endSlot - startSlot);
              int otherStart = random.nextInt(inside + 1);
              int otherEnd = inside + 1 + random.nextInt(SLOTS - 1 - inside);
              OpeningInterval other =
                  OpeningInterval.of(interval.day(), slot(otherStart), slot(otherEnd));
              List<OpeningInterval> both = new ArrayList<>(List.of(interval, other));
              both.sort(null);

              assertThatThrownBy(() -> WeeklySchedule.of(interval, other))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessage(
                      "intervals must not overlap, was " + both.get(0) + " and " + both.get(1));
            });
  }

  @Test
  void a_schedule_does_not_depend_on_the_order_its_intervals_were_given_in_KS_HOURS() {
    Property.check()
        .forAllWithRandom(
            DISJOINT,
            (intervals, random) -> {
              WeeklySchedule schedule = WeeklySchedule.of(intervals);
              WeeklySchedule shuffled = WeeklySchedule.of(Gens.shuffled(intervals, random));

              assertThat(shuffled).isEqualTo(schedule).hasSameHashCodeAs(schedule);
              assertThat(schedule.intervals()).isSorted();
              assertThat(
                      schedule.minutesBefore(WeeklySchedule.MIDDAY)
                          + schedule.minutesFrom(WeeklySchedule.MIDDAY))
                  .isEqualTo(schedule.totalMinutes());
            });
  }
}
