package pl.kcs.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;

class MembershipTest {

  private static final MemberId MEMBER = MemberId.of("m-1");
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate FEB_1 = LocalDate.of(2024, 2, 1);
  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);

  @Test
  void should_reject_a_leave_before_the_join() {
    assertThatThrownBy(
            () -> Membership.builder().member(MEMBER).joinedOn(FEB_1).leftOn(JAN_1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("leftOn must not be before joinedOn, was 2024-01-01 before 2024-02-01");
    assertThatThrownBy(() -> Membership.joined(MEMBER, FEB_1).withLeftOn(FEB_1.minusDays(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("leftOn must not be before joinedOn, was 2024-01-31 before 2024-02-01");
  }

  @Test
  void should_require_a_member_and_a_join_date() {
    assertThatThrownBy(() -> Membership.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build Membership, some of required attributes are not set [member, joinedOn]");
    assertThatThrownBy(() -> Membership.joined(null, JAN_1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
    assertThatThrownBy(() -> Membership.builder().joinedOn(JAN_1).joinedOn(FEB_1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Membership is strict, attribute is already set: joinedOn");
  }

  @Test
  @DisplayName(
      "MA-GROUP: a member is directly affected by default, or a family member or close one")
  void relation_to_the_shared_experience() {
    assertThat(Membership.joined(MEMBER, JAN_1).relation())
        .isEqualTo(MemberRelation.DIRECTLY_AFFECTED);
    assertThat(
            Membership.joined(MEMBER, JAN_1)
                .withRelation(MemberRelation.FAMILY_OR_CLOSE)
                .relation())
        .isEqualTo(MemberRelation.FAMILY_OR_CLOSE);
    assertThat(MemberRelation.values())
        .extracting(MemberRelation::source)
        .containsOnly(FactId.of("MA-GROUP"));
  }

  @Test
  void should_count_the_join_day_and_not_the_leave_day() {
    Membership period = Membership.joined(MEMBER, JAN_1).withLeftOn(FEB_1);

    assertThat(period.isActiveOn(JAN_1.minusDays(1))).isFalse();
    assertThat(period.isActiveOn(JAN_1)).isTrue();
    assertThat(period.isActiveOn(FEB_1.minusDays(1))).isTrue();
    assertThat(period.isActiveOn(FEB_1)).isFalse();
  }

  @Test
  void should_keep_an_open_period_active_from_the_join_on() {
    Membership open = Membership.joined(MEMBER, JAN_1);

    assertThat(open.isActiveOn(JAN_1.minusDays(1))).isFalse();
    assertThat(open.isActiveOn(JAN_1)).isTrue();
    assertThat(open.isActiveOn(LocalDate.of(2099, 12, 31))).isTrue();
  }

  @Test
  void should_allow_leaving_on_the_join_day_as_a_period_of_no_day() {
    Membership sameDay = Membership.joined(MEMBER, JAN_1).withLeftOn(JAN_1);

    assertThat(sameDay.isActiveOn(JAN_1)).isFalse();
    assertThat(sameDay.overlaps(Membership.joined(MEMBER, JAN_1))).isFalse();
  }

  @Test
  void should_see_periods_that_share_a_day_as_overlapping() {
    Membership january = Membership.joined(MEMBER, JAN_1).withLeftOn(FEB_1);
    Membership fromFebruary = Membership.joined(MEMBER, FEB_1);
    Membership fromMidJanuary = Membership.joined(MEMBER, JAN_1.plusDays(14));
    Membership fromMarch = Membership.joined(MEMBER, MAR_1);
    Membership open = Membership.joined(MEMBER, JAN_1.minusYears(1));

    assertThat(january.overlaps(fromFebruary)).isFalse();
    assertThat(fromFebruary.overlaps(january)).isFalse();
    assertThat(january.overlaps(fromMidJanuary)).isTrue();
    assertThat(fromMidJanuary.overlaps(january)).isTrue();
    assertThat(january.overlaps(fromMarch)).isFalse();
    assertThat(open.overlaps(fromMarch)).isTrue();
    assertThat(open.overlaps(january)).isTrue();
    assertThat(january.overlaps(january)).isTrue();
    assertThat(Membership.joined(MEMBER, FEB_1).withLeftOn(MAR_1).overlaps(january)).isFalse();
  }

  @Test
  @DisplayName("MA-GROUP: the member id of a membership is never printed")
  void to_string_hides_the_member() {
    Membership membership = Membership.joined(MemberId.of("pseudonym-4711"), JAN_1);

    assertThat(membership.toString())
        .doesNotContain("pseudonym-4711")
        .isEqualTo(
            "Membership{member=[redacted], relation=DIRECTLY_AFFECTED, joinedOn=2024-01-01}");
  }
}
