package pl.kcs.simulation;

/**
 * Runs a million replications of a 12-month scenario; {@link MemoryTest} starts it in a JVM whose
 * heap is capped at 256 MB.
 */
public final class MillionReplications {

  private MillionReplications() {}

  public static void main(String[] args) {
    SimulationResult result =
        Simulation.of(ScenarioParameters.builder().months(12).build())
            .run(RunSettings.builder().seed(1).replications(1_000_000).build());
    System.out.println(
        "replications=" + result.replications() + " groupMonths=" + result.groupMonths());
  }
}
