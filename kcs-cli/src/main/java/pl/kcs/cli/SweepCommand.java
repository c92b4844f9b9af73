package pl.kcs.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import pl.kcs.simulation.DesignFile;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.SimulationResult;
import pl.kcs.simulation.SweepTable;

/** {@code kcs sweep FILE}: a grid of scenarios simulated with one seed, one row per point (KCS-EFF-*, KCS-COST-*). */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    header = "A grid of scenarios simulated with one seed, one row per grid point.",
    description = {
      "Reads a sweep design file (kind = sweep: a scenario and vary.FIELD = v1, v2, ... lines), "
          + "simulates every grid point with the same seed and prints one CSV row per point: the "
          + "groups active, running themselves and independent at the end, the cost, the evaluation "
          + "shares. Progress goes to standard error. The format of design files: "
          + "docs/kcs-simulation.md."
    })
final class SweepCommand extends ReportCommand {

  @Mixin StudyOptions study;

  @Override
  java.util.Set<Format> formats() {
    return java.util.EnumSet.of(Format.TEXT, Format.CSV);
  }

  @Override
  public Integer call() {
    DesignFile design =
        study.design(
            this,
            DesignFile.Kind.SWEEP,
            "kind must be sweep for kcs sweep (kcs sensitivity runs sensitivity designs)");
    StudyOptions.ProgressBar bar = study.progressBar(spec.commandLine().getErr());
    List<ScenarioParameters> scenarios = design.sweep().scenarios();
    // One progress bar over all grid points.
    long perPoint = study.settings(spec.commandLine(), design, (done, total) -> {}).replications();
    long total = perPoint * scenarios.size();
    List<SimulationResult> results = new ArrayList<>();
    for (int point = 0; point < scenarios.size(); point++) {
      long before = perPoint * point;
      RunSettings settings =
          study.settings(
              spec.commandLine(), design, (done, all) -> bar.update(before + done, total));
      results.add(Simulation.of(scenarios.get(point), design.uncertainty()).run(settings));
    }
    bar.finish();
    SweepTable table = design.sweep().table(results);
    printCsv(LibraryCsv.sweep(table)); // text and csv alike: one row per grid point
    study.chartFile.ifPresent(file -> file.write(List.of(StudyCharts.sweep(table))));
    return KcsCommand.OK;
  }
}
