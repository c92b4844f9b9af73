package pl.kcs.simulation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outputs of a simulation that a {@link ScenarioSensitivity} analyses, each a number read from
 * a {@link SimulationResult}: means over the replications at the last month, and pooled shares at
 * the end.
 */
@SuppressWarnings("ImmutableEnumChecker") // the reader is a method reference, stateless
public enum SensitivityOutput {
  /** Mean groups that have become independent by the last month (KCS-EFF-INDEPENDENT). */
  INDEPENDENT_GROUPS(
      "independent_groups", r -> Optional.of(r.lastMonth().independentGroups().mean())),
  /** Mean groups running themselves at the last month (KCS-EFF-SELFRUN). */
  SELF_RUNNING_GROUPS(
      "self_running_groups", r -> Optional.of(r.lastMonth().selfRunningGroups().mean())),
  /** Mean cumulative cost at the high end of the rates, in the rate card's currency (KCS-COST-*). */
  COST_HIGH("cost_high", r -> Optional.of(r.lastMonth().cumulativeCostHigh().mean())),
  /** Pooled share of participants less lonely (KCS-EFF-LONELINESS); undefined with none. */
  LESS_LONELY_SHARE("share_less_lonely", SimulationResult::pooledLessLonelyShare),
  /** Pooled share of participants confident to organise a group (KCS-EFF-CONFIDENCE). */
  CONFIDENT_SHARE("share_confident", SimulationResult::pooledConfidentShare);

  private final String outputName;
  private final Function<SimulationResult, Optional<BigDecimal>> reader;

  SensitivityOutput(String outputName, Function<SimulationResult, Optional<BigDecimal>> reader) {
    this.outputName = outputName;
    this.reader = reader;
  }

  /** The name in tables, as in {@link SweepTable}'s CSV: {@code independent_groups}. */
  public String outputName() {
    return outputName;
  }

  /** Its value in {@code result}; NaN if undefined (a share with no participants). */
  public double of(SimulationResult result) {
    return reader.apply(result).map(BigDecimal::doubleValue).orElse(Double.NaN);
  }
}
