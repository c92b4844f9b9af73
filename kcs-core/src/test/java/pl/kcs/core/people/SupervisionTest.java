package pl.kcs.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;

/** KCS-S1B-SUPERVISION, KCS-REM-SUPPORT: regular supervision of every animator. */
class SupervisionTest {

  @Test
  @DisplayName("KCS-S1B-SUPERVISION: quarterly or more often is regular (library default)")
  void regular_frequencies() {
    assertThat(SupervisionFrequency.WEEKLY.isRegular()).isTrue();
    assertThat(SupervisionFrequency.FORTNIGHTLY.isRegular()).isTrue();
    assertThat(SupervisionFrequency.MONTHLY.isRegular()).isTrue();
    assertThat(SupervisionFrequency.EVERY_TWO_MONTHS.isRegular()).isTrue();
    assertThat(SupervisionFrequency.QUARTERLY.isRegular()).isTrue();
    assertThat(SupervisionFrequency.OCCASIONAL.isRegular()).isFalse();
    assertThat(SupervisionFrequency.NONE.isRegular()).isFalse();
  }

  @Test
  @DisplayName("KCS-S1B-SUPERVISION: each frequency plans its number of sessions a year")
  void sessions_per_year() {
    assertThat(SupervisionFrequency.values())
        .extracting(SupervisionFrequency::scheduledSessionsPerYear)
        .containsExactly(52, 26, 12, 6, 4, 0, 0);
    assertThat(SupervisionFrequency.values())
        .extracting(SupervisionFrequency::source)
        .containsOnly(FactId.of("KCS-S1B-SUPERVISION"));
  }

  @Test
  @DisplayName("KCS-REM-SUPPORT: an arrangement is regular when its frequency is")
  void arrangement_regularity() {
    assertThat(SupervisionArrangement.of(SupervisionFrequency.MONTHLY).isRegular()).isTrue();
    assertThat(SupervisionArrangement.of(SupervisionFrequency.OCCASIONAL).isRegular()).isFalse();
    assertThat(SupervisionArrangement.none().isRegular()).isFalse();
    assertThat(SupervisionArrangement.none().frequency()).isEqualTo(SupervisionFrequency.NONE);
    assertThat(SupervisionArrangement.of(SupervisionFrequency.NONE))
        .isEqualTo(SupervisionArrangement.none());
  }

  @Test
  @DisplayName("KCS-COST-SUPERVISION: supervision may include group leaders, not by default")
  void group_leaders_in_supervision() {
    SupervisionArrangement withLeaders =
        SupervisionArrangement.builder()
            .frequency(SupervisionFrequency.MONTHLY)
            .includesGroupLeaders(true)
            .build();

    assertThat(withLeaders.includesGroupLeaders()).isTrue();
    assertThat(SupervisionArrangement.of(SupervisionFrequency.MONTHLY).includesGroupLeaders())
        .isFalse();
  }

  @Test
  void should_reject_a_start_date_or_group_leaders_without_supervision() {
    assertThatThrownBy(
            () ->
                SupervisionArrangement.builder()
                    .frequency(SupervisionFrequency.NONE)
                    .since(LocalDate.of(2024, 1, 1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "supervision with frequency NONE must have no since date and no group leaders, was"
                + " SupervisionArrangement{frequency=NONE, since=2024-01-01, includesGroupLeaders=false}");
    assertThatThrownBy(
            () ->
                SupervisionArrangement.builder()
                    .frequency(SupervisionFrequency.NONE)
                    .includesGroupLeaders(true)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "supervision with frequency NONE must have no since date and no group leaders, was"
                + " SupervisionArrangement{frequency=NONE, includesGroupLeaders=true}");
  }

  @Test
  void should_require_a_frequency() {
    assertThatThrownBy(() -> SupervisionArrangement.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build SupervisionArrangement, some of required attributes are not set [frequency]");
    assertThatThrownBy(() -> SupervisionArrangement.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("frequency");
    assertThatThrownBy(
            () ->
                SupervisionArrangement.builder()
                    .frequency(SupervisionFrequency.WEEKLY)
                    .frequency(SupervisionFrequency.MONTHLY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Builder of SupervisionArrangement is strict, attribute is already set: frequency");
  }
}
