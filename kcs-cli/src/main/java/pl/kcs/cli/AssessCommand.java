package pl.kcs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.Examples;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;

/** {@code kcs assess FILE}: the stage report of an implementation (KCS-S1A … KCS-S3). */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    header = "The stage report of an implementation: may it advance, and if not, what is missing.",
    description = {
      "The stage report of an implementation document (JSON, or XML by its XSD): the stage, "
          + "whether it may advance, the checklist, every blocker, warning and piece of advice with "
          + "its fact ID, the missing steps.",
      "Without FILE: the embedded example, a small-town library in stage 2 (kcs example library)."
    })
final class AssessCommand extends ReportCommand {

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    KcsImplementation implementation =
        file().map(inputs::implementation).orElseGet(Examples::library);
    format();
    StageReport report = StageProgression.withDefaultRules().assess(implementation);
    print(
        Output.text(() -> report.render(language().locale()))
            .json(() -> report)
            .csv(() -> StageReportCsv.write(report, language()))
            .html(() -> HtmlReport.stage(report, report.render(language().locale()), language())));
    return strict.exitCode(!report.hasNoBlockers());
  }
}
