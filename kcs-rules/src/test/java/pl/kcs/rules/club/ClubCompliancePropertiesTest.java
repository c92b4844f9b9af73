package pl.kcs.rules.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.club.OpeningInterval;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Status;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Properties of club compliance over generated schedules and clubs with random gaps. */
class ClubCompliancePropertiesTest {

  private static final ClubCompliance COMPLIANCE = ClubCompliance.withDefaultRules();

  /** Quarter-hour slots of a day: 0 is 00:00, 95 is 23:45. */
  private static final int SLOTS = 96;

  private static LocalTime slot(int slot) {
    return LocalTime.of(slot / 4, slot % 4 * 15);
  }

  private static final Gen<OpeningInterval> INTERVALS =
      random -> {
        // Mostly daytime hours, so that both passing and failing schedules are common.
        int start = 24 + random.nextInt(48);
        int end = Math.min(SLOTS - 1, start + 1 + random.nextInt(16));
        return OpeningInterval.of(
            Gens.enumValues(DayOfWeek.class).next(random), slot(start), slot(end));
      };

  /** Up to six random intervals, overlapping ones left out. */
  private static final Gen<WeeklySchedule> SCHEDULES =
      random -> {
        WeeklySchedule schedule = WeeklySchedule.empty();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
          schedule = plusIfFree(schedule, INTERVALS.next(random));
        }
        return schedule;
      };

  private static WeeklySchedule plusIfFree(WeeklySchedule schedule, OpeningInterval interval) {
    for (OpeningInterval existing : schedule.intervals()) {
      if (existing.overlaps(interval)) {
        return schedule;
      }
    }
    return schedule.plus(interval);
  }

  private static final Gen<Set<ClubGap>> GAPS =
      random -> {
        Set<ClubGap> gaps = EnumSet.noneOf(ClubGap.class);
        for (ClubGap gap : ClubGap.values()) {
          if (random.nextInt(4) == 0) {
            gaps.add(gap);
          }
        }
        return gaps;
      };

  private static Status hoursStatus(ClubCompliance compliance, WeeklySchedule schedule) {
    SelfHelpClub club = ClubFixture.complete().withOpeningHours(schedule);
    return compliance.assess(club).evaluation().outcome("ks.hours").orElseThrow().status();
  }

  @Test
  void more_opening_hours_never_make_the_hours_rule_fail_KS_HOURS() {
    Property.check()
        .forAllWithRandom(
            SCHEDULES,
            (schedule, random) -> {
              WeeklySchedule more = plusIfFree(schedule, INTERVALS.next(random));
              Status before = hoursStatus(COMPLIANCE, schedule);
              Status after = hoursStatus(COMPLIANCE, more);

              if (before == Status.PASSED) {
                assertThat(after)
                    .as("after adding hours to %s: %s", schedule, more)
                    .isEqualTo(Status.PASSED);
              }
              assertThat(missingCount(more)).isLessThanOrEqualTo(missingCount(schedule));
            });
  }

  @Test
  void more_opening_hours_never_make_a_stricter_hours_rule_fail_either_KS_HOURS() {
    Property.check()
        .forAllWithRandom(
            SCHEDULES,
            (schedule, random) -> {
              ClubCompliance rule =
                  ClubCompliance.withRules(
                      ClubCompliance.defaultRules()
                          .replacing(
                              ClubCompliance.openingHoursRule(
                                  Duration.ofMinutes(15L * (1 + random.nextInt(60))),
                                  slot(32 + random.nextInt(32)))));
              WeeklySchedule more = plusIfFree(schedule, INTERVALS.next(random));
              if (hoursStatus(rule, schedule) == Status.PASSED) {
                assertThat(hoursStatus(rule, more)).isEqualTo(Status.PASSED);
              }
            });
  }

  @Test
  void
      the_hours_rule_passes_exactly_when_six_hours_fall_partly_before_and_partly_after_midday_KS_HOURS() {
    Property.check()
        .forAll(
            SCHEDULES,
            schedule -> {
              boolean expected =
                  schedule.totalMinutes() >= 360
                      && schedule.minutesBefore(LocalTime.NOON) > 0
                      && schedule.minutesFrom(LocalTime.NOON) > 0;
              assertThat(hoursStatus(COMPLIANCE, schedule))
                  .isEqualTo(expected ? Status.PASSED : Status.FAILED);
            });
  }

  @Test
  void mending_one_gap_never_adds_a_blocker_KS_FORMAL_KS_PEOPLE() {
    Property.check()
        .forAllWithRandom(
            GAPS.filter(g -> !g.isEmpty()),
            (gaps, random) -> {
              List<ClubGap> present = List.copyOf(gaps);
              ClubGap mended = present.get(random.nextInt(present.size()));
              Set<ClubGap> fewer = EnumSet.copyOf(gaps);
              fewer.remove(mended);

              assertThat(blockerIds(ClubFixture.with(fewer)))
                  .as("blockers after mending %s", mended)
                  .isSubsetOf(blockerIds(ClubFixture.with(gaps)));
            });
  }

  /** Each gap that takes away part of the club's "niezbędne zaplecze" or formal set-up, and its blocker. */
  private static final Object[][] REQUIRED = {
    {ClubGap.NO_ORDER, "ks.formal.order"},
    {ClubGap.NOT_SEPARATE_UNIT, "ks.formal.separate-unit"},
    {ClubGap.NO_COORDINATOR, "ks.people.coordinator-appointed"},
    {ClubGap.NO_ANIMATORS, "ks.people.animators"},
    {ClubGap.ONLY_FIELD_POINT, "ks.room.available"},
    {ClubGap.NO_FURNITURE, "ks.equipment.furniture"}
  };

  /**
   * The other side of {@link #mending_one_gap_never_adds_a_blocker_KS_FORMAL_KS_PEOPLE()}, which
   * an engine that never blocks would pass: whatever else a club lacks, taking away one part of
   * its "niezbędne zaplecze" (KS-PEOPLE, KS-ROOM, KS-EQUIPMENT) or of its formal set-up
   * (KS-FORMAL, kcs default) blocks it by that part's rule.
   */
  @Test
  void
      taking_away_one_required_part_always_blocks_by_that_part_whatever_else_is_missing_KS_FORMAL_KS_PEOPLE_KS_ROOM_KS_EQUIPMENT() {
    Property.check()
        .forAllWithRandom(
            GAPS,
            (gaps, random) -> {
              Object[] required = REQUIRED[random.nextInt(REQUIRED.length)];
              Set<ClubGap> more = EnumSet.noneOf(ClubGap.class);
              more.addAll(gaps);
              more.add((ClubGap) required[0]);

              assertThat(blockerIds(ClubFixture.with(more)))
                  .as("lacking %s", required[0])
                  .contains((String) required[1]);
            });
  }

  @Test
  void the_report_does_not_depend_on_the_order_of_the_input_KS_PARTNERS_KS_ROOM() {
    Property.check()
        .forAllWithRandom(
            GAPS,
            (gaps, random) -> {
              SelfHelpClub club = ClubFixture.with(gaps);
              SelfHelpClub shuffled = shuffle(club, random);
              ClubReport first = COMPLIANCE.assess(club);
              ClubReport second = COMPLIANCE.assess(shuffled);

              assertThat(statuses(second)).isEqualTo(statuses(first));
              for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"))) {
                assertThat(second.render(locale)).isEqualTo(first.render(locale));
              }
            });
  }

  @Test
  void every_default_rule_cites_a_KS_fact_of_the_catalogue_and_every_KS_fact_has_a_rule() {
    Set<FactId> specified =
        FactId.all().stream()
            .filter(fact -> fact.id().startsWith("KS-"))
            .collect(Collectors.toSet());
    Set<FactId> cited = new HashSet<>();
    for (Rule<ClubFacts> rule : ClubCompliance.defaultRules().rules()) {
      assertThat(specified).as(rule.id().value()).contains(rule.source());
      cited.add(rule.source());
    }
    assertThat(cited).as("every KS fact of the catalogue has a rule").isEqualTo(specified);
  }

  private static int missingCount(WeeklySchedule schedule) {
    SelfHelpClub club = ClubFixture.complete().withOpeningHours(schedule);
    Outcome outcome = COMPLIANCE.assess(club).evaluation().outcome("ks.hours").orElseThrow();
    return outcome.finding().subjects().size();
  }

  private static Set<String> blockerIds(SelfHelpClub club) {
    return COMPLIANCE.assess(club).blockers().stream()
        .map(o -> o.ruleId().value())
        .collect(Collectors.toSet());
  }

  private static List<Status> statuses(ClubReport report) {
    return report.evaluation().outcomes().stream()
        .map(Outcome::status)
        .collect(Collectors.toList());
  }

  private static SelfHelpClub shuffle(SelfHelpClub club, SplittableRandom random) {
    List<OpeningInterval> intervals =
        new ArrayList<>(
            club.openingHours()
                .map(WeeklySchedule::intervals)
                .orElse(com.google.common.collect.ImmutableList.of()));
    SelfHelpClub shuffled =
        club.withAnimators(Gens.shuffled(club.animators(), random))
            .withGroups(Gens.shuffled(club.groups(), random))
            .withPartners(Gens.shuffled(club.partners(), random))
            .withGoals(Gens.shuffled(List.copyOf(club.goals()), random))
            .withBeneficiaries(Gens.shuffled(List.copyOf(club.beneficiaries()), random))
            .withActivityForms(Gens.shuffled(List.copyOf(club.activityForms()), random))
            .withExperts(Gens.shuffled(List.copyOf(club.experts()), random))
            .withHost(
                club.host()
                    .withRooms(Gens.shuffled(club.host().rooms(), random))
                    .withEquipment(Gens.shuffled(List.copyOf(club.host().equipment()), random)));
    return club.openingHours().isPresent()
        ? shuffled.withOpeningHours(WeeklySchedule.of(Gens.shuffled(intervals, random)))
        : shuffled;
  }
}
