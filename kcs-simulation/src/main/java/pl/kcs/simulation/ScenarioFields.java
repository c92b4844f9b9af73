package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import pl.kcs.core.people.PostFraction;

/**
 * Sets a field of {@link ScenarioParameters} by its accessor's name from text, for {@link
 * DesignFile}s: whole numbers, probabilities (decimal point), {@code animatorPost} as a fraction
 * ({@code 1/4}) and {@code supervisionHoursPerAnimator} as a decimal. The rate card is not settable
 * by name: design files use {@link ScenarioParameters#rateCard()}'s default.
 */
final class ScenarioFields {

  private static final ImmutableMap<
          String, BiFunction<ScenarioParameters, String, ScenarioParameters>>
      SETTERS = setters();

  private ScenarioFields() {}

  /** The names that can be set. */
  static ImmutableList<String> names() {
    return SETTERS.keySet().asList();
  }

  /**
   * {@code parameters} with {@code name} set to {@code value}.
   *
   * @throws IllegalArgumentException if the name is unknown, the text is not a value of the field's
   *     type, or the value is invalid (the message names the field)
   */
  static ScenarioParameters with(ScenarioParameters parameters, String name, String value) {
    BiFunction<ScenarioParameters, String, ScenarioParameters> setter = SETTERS.get(name);
    checkArgument(
        setter != null,
        "unknown scenario parameter; the names are those of ScenarioParameters, e.g. maxGroups");
    try {
      return setter.apply(parameters, value.trim());
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static ImmutableMap<String, BiFunction<ScenarioParameters, String, ScenarioParameters>>
      setters() {
    ImmutableMap.Builder<String, BiFunction<ScenarioParameters, String, ScenarioParameters>>
        setters = ImmutableMap.builder();
    setters.put("months", (p, v) -> p.withMonths(whole("months", v)));
    setters.put("animators", (p, v) -> p.withAnimators(whole("animators", v)));
    setters.put("animatorPost", (p, v) -> p.withAnimatorPost(fraction(v)));
    setters.put("maxGroups", (p, v) -> p.withMaxGroups(whole("maxGroups", v)));
    setters.put("maxGroupsStarted", (p, v) -> p.withMaxGroupsStarted(whole("maxGroupsStarted", v)));
    setters.put(
        "monthsBeforeFirstGroup",
        (p, v) -> p.withMonthsBeforeFirstGroup(whole("monthsBeforeFirstGroup", v)));
    setters.put("initialMembers", (p, v) -> p.withInitialMembers(whole("initialMembers", v)));
    setters.put(
        "bondedAfterMonths", (p, v) -> p.withBondedAfterMonths(whole("bondedAfterMonths", v)));
    setters.put(
        "noAnimatorDissolutionFactor",
        (p, v) -> p.withNoAnimatorDissolutionFactor(whole("noAnimatorDissolutionFactor", v)));
    setters.put(
        "supervisionHoursPerAnimator",
        (p, v) -> p.withSupervisionHoursPerAnimator(decimal("supervisionHoursPerAnimator", v)));
    for (ProbabilityParameter parameter : ProbabilityParameter.values()) {
      setters.put(
          parameter.parameterName(),
          (p, v) -> parameter.with(p, probability(parameter.parameterName(), v)));
    }
    return setters.build();
  }

  private static int whole(String name, String text) {
    checkArgument(
        text.matches("-?\\d{1,9}"), "%s must be a whole number of at most 9 digits", name);
    return Integer.parseInt(text);
  }

  private static double probability(String name, String text) {
    checkArgument(
        text.matches("-?\\d{1,9}(\\.\\d{1,17})?"),
        "%s must be a number with a decimal point",
        name);
    return Double.parseDouble(text);
  }

  private static BigDecimal decimal(String name, String text) {
    checkArgument(
        text.matches("-?\\d{1,9}(\\.\\d{1,9})?"), "%s must be a number with a decimal point", name);
    return new BigDecimal(text);
  }

  private static PostFraction fraction(String text) {
    checkArgument(text.length() <= 40, "animatorPost must be a fraction such as 1/4");
    try {
      return PostFraction.parse(text);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(
          "animatorPost must be a fraction in (0, 1] such as 1/4", e);
    }
  }
}
