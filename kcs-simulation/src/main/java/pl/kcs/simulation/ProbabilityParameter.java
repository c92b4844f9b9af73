package pl.kcs.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The monthly probabilities of {@link ScenarioParameters}, by name: the parameters an {@link
 * Uncertainty} may give as distributions and a sensitivity analysis ({@link ScenarioSensitivity}) varies.
 * Each constant's {@link #parameterName()} is its accessor's name in {@link ScenarioParameters};
 * its {@link #basis()} says where its default comes from.
 */
@SuppressWarnings("ImmutableEnumChecker") // the functions are method references, stateless
public enum ProbabilityParameter {
  /** {@link ScenarioParameters#newGroupProbability()} (KCS-S2C). */
  NEW_GROUP(
      "newGroupProbability",
      "KCS-S2C",
      Basis.ASSUMPTION,
      ScenarioParameters::newGroupProbability,
      ScenarioParameters::withNewGroupProbability),
  /** {@link ScenarioParameters#existingGroupChannelProbability()} (KCS-S2C). */
  EXISTING_GROUP_CHANNEL(
      "existingGroupChannelProbability",
      "KCS-S2C",
      Basis.ASSUMPTION,
      ScenarioParameters::existingGroupChannelProbability,
      ScenarioParameters::withExistingGroupChannelProbability),
  /** {@link ScenarioParameters#animatorTurnoverProbability()}. */
  ANIMATOR_TURNOVER(
      "animatorTurnoverProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::animatorTurnoverProbability,
      ScenarioParameters::withAnimatorTurnoverProbability),
  /** {@link ScenarioParameters#vacancyFillProbability()}. */
  VACANCY_FILL(
      "vacancyFillProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::vacancyFillProbability,
      ScenarioParameters::withVacancyFillProbability),
  /** {@link ScenarioParameters#newcomerProbability()} (KCS-DIF-NEWCOMERS). */
  NEWCOMER(
      "newcomerProbability",
      "KCS-DIF-NEWCOMERS",
      Basis.ASSUMPTION,
      ScenarioParameters::newcomerProbability,
      ScenarioParameters::withNewcomerProbability),
  /** {@link ScenarioParameters#leaveProbability()}. */
  LEAVE(
      "leaveProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::leaveProbability,
      ScenarioParameters::withLeaveProbability),
  /** {@link ScenarioParameters#firstMeetingProbability()}. */
  FIRST_MEETING(
      "firstMeetingProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::firstMeetingProbability,
      ScenarioParameters::withFirstMeetingProbability),
  /** {@link ScenarioParameters#rulesAgreedProbability()} (KCS-REM-RULES). */
  RULES_AGREED(
      "rulesAgreedProbability",
      "KCS-REM-RULES",
      Basis.ASSUMPTION,
      ScenarioParameters::rulesAgreedProbability,
      ScenarioParameters::withRulesAgreedProbability),
  /** {@link ScenarioParameters#developingProbability()}. */
  DEVELOPING(
      "developingProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::developingProbability,
      ScenarioParameters::withDevelopingProbability),
  /** {@link ScenarioParameters#selfRunningProbability()} (KCS-EFF-SELFRUN). */
  SELF_RUNNING(
      "selfRunningProbability",
      "KCS-EFF-SELFRUN",
      Basis.ASSUMPTION,
      ScenarioParameters::selfRunningProbability,
      ScenarioParameters::withSelfRunningProbability),
  /** {@link ScenarioParameters#independenceProbability()} (KCS-EFF-INDEPENDENT), calibrated. */
  INDEPENDENCE(
      "independenceProbability",
      "KCS-EFF-INDEPENDENT",
      Basis.CALIBRATED,
      ScenarioParameters::independenceProbability,
      ScenarioParameters::withIndependenceProbability),
  /** {@link ScenarioParameters#formingDissolutionProbability()}. */
  FORMING_DISSOLUTION(
      "formingDissolutionProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::formingDissolutionProbability,
      ScenarioParameters::withFormingDissolutionProbability),
  /** {@link ScenarioParameters#dissolutionProbability()}. */
  DISSOLUTION(
      "dissolutionProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::dissolutionProbability,
      ScenarioParameters::withDissolutionProbability),
  /** {@link ScenarioParameters#selfRunningDissolutionProbability()}. */
  SELF_RUNNING_DISSOLUTION(
      "selfRunningDissolutionProbability",
      null,
      Basis.ASSUMPTION,
      ScenarioParameters::selfRunningDissolutionProbability,
      ScenarioParameters::withSelfRunningDissolutionProbability),
  /** {@link ScenarioParameters#eventProbability()} (KCS-COST-EVENT). */
  EVENT(
      "eventProbability",
      "KCS-COST-EVENT",
      Basis.ASSUMPTION,
      ScenarioParameters::eventProbability,
      ScenarioParameters::withEventProbability),
  /** {@link ScenarioParameters#lessLonelyProbability()} (KCS-EFF-LONELINESS), read from the source. */
  LESS_LONELY(
      "lessLonelyProbability",
      "KCS-EFF-LONELINESS",
      Basis.SOURCE,
      ScenarioParameters::lessLonelyProbability,
      ScenarioParameters::withLessLonelyProbability),
  /** {@link ScenarioParameters#confidentProbability()} (KCS-EFF-CONFIDENCE), calibrated. */
  CONFIDENT(
      "confidentProbability",
      "KCS-EFF-CONFIDENCE",
      Basis.CALIBRATED,
      ScenarioParameters::confidentProbability,
      ScenarioParameters::withConfidentProbability);

  /** Where a default comes from. */
  public enum Basis {
    /** Calibrated to the pilot's published results; a test holds the calibration. */
    CALIBRATED,
    /** Read from the source method's words. */
    SOURCE,
    /** An assumption of the library, not the method's. */
    ASSUMPTION
  }

  private final String parameterName;
  private final @Nullable String factId;
  private final Basis basis;
  private final ToDoubleFunction<ScenarioParameters> getter;
  private final BiFunction<ScenarioParameters, Double, ScenarioParameters> wither;

  ProbabilityParameter(
      String parameterName,
      @Nullable String factId,
      Basis basis,
      ToDoubleFunction<ScenarioParameters> getter,
      BiFunction<ScenarioParameters, Double, ScenarioParameters> wither) {
    this.parameterName = parameterName;
    this.factId = factId;
    this.basis = basis;
    this.getter = getter;
    this.wither = wither;
  }

  /** The name of the accessor in {@link ScenarioParameters}, e.g. {@code newGroupProbability}. */
  public String parameterName() {
    return parameterName;
  }

  /** The fact of the catalogue (docs/facts.md) the parameter models, if any. */
  public Optional<String> factId() {
    return Optional.ofNullable(factId);
  }

  /** Where its default comes from. */
  public Basis basis() {
    return basis;
  }

  /** Its value in {@code parameters}. */
  public double get(ScenarioParameters parameters) {
    return getter.applyAsDouble(parameters);
  }

  /**
   * {@code parameters} with this probability set to {@code value}.
   *
   * @throws IllegalStateException if {@code value} is not in [0, 1], naming the parameter
   */
  public ScenarioParameters with(ScenarioParameters parameters, double value) {
    return wither.apply(requireNonNull(parameters, "parameters"), value);
  }

  /**
   * The parameter whose {@link #parameterName()} is {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static ProbabilityParameter named(String name) {
    requireNonNull(name, "name");
    for (ProbabilityParameter parameter : values()) {
      if (parameter.parameterName.equals(name)) {
        return parameter;
      }
    }
    throw new IllegalArgumentException(
        "unknown probability parameter; the names are those of ScenarioParameters, e.g. newGroupProbability");
  }

  /** Every probability of {@code parameters}, indexed by {@link #ordinal()}. */
  static double[] all(ScenarioParameters parameters) {
    double[] values = new double[values().length];
    for (ProbabilityParameter parameter : values()) {
      values[parameter.ordinal()] = parameter.get(parameters);
    }
    return values;
  }
}
