package pl.kcs.examples;

import com.google.common.collect.ImmutableMap;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.Scenario;
import pl.kcs.json.EvaluationInput;
import pl.kcs.json.SimulationInput;
import pl.kcs.simulation.ScenarioParameters;

/**
 * The embedded example inputs of the {@code kcs} command, one per subcommand: what it works on when
 * no file is given, and what {@code kcs example NAME} prints for users to start from. The files
 * under {@code examples/} are these, written by kcs-json (a test keeps them equal).
 */
public final class Examples {

  private Examples() {}

  /** The small-town library in stage 2, blocked by partners not yet invited (KCS-S2A): {@code kcs assess}. */
  public static KcsImplementation library() {
    return SmallTownLibrary.inInauguration();
  }

  /** The culture house's 12-month budget plan in 2023 prices (KCS-COST-*): {@code kcs budget}. */
  public static Scenario budget() {
    return CultureHouseBudgetExample.scenario();
  }

  /** The three-group evaluation (KCS-EFF-*): {@code kcs evaluate}. */
  public static EvaluationInput evaluation() {
    return ThreeGroupsEvaluationExample.input();
  }

  /** The library's 36-month scenario with the seed of {@link LibrarySimulation}: {@code kcs simulate}. */
  public static SimulationInput simulation() {
    return SimulationInput.builder()
        .seed(LibrarySimulation.SEED)
        .replications(LibrarySimulation.REPLICATIONS)
        .parameters(ScenarioParameters.builder().months(LibrarySimulation.MONTHS).build())
        .build();
  }

  /** Every example by its name, the name of its file under {@code examples/}. */
  public static ImmutableMap<String, Object> byName() {
    return ImmutableMap.of(
        "library", library(),
        "groups", ThreeGroups.implementation(),
        "club", MunicipalClubCompliance.club(),
        "budget", budget(),
        "evaluation", evaluation(),
        "simulation", simulation());
  }
}
