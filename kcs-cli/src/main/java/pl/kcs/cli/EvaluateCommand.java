package pl.kcs.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.examples.Examples;
import pl.kcs.json.EvaluationInput;

/** {@code kcs evaluate FILE}: the evaluation report of a survey (KCS-EFF-*). */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    header = "The evaluation report of a survey, beside the pilot's results.",
    description = {
      "The evaluation report of an evaluation document (groups, survey responses, settings): "
          + "loneliness before and after, kcs's questions on the pilot's effects, the groups' "
          + "outcomes, all beside the pilot's results, with Wilson intervals; cells of fewer than 5 "
          + "respondents suppressed, nothing identifies a respondent.",
      "Without FILE: the embedded example, a library's three groups (kcs example evaluation)."
    })
final class EvaluateCommand extends ReportCommand {

  @Mixin ChartOption chart;

  @Override
  public Integer call() {
    format();
    Optional<ChartFile> chartFile = chart.file(spec.commandLine());
    EvaluationInput input =
        file().map(f -> inputs.json(f, EvaluationInput.class)).orElseGet(Examples::evaluation);
    EvaluationReport report = input.report();
    chartFile.ifPresent(file -> file.write(ReportCharts.evaluation(report, language())));
    print(
        Output.text(() -> report.render(language()))
            .json(() -> report)
            .csv(() -> EvaluationReportCsv.write(report))
            .html(() -> HtmlPages.evaluation(report, language())));
    return KcsCommand.OK;
  }
}
