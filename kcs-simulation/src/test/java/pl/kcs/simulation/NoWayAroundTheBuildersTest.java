package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.core.fixtures.ValueTypeScan.constructorsOpenToSubclasses;
import static pl.kcs.core.fixtures.ValueTypeScan.publicAbstractClasses;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * No code outside kcs-simulation can subclass a value type and so skip the checks of its builder: every
 * public abstract class of kcs-simulation (the Immutables value types) has only package-private
 * constructors, and only the generated implementation in the same package extends it.
 */
class NoWayAroundTheBuildersTest {

  @Test
  void should_give_no_public_abstract_value_type_a_public_or_protected_constructor()
      throws IOException {
    ImmutableList<Class<?>> valueTypes =
        publicAbstractClasses(ScenarioParameters.class, "pl.kcs.simulation");
    ImmutableList<String> open = constructorsOpenToSubclasses(valueTypes);

    // The scan must see the value types, or the test proves nothing.
    assertThat(valueTypes).hasSizeGreaterThanOrEqualTo(1).contains(ScenarioParameters.class);
    assertThat(open).as("constructors open to subclasses outside kcs-simulation").isEmpty();
  }
}
