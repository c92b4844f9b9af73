package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, "validate ranges where the domain has them (documented)", and issue 20, boundaries:
 * every documented range of {@link ScenarioParameters} (kcs defaults, not the method's) accepts
 * its bound and refuses the value one past it, with a message that names the parameter, its bound
 * and the value. A range moved by one either way fails here.
 */
class EveryScenarioRangeHoldsAtItsBoundsTest {

  static Stream<Arguments> bounds() {
    return Stream.of(
        bound("months", b -> b.months(1), b -> b.months(0), "months must be at least 1, was 0"),
        bound(
            "months",
            b -> b.months(1200),
            b -> b.months(1201),
            "months must be at most 1200, was 1201"),
        bound(
            "animators",
            b -> b.animators(0),
            b -> b.animators(-1),
            "animators must not be negative, was -1"),
        bound(
            "animators",
            b -> b.animators(1000),
            b -> b.animators(1001),
            "animators must be at most 1000, was 1001"),
        bound(
            "maxGroups",
            b -> b.maxGroups(1),
            b -> b.maxGroups(0),
            "maxGroups must be at least 1, was 0"),
        bound(
            "maxGroups",
            b -> b.maxGroups(10_000),
            b -> b.maxGroups(10_001),
            "maxGroups must be at most 10000, was 10001"),
        bound(
            "maxGroupsStarted",
            b -> b.maxGroupsStarted(1),
            b -> b.maxGroupsStarted(0),
            "maxGroupsStarted must be at least 1, was 0"),
        bound(
            "monthsBeforeFirstGroup",
            b -> b.monthsBeforeFirstGroup(0),
            b -> b.monthsBeforeFirstGroup(-1),
            "monthsBeforeFirstGroup must not be negative, was -1"),
        bound(
            "initialMembers",
            b -> b.initialMembers(2),
            b -> b.initialMembers(1),
            "initialMembers must be at least 2, was 1"),
        bound(
            "initialMembers",
            b -> b.initialMembers(1000),
            b -> b.initialMembers(1001),
            "initialMembers must be at most 1000, was 1001"),
        bound(
            "bondedAfterMonths",
            b -> b.bondedAfterMonths(0),
            b -> b.bondedAfterMonths(-1),
            "bondedAfterMonths must not be negative, was -1"),
        bound(
            "noAnimatorDissolutionFactor",
            b -> b.noAnimatorDissolutionFactor(1),
            b -> b.noAnimatorDissolutionFactor(0),
            "noAnimatorDissolutionFactor must be at least 1, was 0"),
        bound(
            "supervisionHoursPerAnimator",
            b -> b.supervisionHoursPerAnimator(BigDecimal.ZERO),
            b -> b.supervisionHoursPerAnimator(new BigDecimal("-0.01")),
            "supervisionHoursPerAnimator must not be negative, was -0.01"),
        bound(
            "supervisionHoursPerAnimator",
            b -> b.supervisionHoursPerAnimator(new BigDecimal("744")),
            b -> b.supervisionHoursPerAnimator(new BigDecimal("744.01")),
            "supervisionHoursPerAnimator must be at most 744 (the hours of a month), was 744.01"),
        bound(
            "newGroupProbability",
            b -> b.newGroupProbability(0),
            b -> b.newGroupProbability(-0.001),
            "newGroupProbability must be a probability in [0, 1], was -0.001"),
        bound(
            "newGroupProbability",
            b -> b.newGroupProbability(1),
            b -> b.newGroupProbability(1.001),
            "newGroupProbability must be a probability in [0, 1], was 1.001"),
        bound(
            "confidentProbability",
            b -> b.confidentProbability(1),
            b -> b.confidentProbability(Double.NaN),
            "confidentProbability must be a probability in [0, 1], was NaN"));
  }

  private static Arguments bound(
      String parameter,
      Consumer<ScenarioParameters.Builder> atTheBound,
      Consumer<ScenarioParameters.Builder> onePast,
      String message) {
    return Arguments.of(parameter, atTheBound, onePast, message);
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("bounds")
  void
      a_parameter_is_accepted_at_its_bound_and_refused_one_past_it_naming_itself_the_bound_and_the_value(
          String parameter,
          Consumer<ScenarioParameters.Builder> atTheBound,
          Consumer<ScenarioParameters.Builder> onePast,
          String message) {
    ScenarioParameters.Builder accepted = ScenarioParameters.builder();
    atTheBound.accept(accepted);
    assertThatCode(accepted::build).as("%s at its bound", parameter).doesNotThrowAnyException();

    ScenarioParameters.Builder refused = ScenarioParameters.builder();
    onePast.accept(refused);
    assertThatThrownBy(refused::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
    assertThat(message).startsWith(parameter + " must ");
  }
}
