package pl.kcs.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "Simulates a simulation document (scenario parameters, seed, replications) month by month "
          + "and summarises the end: independent and self-running groups, the cost, the evaluation "
          + "outcomes. The same seed gives the same figures on any machine and any number of threads.",
      "Without FILE: the embedded example, a library with one animator on 1/4 of a post for 36 "
          + "months (kcs example simulation)."
    })
final class SimulateCommand extends ReportCommand {

  @Mixin ChartOption chart;

  /** --seed, --replications, --threads, --quiet; a progress bar only when standard error is a terminal. */
  @Mixin RunOptions run;

  @Override
  public Integer call() {
    SimulationInput input =
        file().map(f -> inputs.json(f, SimulationInput.class)).orElseGet(Examples::simulation);
    try {
      if (run.seed != null) {
        input = input.withSeed(run.seed);
      }
      if (run.replications != null) {
        input = input.withReplications(run.replications);
      }
    } catch (IllegalStateException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    int cores = run.threads(spec.commandLine());
    format();
    Optional<ChartFile> chartFile = chart.file(spec.commandLine());
    // A progress bar on standard error when it is a terminal: ten million replications take
    // minutes.
    StudyOptions.ProgressBar bar =
        new StudyOptions.ProgressBar(!run.quiet && terminal ? spec.commandLine().getErr() : null);
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
