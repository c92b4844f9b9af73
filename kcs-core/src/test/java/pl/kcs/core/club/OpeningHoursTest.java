package pl.kcs.core.club;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreContracts;
import pl.kcs.core.fixtures.Fixtures;

/** The opening hours of a club's information point (KS-HOURS): intervals and weekly schedules. */
class OpeningHoursTest {

  private static final Locale PL = Locale.forLanguageTag("pl");

  private static OpeningInterval interval(DayOfWeek day, int from, int to) {
    return OpeningInterval.of(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
  }

  @Test
  @DisplayName("KS-HOURS: 8–10 is two hours in the morning, 16–18 two in the afternoon")
  void should_split_the_source_examples_into_morning_and_afternoon() {
    WeeklySchedule schedule =
        WeeklySchedule.of(interval(MONDAY, 8, 10), interval(THURSDAY, 16, 18));

    assertThat(schedule.totalMinutes()).isEqualTo(240);
    assertThat(schedule.total()).isEqualTo(Duration.ofHours(4));
    assertThat(schedule.timeIn(DayPart.MORNING)).isEqualTo(Duration.ofHours(2));
    assertThat(schedule.timeIn(DayPart.AFTERNOON)).isEqualTo(Duration.ofHours(2));
    assertThat(WeeklySchedule.MIDDAY).isEqualTo(LocalTime.NOON);
  }

  @Test
  @DisplayName(
      "KS-HOURS: a club open only in the morning has no afternoon hours, and the other way round")
  void should_put_morning_only_and_afternoon_only_hours_in_their_own_part_of_the_day() {
    WeeklySchedule mornings = WeeklySchedule.of(interval(MONDAY, 8, 11));
    WeeklySchedule afternoons = WeeklySchedule.of(interval(THURSDAY, 14, 18));

    assertThat(mornings.timeIn(DayPart.MORNING)).isEqualTo(Duration.ofHours(3));
    assertThat(mornings.timeIn(DayPart.AFTERNOON)).isZero();
    assertThat(afternoons.timeIn(DayPart.MORNING)).isZero();
    assertThat(afternoons.timeIn(DayPart.AFTERNOON)).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void should_count_an_interval_across_midday_partly_to_each_part_of_the_day_KS_HOURS() {
    OpeningInterval acrossNoon =
        OpeningInterval.of(FRIDAY, LocalTime.of(11, 15), LocalTime.of(13, 0));

    assertThat(acrossNoon.minutes()).isEqualTo(105);
    assertThat(acrossNoon.minutesBefore(LocalTime.NOON)).isEqualTo(45);
    assertThat(acrossNoon.minutesFrom(LocalTime.NOON)).isEqualTo(60);
    assertThat(interval(MONDAY, 8, 12).minutesFrom(LocalTime.NOON)).isZero();
    assertThat(interval(MONDAY, 12, 14).minutesBefore(LocalTime.NOON)).isZero();
    assertThat(interval(MONDAY, 16, 18).minutesBefore(LocalTime.of(17, 0))).isEqualTo(60);
  }

  @Test
  void should_reject_an_interval_that_ends_before_it_starts_or_is_empty_KS_HOURS() {
    assertThatThrownBy(() -> interval(MONDAY, 10, 8))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("openingInterval end must be after start, was MONDAY 10:00-08:00");
    assertThatThrownBy(() -> interval(MONDAY, 9, 9))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("openingInterval end must be after start, was MONDAY 09:00-09:00");
    assertThatThrownBy(
            () -> OpeningInterval.of(MONDAY, LocalTime.of(8, 0, 30), LocalTime.of(10, 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("openingInterval start must be a whole minute, was 08:00:30");
    assertThatThrownBy(
            () -> OpeningInterval.of(MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 0, 0, 5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("openingInterval end must be a whole minute, was 10:00:00.000000005");
  }

  @Test
  void should_reject_overlapping_intervals_naming_both_KS_HOURS() {
    assertThatThrownBy(() -> WeeklySchedule.of(interval(MONDAY, 8, 10), interval(MONDAY, 9, 11)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("intervals must not overlap, was MONDAY 08:00-10:00 and MONDAY 09:00-11:00");
    assertThatThrownBy(() -> WeeklySchedule.of(interval(MONDAY, 8, 10), interval(MONDAY, 8, 10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("intervals must not overlap, was MONDAY 08:00-10:00 and MONDAY 08:00-10:00");
    assertThatThrownBy(
            () ->
                WeeklySchedule.of(
                    interval(MONDAY, 12, 18), interval(MONDAY, 8, 10), interval(MONDAY, 13, 14)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("intervals must not overlap, was MONDAY 12:00-18:00 and MONDAY 13:00-14:00");
    assertThatThrownBy(
            () -> WeeklySchedule.of(interval(MONDAY, 8, 10)).plus(interval(MONDAY, 9, 12)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("intervals must not overlap, was MONDAY 08:00-10:00 and MONDAY 09:00-12:00");
  }

  @Test
  void should_accept_intervals_that_only_touch_or_fall_on_different_days_KS_HOURS() {
    WeeklySchedule schedule =
        WeeklySchedule.of(
            interval(MONDAY, 8, 10), interval(MONDAY, 10, 12), interval(THURSDAY, 9, 11));

    assertThat(schedule.totalMinutes()).isEqualTo(360);
    assertThat(interval(MONDAY, 8, 10).overlaps(interval(MONDAY, 10, 12))).isFalse();
    assertThat(interval(MONDAY, 8, 10).overlaps(interval(THURSDAY, 8, 10))).isFalse();
    assertThat(interval(MONDAY, 8, 10).overlaps(interval(MONDAY, 9, 10))).isTrue();
  }

  @Test
  void should_hold_intervals_by_day_and_time_so_that_the_order_of_input_does_not_matter() {
    WeeklySchedule given = WeeklySchedule.of(interval(THURSDAY, 16, 18), interval(MONDAY, 8, 10));

    assertThat(given.intervals())
        .containsExactly(interval(MONDAY, 8, 10), interval(THURSDAY, 16, 18));
    new EqualsTester()
        .addEqualityGroup(
            given,
            WeeklySchedule.of(interval(MONDAY, 8, 10), interval(THURSDAY, 16, 18)),
            WeeklySchedule.parse("thursday 16:00-18:00; MONDAY 8:00–10:00"),
            WeeklySchedule.empty().plus(interval(THURSDAY, 16, 18)).plus(interval(MONDAY, 8, 10)))
        .addEqualityGroup(
            WeeklySchedule.empty(), WeeklySchedule.parse("  "), WeeklySchedule.of(List.of()))
        .addEqualityGroup(WeeklySchedule.of(interval(MONDAY, 8, 10)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(interval(MONDAY, 8, 10), OpeningInterval.parse("MONDAY 08:00-10:00"))
        .addEqualityGroup(interval(MONDAY, 8, 11))
        .addEqualityGroup(interval(MONDAY, 7, 10))
        .addEqualityGroup(interval(FRIDAY, 8, 10))
        .testEquals();
  }

  @Test
  void should_read_back_its_own_text_and_reject_malformed_text_KS_HOURS() {
    OpeningInterval interval =
        OpeningInterval.of(FRIDAY, LocalTime.of(16, 30), LocalTime.of(18, 45));

    assertThat(interval).hasToString("FRIDAY 16:30-18:45");
    assertThat(OpeningInterval.parse(interval.toString())).isEqualTo(interval);
    for (String malformed :
        new String[] {
          "Mon 8-10", "MONDAY 8-10", "MONDAY", "SOMEDAY 08:00-10:00", "MONDAY 25:00-26:00", ""
        }) {
      assertThatThrownBy(() -> OpeningInterval.parse(malformed))
          .as(malformed)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "openingInterval must look like MONDAY 08:00-10:00"
                  + ("MONDAY".equals(malformed)
                      ? ", was 'MONDAY'"
                      : "; the value is not repeated"));
    }
    assertThatThrownBy(() -> WeeklySchedule.parse("MONDAY 08:00-10:00, TUESDAY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("openingInterval must look like MONDAY 08:00-10:00, was 'TUESDAY'");
    assertThatThrownBy(() -> OpeningInterval.parse("MONDAY 10:00-08:00"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("openingInterval end must be after start, was MONDAY 10:00-08:00");
  }

  @Test
  void should_require_day_start_and_end() {
    assertThatThrownBy(() -> OpeningInterval.builder().day(MONDAY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build OpeningInterval, some of required attributes are not set [start, end]");
  }

  @Test
  @DisplayName(
      "KS-HOURS: a club's opening hours are optional; not recorded is not the same as never open")
  void a_club_records_its_opening_hours_or_not() {
    SelfHelpClub club = Fixtures.aMunicipalClub();

    assertThat(club.openingHours()).isEmpty();
    SelfHelpClub open =
        club.withOpeningHours(WeeklySchedule.parse("MONDAY 08:00-11:00, WEDNESDAY 15:00-18:00"));
    assertThat(open.openingHours().orElseThrow().total()).isEqualTo(Duration.ofHours(6));
    assertThat(club.withOpeningHours(WeeklySchedule.empty()).openingHours())
        .contains(WeeklySchedule.empty());
    assertThat(open).isNotEqualTo(club);
  }

  @Test
  void day_parts_have_polish_and_english_labels_KS_HOURS() {
    assertThat(DayPart.MORNING.label(PL)).isEqualTo("przed południem");
    assertThat(DayPart.AFTERNOON.label(Locale.ENGLISH)).isEqualTo("in the afternoon");
    assertThat(DayPart.MORNING.source().id()).isEqualTo("KS-HOURS");
  }

  @Test
  void should_reject_nulls() {
    NullPointerTester nulls = CoreContracts.nullPointerTester();
    nulls.setDefault(LocalTime.class, LocalTime.of(8, 0));
    nulls.setDefault(OpeningInterval.class, interval(MONDAY, 8, 10));
    nulls.setDefault(WeeklySchedule.class, WeeklySchedule.empty());
    for (Object value :
        new Object[] {
          interval(MONDAY, 8, 10),
          OpeningInterval.builder(),
          WeeklySchedule.of(interval(MONDAY, 8, 10)),
          WeeklySchedule.builder()
        }) {
      nulls.testAllPublicInstanceMethods(value);
    }
    nulls.testAllPublicStaticMethods(OpeningInterval.class);
    nulls.testAllPublicStaticMethods(WeeklySchedule.class);
  }
}
