package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.StaffId;

class IdentifiersTest {

  private static final String RULE =
      " must be 1 to 64 letters, digits or . _ : - starting with a letter or digit;"
          + " the value is not repeated";

  @Test
  void should_print_the_ids_of_staff_groups_and_partners_which_are_not_personal_data() {
    assertThat(AnimatorId.of("animator-1")).hasToString("animator-1");
    assertThat(StaffId.of("coordinator-1").value()).isEqualTo("coordinator-1");
    assertThat(GroupId.of("refugee-women")).hasToString("refugee-women");
    assertThat(PartnerId.of("ngo:42")).hasToString("ngo:42");
  }

  @Test
  void should_reject_ids_with_spaces_and_name_the_field() {
    check(AnimatorId::of, "animatorId");
    check(StaffId::of, "staffId");
    check(GroupId::of, "groupId");
    check(PartnerId::of, "partnerId");
  }

  @Test
  @DisplayName(
      "MA-GROUP: a member id is a pseudonym that is never printed nor repeated when rejected")
  void member_ids_are_pseudonyms() {
    MemberId member = MemberId.of("p-7f3a");

    assertThat(member.value()).isEqualTo("p-7f3a");
    assertThat(member).hasToString("MemberId[redacted]");
    assertThatThrownBy(() -> MemberId.of("Anna Nowak"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "memberId must be 1 to 64 letters, digits or . _ : - starting with a letter or digit,"
                + " was a value of 10 characters (not shown: it may identify a person)");
    assertThatThrownBy(() -> MemberId.of("anna.nowak@example.org"))
        .isInstanceOf(IllegalStateException.class)
        .message()
        .doesNotContain("anna");
    assertThatThrownBy(() -> MemberId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void should_order_ids_by_their_text() {
    assertThat(new TreeSet<>(List.of(GroupId.of("b"), GroupId.of("a"), GroupId.of("B"))))
        .containsExactly(GroupId.of("B"), GroupId.of("a"), GroupId.of("b"));
    assertThat(AnimatorId.of("a")).isLessThan(AnimatorId.of("b"));
    assertThat(MemberId.of("m-1")).isLessThan(MemberId.of("m-2"));
    assertThat(StaffId.of("x").compareTo(StaffId.of("x"))).isZero();
    assertThat(PartnerId.of("Z")).isLessThan(PartnerId.of("a"));
  }

  private static void check(Function<String, ?> factory, String field) {
    for (String bad : new String[] {"Anna Nowak", "", " a", "żółw", "-x", "x".repeat(65)}) {
      assertThatThrownBy(() -> factory.apply(bad))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(field + RULE);
    }
    assertThatThrownBy(() -> factory.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThat(factory.apply("x".repeat(64))).hasToString("x".repeat(64));
  }
}
