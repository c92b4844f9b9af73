package pl.kcs.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.kcs.simulation.DesignFile;
import pl.kcs.simulation.ParameterDistribution;
import pl.kcs.simulation.ProbabilityParameter;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioSensitivity;
import pl.kcs.simulation.SensitivityTable;

/**
 * {@code kcs sensitivity FILE}: which assumptions drive the simulated outcomes — Morris screening or
 * Sobol indices over a design file's factors (KCS-EFF-*, KCS-COST-*).
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    header = "Which assumptions drive the simulated outcomes: Morris or Sobol over a design file.",
    description = {
      "Reads a sensitivity design file (kind = sensitivity: a scenario, method sobol or morris, "
          + "factors with uniform, triangular or beta distributions), simulates every design point "
          + "with the same seed and ranks the factors for each output: independent and self-running "
          + "groups, cost, the less-lonely and confident shares. Progress goes to standard error. The "
          + "format of design files: docs/kcs-simulation.md."
    })
final class SensitivityCommand extends ReportCommand {

  @Mixin StudyOptions study;

  @Option(
      names = "--output",
      paramLabel = "NAME",
      defaultValue = "independent_groups",
      description = "The output the chart shows. Default: independent_groups.")
  String chartOutput;

  @Override
  java.util.Set<Format> formats() {
    return java.util.EnumSet.of(Format.TEXT, Format.JSON, Format.CSV);
  }

  @Override
  public Integer call() {
    DesignFile design =
        study.design(
            this,
            DesignFile.Kind.SENSITIVITY,
            "kind must be sensitivity for kcs sensitivity (kcs sweep runs sweeps)");
    String name = fileLabel();
    Format format = format();
    if (!ScenarioSensitivity.outputNames().contains(chartOutput)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--output must be one of " + String.join(", ", ScenarioSensitivity.outputNames()));
    }
    StudyOptions.ProgressBar bar = study.progressBar(spec.commandLine().getErr());
    RunSettings settings = study.settings(spec.commandLine(), design, bar::update);
    SensitivityTable table = design.sensitivity(settings).run();
    bar.finish();
    switch (format) {
      case CSV:
        printCsv(LibraryCsv.sensitivity(table));
        break;
      case JSON:
        print(table.toJson());
        break;
      default:
        print(table.toText() + basis(design));
    }
    if (study.chartFile.isPresent()) {
      SensitivityTable.Ranking ranking =
          table
              .ranking(chartOutput)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          name, chartOutput + " is undefined at some design point: no chart"));
      study.chartFile.get().write(java.util.List.of(StudyCharts.sensitivity(table, ranking)));
    }
    return KcsCommand.OK;
  }

  /** Where each factor's default comes from: the reader must see which are the library's assumptions. */
  private static String basis(DesignFile design) {
    StringBuilder text =
        new StringBuilder(
            "Factors (the distributions are the design file's assumptions, not the method's):\n");
    for (Map.Entry<String, ParameterDistribution> factor : design.design().factors().entrySet()) {
      ProbabilityParameter parameter = ProbabilityParameter.named(factor.getKey());
      text.append("  ")
          .append(parameter.parameterName())
          .append(" ~ ")
          .append(factor.getValue())
          .append(": its default is ");
      switch (parameter.basis()) {
        case CALIBRATED:
          text.append("calibrated to the pilot");
          break;
        case SOURCE:
          text.append("read from the source");
          break;
        default:
          text.append("a kcs default, not the method's");
      }
      parameter.factId().ifPresent(id -> text.append(" (").append(id).append(')'));
      text.append('\n');
    }
    return text.toString();
  }
}
