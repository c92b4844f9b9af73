package pl.kcs.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pl.kcs.testing.Property;

/**
 * Issue 16: validating 100,000 membership periods of one member compared each period with every
 * earlier one and never finished. The check is now a sort and a sweep; these tests prove it on
 * long generated histories (the timeout is only a guard against a hang, generous on a busy
 * machine) and prove the sweep decides exactly as comparing every pair does.
 */
class LongMembershipHistoryTest {

  private static final LocalDate START = LocalDate.of(1990, 1, 1);

  private static SelfHelpGroup.Builder aGroup() {
    return SelfHelpGroup.builder()
        .id(GroupId.of("g-1"))
        .name("Grupa wsparcia")
        .addTargetGroups(TargetGroup.SOCIAL_PROBLEMS)
        .participantCount(5)
        .maturity(GroupMaturity.EARLY);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  @DisplayName(
      "MA-GROUP: 200,000 periods of one member, joining and leaving on the same days, are checked in n log n")
  void two_hundred_thousand_periods_of_one_member_are_validated_without_comparing_every_pair() {
    MemberId member = MemberId.of("m-1");
    List<Membership> periods = new ArrayList<>();
    // A day-long period every day, each ending the day the next begins, and two periods of no
    // days on each day; written newest first, so the order of the list is no help.
    for (int day = 66_666; day >= 0; day--) {
      LocalDate joined = START.plusDays(day);
      periods.add(
          Membership.builder().member(member).joinedOn(joined).leftOn(joined.plusDays(1)).build());
      periods.add(Membership.builder().member(member).joinedOn(joined).leftOn(joined).build());
      periods.add(Membership.builder().member(member).joinedOn(joined).leftOn(joined).build());
    }

    SelfHelpGroup group = aGroup().addAllMemberships(periods).build();

    assertThat(group.memberships()).hasSize(200_001);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void an_overlap_hidden_among_two_hundred_thousand_periods_is_found() {
    MemberId member = MemberId.of("m-1");
    List<Membership> periods = new ArrayList<>();
    for (int day = 0; day < 66_667; day++) {
      LocalDate joined = START.plusDays(day);
      periods.add(
          Membership.builder().member(member).joinedOn(joined).leftOn(joined.plusDays(1)).build());
      periods.add(Membership.builder().member(member).joinedOn(joined).leftOn(joined).build());
      periods.add(Membership.builder().member(member).joinedOn(joined).leftOn(joined).build());
    }
    // One more period of two days, overlapping the day-long period that begins a day later.
    periods.add(
        Membership.builder()
            .member(member)
            .joinedOn(START.plusDays(50_000))
            .leftOn(START.plusDays(50_002))
            .build());

    assertThatThrownBy(() -> aGroup().addAllMemberships(periods).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("memberships of one member must not overlap, was a period from ")
        .message()
        .doesNotContain("m-1");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void two_hundred_thousand_members_of_one_period_each_are_validated_at_once() {
    List<Membership> periods = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      periods.add(Membership.joined(MemberId.of("m-" + i), START.plusDays(i % 3000)));
    }

    assertThat(aGroup().addAllMemberships(periods).build().memberships()).hasSize(200_000);
  }

  @Test
  void property_the_sweep_rejects_exactly_the_histories_in_which_some_pair_of_periods_overlaps() {
    Property.check()
        .trials(2000)
        .forAllWithRandom(
            random -> history(random),
            (periods, random) -> {
              boolean somePairOverlaps = false;
              for (int i = 0; i < periods.size(); i++) {
                for (int j = i + 1; j < periods.size(); j++) {
                  somePairOverlaps |= periods.get(i).overlaps(periods.get(j));
                }
              }
              boolean rejected;
              try {
                aGroup().addAllMemberships(periods).build();
                rejected = false;
              } catch (IllegalStateException e) {
                assertThat(e).hasMessageStartingWith("memberships of one member must not overlap");
                rejected = true;
              }
              assertThat(rejected).as("rejected %s", periods).isEqualTo(somePairOverlaps);
            });
  }

  /** Up to 6 periods of one member within a few days, often touching, some of no days, some open. */
  private static List<Membership> history(SplittableRandom random) {
    MemberId member = MemberId.of("m-1");
    int count = random.nextInt(1, 7);
    List<Membership> periods = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate joined = START.plusDays(random.nextInt(0, 8));
      Membership.Builder period = Membership.builder().member(member).joinedOn(joined);
      if (random.nextInt(4) != 0) {
        period.leftOn(joined.plusDays(random.nextInt(0, 4)));
      }
      periods.add(period.build());
    }
    return periods;
  }
}
