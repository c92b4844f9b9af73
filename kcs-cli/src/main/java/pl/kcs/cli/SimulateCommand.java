package pl.kcs.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.kcs.examples.Examples;
import pl.kcs.examples.LibrarySimulation;
import pl.kcs.json.SimulationInput;
import pl.kcs.simulation.SimulationResult;

/** {@code kcs simulate FILE}: a scenario's simulated course, summarised (KCS-EFF-*, KCS-COST-*). */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    header = "A scenario simulated month by month, summarised.",
    description = {
      "Simulates a simulation document (scenario parameters, seed, replications) month by month and",
      "summarises the end: independent and self-running groups, the cost, the evaluation outcomes. The same",
      "seed gives the same figures on any machine and any number of threads.",
      "Without FILE: the embedded example, a library with one animator on 1/4 of a post for 36 months",
      "(kcs example simulation)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:bad input or option", "3:an error of kcs itself"})
final class SimulateCommand extends ReportCommand {

  @Mixin ChartOption chart;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "The root seed instead of the document's.")
  Long seed;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "The number of replications instead of the document's.")
  Long replications;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads to run on; the result does not depend on it. Default: one per processor.")
  Integer threads;

  @Option(
      names = "--quiet",
      description =
          "No progress bar on standard error (there is none anyway when standard error is not a terminal).")
  boolean quiet;

  @Override
  public Integer call() {
    SimulationInput input =
        file().map(f -> inputs.json(f, SimulationInput.class)).orElseGet(Examples::simulation);
    try {
      if (seed != null) {
        input = input.withSeed(seed);
      }
      if (replications != null) {
        input = input.withReplications(replications);
      }
    } catch (IllegalStateException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (cores < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, was " + cores);
    }
    format();
    Optional<ChartFile> chartFile = chart.file(spec.commandLine());
    // A progress bar on standard error when it is a terminal: ten million replications take
    // minutes.
    StudyOptions.ProgressBar bar =
        new StudyOptions.ProgressBar(!quiet && terminal ? spec.commandLine().getErr() : null);
    SimulationResult result =
        pl.kcs.simulation.Simulation.of(input.parameters())
            .run(
                pl.kcs.simulation.RunSettings.builder()
                    .seed(input.seed())
                    .replications(input.replications())
                    .threads(cores)
                    .progress(bar::update)
                    .build());
    bar.finish();
    chartFile.ifPresent(file -> file.write(LibrarySimulation.charts(result, language())));
    String text = SimulationSummary.text(result, language());
    print(
        Output.text(() -> text)
            .json(() -> result)
            .csv(() -> LibraryCsv.simulation(result))
            .html(() -> HtmlPages.simulation(result, text, language())));
    return KcsCommand.OK;
  }
}
