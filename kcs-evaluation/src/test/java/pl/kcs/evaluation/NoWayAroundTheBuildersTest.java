package pl.kcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.core.fixtures.ValueTypeScan.constructorsOpenToSubclasses;
import static pl.kcs.core.fixtures.ValueTypeScan.publicAbstractClasses;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * No code outside kcs-evaluation can subclass a value type and so skip the checks of its builder: every
 * public abstract class of kcs-evaluation (the Immutables value types) has only package-private
 * constructors, and only the generated implementation in the same package extends it.
 */
class NoWayAroundTheBuildersTest {

  @Test
  void should_give_no_public_abstract_value_type_a_public_or_protected_constructor()
      throws IOException {
    ImmutableList<Class<?>> valueTypes =
        publicAbstractClasses(GroupOutcome.class, "pl.kcs.evaluation");
    ImmutableList<String> open = constructorsOpenToSubclasses(valueTypes);

    // The scan must see the value types, or the test proves nothing.
    assertThat(valueTypes)
        .hasSizeGreaterThanOrEqualTo(20)
        .contains(
            GroupOutcome.class,
            pl.kcs.evaluation.report.EvaluationReport.class,
            pl.kcs.evaluation.stats.Proportion.class);
    assertThat(open).as("constructors open to subclasses outside kcs-evaluation").isEmpty();
  }
}
