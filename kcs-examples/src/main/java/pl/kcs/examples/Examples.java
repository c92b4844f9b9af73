package pl.kcs.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.Scenario;
import pl.kcs.json.AutonomyInput;
import pl.kcs.json.EvaluationInput;
import pl.kcs.json.GroupLifeInput;
import pl.kcs.json.OpeningInput;
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

  /**
   * The culture house's self-assessment of its openness, "from client to co-host" (OPEN-START,
   * OPEN-PRACTICES, OPEN-COHOST): {@code kcs open}.
   */
  public static OpeningInput opening() {
    return OpeningInput.builder()
        .institution(CultureHouseSelfAssessment.NAME)
        .hostKind(HostKind.CULTURE_HOUSE)
        .assessment(CultureHouseSelfAssessment.answers())
        .build();
  }

  /**
   * The culture house's three groups on the day of {@link ThreeGroups} (KCS-M2, KCS-REM-RULES,
   * KCS-DIF-NEWCOMERS, KCS-EFF-SELFRUN): {@code kcs group}.
   */
  public static GroupLifeInput groupLife() {
    return GroupLifeInput.builder()
        .asOf(ThreeGroups.ON)
        .implementation(ThreeGroups.implementation())
        .build();
  }

  /** The culture house's three groups' autonomy and mutual aid (MA-*): {@code kcs autonomy}. */
  public static AutonomyInput autonomy() {
    return AutonomyInput.builder().implementation(ThreeGroups.implementation()).build();
  }

  /**
   * The names of the examples, in the order {@code kcs example} lists them, each the name of its
   * file under {@code examples/}.
   */
  public static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "library",
          "groups",
          "club",
          "budget",
          "evaluation",
          "simulation",
          "opening",
          "group-life",
          "autonomy");

  /** The example called {@code name}, built only when asked for; empty for an unknown name. */
  public static java.util.Optional<Object> byName(String name) {
    switch (name) {
      case "library":
        return java.util.Optional.of(library());
      case "groups":
        return java.util.Optional.of(ThreeGroups.implementation());
      case "club":
        return java.util.Optional.of(MunicipalClubCompliance.club());
      case "budget":
        return java.util.Optional.of(budget());
      case "evaluation":
        return java.util.Optional.of(evaluation());
      case "simulation":
        return java.util.Optional.of(simulation());
      case "opening":
        return java.util.Optional.of(opening());
      case "group-life":
        return java.util.Optional.of(groupLife());
      case "autonomy":
        return java.util.Optional.of(autonomy());
      default:
        return java.util.Optional.empty();
    }
  }

  /** Every example by its name, the name of its file under {@code examples/}. */
  public static ImmutableMap<String, Object> byName() {
    ImmutableMap.Builder<String, Object> examples = ImmutableMap.builder();
    for (String name : NAMES) {
      examples.put(name, byName(name).orElseThrow());
    }
    return examples.build();
  }
}
