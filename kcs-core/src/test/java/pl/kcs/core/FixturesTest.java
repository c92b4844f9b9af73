package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreContracts;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.stage.Stage;
import pl.kcs.testing.Gen;

/** The published fixtures and generators behave as kcs values do: null-hostile and repeatable. */
class FixturesTest {

  @Test
  void fixtures_and_generators_reject_null_arguments() {
    NullPointerTester nulls = CoreContracts.nullPointerTester();
    nulls.setDefault(SplittableRandom.class, new SplittableRandom(1));
    nulls.setDefault(Gen.class, CoreGenerators.groupIds());
    nulls.testAllPublicStaticMethods(Fixtures.class);
    nulls.testAllPublicStaticMethods(CoreGenerators.class);
  }

  @Test
  void fixtures_are_dated_before_the_reference_date() {
    assertThat(Fixtures.aLibraryReadyForStageThree().stepRecords())
        .allMatch(record -> record.doneOn().orElseThrow().isBefore(Fixtures.REFERENCE_DATE));
    assertThat(Fixtures.aLibraryReadyForStageThree().groupLinks())
        .allMatch(link -> link.on().isBefore(Fixtures.REFERENCE_DATE));
    assertThat(Fixtures.aMentalHealthPeerGroup().meetsWithoutAnimatorSince().orElseThrow())
        .isBefore(Fixtures.REFERENCE_DATE);
  }

  @Test
  void the_same_seed_generates_the_same_implementation() {
    Gen<?> implementations = CoreGenerators.kcsImplementations();

    assertThat(implementations.next(new SplittableRandom(42)))
        .isEqualTo(implementations.next(new SplittableRandom(42)));
    assertThat(CoreGenerators.selfHelpClubs().next(new SplittableRandom(7)))
        .isEqualTo(CoreGenerators.selfHelpClubs().next(new SplittableRandom(7)));
  }

  @Test
  void a_gap_chance_outside_zero_to_one_is_rejected() {
    assertThatThrownBy(() -> CoreGenerators.kcsImplementations(Stage.PREPARATION, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gapChance must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> CoreGenerators.kcsImplementations(Stage.PREPARATION, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gapChance must be in [0, 1], was NaN");
  }
}
