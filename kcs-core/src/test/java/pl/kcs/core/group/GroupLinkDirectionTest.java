package pl.kcs.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** MA-NETWORK: a contact between two groups has no direction. */
class GroupLinkDirectionTest {

  @Test
  void a_link_from_a_to_b_is_the_same_link_as_from_b_to_a_MA_NETWORK() {
    GroupId a = GroupId.of("a");
    GroupId b = GroupId.of("b");
    LocalDate on = LocalDate.of(2024, 5, 1);

    GroupLink forth = GroupLink.of(a, b, GroupLinkKind.VISIT, on);
    GroupLink back = GroupLink.of(b, a, GroupLinkKind.VISIT, on);

    assertThat(back).isEqualTo(forth).hasSameHashCodeAs(forth);
    assertThat(back.from()).isEqualTo(a);
    assertThat(back.involves(b)).isTrue();
  }
}
