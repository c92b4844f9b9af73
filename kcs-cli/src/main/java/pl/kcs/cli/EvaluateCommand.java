package pl.kcs.cli;

import picocli.CommandLine.Command;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.examples.Examples;
import pl.kcs.json.EvaluationInput;

/** {@code kcs evaluate FILE}: the evaluation report of a survey (KCS-EFF-*). */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    header = "The evaluation report of a survey, beside the pilot's results.",
    description = {
      "The evaluation report of an evaluation document (groups, survey responses, settings): loneliness",
      "before and after, kcs's questions on the pilot's effects, the groups' outcomes, all beside the pilot's results,",
      "with Wilson intervals; cells of fewer than 5 respondents suppressed, nothing identifies a respondent.",
      "Without FILE: the embedded example, a library's three groups (kcs example evaluation)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:bad input or option", "3:an error of kcs itself"})
final class EvaluateCommand extends ReportCommand {

  @Override
  public Integer call() {
    EvaluationInput input =
        file().map(f -> inputs.json(f, EvaluationInput.class)).orElseGet(Examples::evaluation);
    EvaluationReport report = input.report();
    switch (format()) {
      case JSON:
        printJson(report);
        break;
      case CSV:
        printCsv(EvaluationReportCsv.write(report));
        break;
      default:
        print(report.render(language()));
    }
    return KcsCommand.OK;
  }
}
