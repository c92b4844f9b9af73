package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.group.GroupMaturity;

/**
 * The simulation reads the same library defaults as group life in kcs-rules (whose own test checks
 * its side against {@link LibraryDefaults}), so the two cannot disagree (issue 12 §4).
 */
class LibraryDefaultsAgreementTest {

  @Test
  @DisplayName(
      "KCS-DIF-NEWCOMERS: the simulation's bonding period is the library default, as group life's is")
  void the_bonding_period_is_the_library_default() {
    assertThat(ScenarioParameters.builder().build().bondedAfterMonths())
        .isEqualTo(LibraryDefaults.BONDING_PERIOD.value().getMonths())
        .isEqualTo(4);
  }

  @Test
  @DisplayName(
      "KCS-DIF-NEWCOMERS: newcomers set a self-running group back to developing, as in group life")
  void newcomers_set_a_running_group_back_to_the_library_default() {
    assertThat(LibraryDefaults.NEWCOMER_SETBACK.value()).isEqualTo(GroupMaturity.DEVELOPING);
    assertThat(Model.NEWCOMER_SETBACK).isEqualTo((byte) GroupMaturity.DEVELOPING.ordinal());
    assertThat(Model.DEVELOPING).isEqualTo((byte) GroupMaturity.DEVELOPING.ordinal());
    assertThat(Model.RUNNING_ITSELF).isEqualTo((byte) GroupMaturity.RUNNING_ITSELF.ordinal());
  }
}
