package pl.kcs.rules.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.Status;

/**
 * The arithmetic of KS-HOURS at its edges: at least 6 hours a week, partly in the morning and
 * partly in the afternoon (split at 12:00); the message says how much is missing and which part of
 * the day.
 */
class OpeningHoursRuleTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale EN = Locale.ENGLISH;

  private static Outcome hours(String schedule) {
    return hours(ClubCompliance.withDefaultRules(), schedule);
  }

  private static Outcome hours(ClubCompliance compliance, String schedule) {
    SelfHelpClub club = ClubFixture.complete().withOpeningHours(WeeklySchedule.parse(schedule));
    return compliance.assess(club).evaluation().outcome("ks.hours").orElseThrow();
  }

  @Test
  @DisplayName("KS-HOURS: exactly 6 h, 3 before and 3 after midday, passes")
  void exactly_six_hours_split_between_morning_and_afternoon_passes() {
    Outcome outcome = hours("MONDAY 09:00-12:00, WEDNESDAY 12:00-15:00");

    assertThat(outcome.status()).isEqualTo(Status.PASSED);
    assertThat(outcome.message(EN))
        .isEqualTo(
            "The information point is open 6 h a week: 3 h in the morning, 3 h in the afternoon (required: at least 6 h, partly in the morning and partly in the afternoon).");
  }

  @Test
  @DisplayName("KS-HOURS: one minute short of 6 h fails and says 1 min is missing")
  void one_minute_short_fails() {
    Outcome outcome = hours("MONDAY 09:00-12:00, WEDNESDAY 12:00-14:59");

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message(EN))
        .isEqualTo(
            "The information point is open 5 h 59 min a week: 3 h in the morning, 2 h 59 min in the afternoon; missing: 1 min a week.");
    assertThat(outcome.message(PL))
        .isEqualTo(
            "Punkt informacyjny jest czynny 5 godz. 59 min tygodniowo: 3 godz. przed południem, 2 godz. 59 min po południu; brakuje: 1 min tygodniowo.");
  }

  @Test
  @DisplayName("KS-HOURS: 6 h all in the morning fails for want of afternoon hours")
  void six_hours_all_in_the_morning_fails() {
    Outcome outcome = hours("MONDAY 08:00-12:00, FRIDAY 10:00-12:00");

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message(EN))
        .isEqualTo(
            "The information point is open 6 h a week: 6 h in the morning, 0 h in the afternoon; missing: hours in the afternoon.");
    assertThat(outcome.message(PL))
        .isEqualTo(
            "Punkt informacyjny jest czynny 6 godz. tygodniowo: 6 godz. przed południem, 0 godz. po południu; brakuje: godzin po południu.");
  }

  @Test
  @DisplayName("KS-HOURS: all in the afternoon fails for want of morning hours")
  void all_in_the_afternoon_fails() {
    Outcome outcome = hours("TUESDAY 12:00-18:00, THURSDAY 16:00-19:30");

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message(EN))
        .isEqualTo(
            "The information point is open 9 h 30 min a week: 0 h in the morning, 9 h 30 min in the afternoon; missing: hours in the morning.");
  }

  @Test
  @DisplayName("KS-HOURS: the source's 8–10 and 16–18 once a week are 4 h: 2 h missing")
  void the_source_examples_once_a_week_are_two_hours_short() {
    Outcome outcome = hours("MONDAY 08:00-10:00, THURSDAY 16:00-18:00");

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message(EN))
        .isEqualTo(
            "The information point is open 4 h a week: 2 h in the morning, 2 h in the afternoon; missing: 2 h a week.");
    assertThat(outcome.message(PL))
        .isEqualTo(
            "Punkt informacyjny jest czynny 4 godz. tygodniowo: 2 godz. przed południem, 2 godz. po południu; brakuje: 2 godz. tygodniowo.");
    assertThat(outcome.finding().subjects()).hasSize(1);
  }

  @Test
  @DisplayName("KS-HOURS: 8–10 and 16–18 on two days are 8 h and pass")
  void the_source_examples_twice_a_week_pass() {
    assertThat(
            hours(
                    "MONDAY 08:00-10:00, MONDAY 16:00-18:00, THURSDAY 08:00-10:00, THURSDAY 16:00-18:00")
                .status())
        .isEqualTo(Status.PASSED);
  }

  @Test
  @DisplayName("KS-HOURS: an interval across midday counts to both parts of the day")
  void an_interval_across_midday_gives_both_parts() {
    Outcome outcome = hours("WEDNESDAY 09:00-15:00");

    assertThat(outcome.status()).isEqualTo(Status.PASSED);
    assertThat(outcome.message(EN))
        .startsWith(
            "The information point is open 6 h a week: 3 h in the morning, 3 h in the afternoon");
  }

  @Test
  @DisplayName("KS-HOURS: a schedule with no hours names everything that is missing")
  void never_open_names_every_shortfall() {
    SelfHelpClub club = ClubFixture.complete().withOpeningHours(WeeklySchedule.empty());
    Outcome outcome =
        ClubCompliance.withDefaultRules()
            .assess(club)
            .evaluation()
            .outcome("ks.hours")
            .orElseThrow();

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message(EN))
        .isEqualTo(
            "The information point is open 0 h a week: 0 h in the morning, 0 h in the afternoon; missing: 6 h a week, hours in the morning, hours in the afternoon.");
    assertThat(outcome.message(PL))
        .isEqualTo(
            "Punkt informacyjny jest czynny 0 godz. tygodniowo: 0 godz. przed południem, 0 godz. po południu; brakuje: 6 godz. tygodniowo, godzin przed południem, godzin po południu.");
  }

  @Test
  @DisplayName("KS-HOURS: a municipality may ask for more by replacing ks.hours")
  void a_stricter_hours_rule_replaces_the_built_in_one() {
    ClubCompliance stricter =
        ClubCompliance.withRules(
            ClubCompliance.defaultRules()
                .replacing(
                    ClubCompliance.openingHoursRule(Duration.ofHours(10), LocalTime.of(13, 0))));

    Outcome outcome = hours(stricter, "MONDAY 09:00-13:00, THURSDAY 13:00-17:00");
    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message(EN))
        .isEqualTo(
            "The information point is open 8 h a week: 4 h in the morning, 4 h in the afternoon; missing: 2 h a week.");
    assertThat(outcome.action(EN)).startsWith("Open the information point at least 10 h a week");
    assertThat(stricter.rules().rules()).hasSameSizeAs(ClubCompliance.defaultRules().rules());
    assertThat(hours("MONDAY 09:00-13:00, THURSDAY 13:00-17:00").status()).isEqualTo(Status.PASSED);
  }

  @Test
  void the_hours_rule_needs_a_minimum_within_a_week() {
    assertThatThrownBy(() -> ClubCompliance.openingHoursRule(Duration.ZERO, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weeklyMinimum must be positive and less than a week, was PT0S");
    assertThatThrownBy(() -> ClubCompliance.openingHoursRule(Duration.ofDays(7), LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weeklyMinimum must be positive and less than a week, was PT168H");
    assertThatThrownBy(() -> ClubCompliance.openingHoursRule(null, LocalTime.NOON))
        .isInstanceOf(NullPointerException.class);
    RuleSet<ClubFacts> rules = ClubCompliance.defaultRules();
    assertThat(rules.rule(pl.kcs.rules.RuleId.of("ks.hours")).orElseThrow().source().id())
        .isEqualTo("KS-HOURS");
  }
}
