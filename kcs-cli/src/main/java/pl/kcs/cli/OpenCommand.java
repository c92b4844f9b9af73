package pl.kcs.cli;

import picocli.CommandLine.Command;
import pl.kcs.examples.Examples;
import pl.kcs.json.KcsJsonException;
import pl.kcs.json.OpeningInput;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.opening.AreaScore;
import pl.kcs.rules.opening.SelfAssessmentReport;

/** {@code kcs open FILE}: an institution's self-assessment of its openness, "from client to co-host" (OPEN-*). */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    header =
        "An institution's self-assessment of its openness to residents, from client to co-host.",
    description = {
      "The self-assessment of an opening document (the institution's answers, its kind and name) or of an",
      "implementation document that holds one: a score per area, the position on the client-to-co-host scale",
      "(OPEN-COHOST), the starting conditions met or missing (OPEN-START) and advice for the weakest areas,",
      "each citing its fact ID. The kind decides which tools count (OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE).",
      "It has warnings and advice, never blockers, so it has no --strict.",
      "Without FILE: the embedded example, a culture house (kcs example opening)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:bad input or option", "3:an error of kcs itself"})
final class OpenCommand extends ReportCommand {

  @Override
  java.util.Set<Format> formats() {
    return CommonOptions.withHtml();
  }

  @Override
  public Integer call() {
    Format format = format();
    OpeningInput input = file().map(this::read).orElseGet(Examples::opening);
    SelfAssessmentReport report = input.report();
    switch (format) {
      case JSON:
        printJson(report);
        break;
      case CSV:
        printCsv(csv(report));
        break;
      case HTML:
        print(
            HtmlReport.page(
                title(input),
                report.evaluation().outcomes(),
                report.render(language().locale()),
                language()));
        break;
      default:
        print(
            input.institution().map(name -> name + "\n").orElse("")
                + report.render(language().locale()));
    }
    return KcsCommand.OK;
  }

  private String title(OpeningInput input) {
    String what =
        language() == pl.kcs.core.Language.POLISH
            ? "Samoocena otwartości instytucji"
            : "Self-assessment of the institution's openness";
    return input.institution().map(name -> what + " — " + name).orElse(what);
  }

  private CsvTable csv(SelfAssessmentReport report) {
    OutcomeCsv csv =
        OutcomeCsv.withLeading(
            language(),
            "position",
            "percent",
            "area",
            "area_points",
            "area_max_points",
            "area_percent",
            "area_position");
    for (Outcome outcome : report.evaluation().outcomes()) {
      AreaScore area = null;
      for (AreaScore score : report.scores()) {
        if (report.outcome(score.area()).filter(outcome::equals).isPresent()) {
          area = score;
        }
      }
      csv.add(
          outcome,
          report.position().name(),
          report.percent(),
          area == null ? "" : area.area().name(),
          area == null ? "" : area.points(),
          area == null ? "" : area.maxPoints(),
          area == null ? "" : area.percent(),
          area == null ? "" : area.position().name());
    }
    return csv.table();
  }

  private OpeningInput read(String file) {
    Inputs.Document document = inputs.document(file);
    try {
      switch (document.name()) {
        case "opening":
          return inputs.json().fromJson(document.text(), OpeningInput.class);
        case "implementation":
          pl.kcs.core.stage.KcsImplementation implementation =
              inputs.json().fromJson(document.text(), pl.kcs.core.stage.KcsImplementation.class);
          return OpeningInput.builder()
              .institution(implementation.host().name())
              .hostKind(implementation.host().kind())
              .assessment(
                  implementation
                      .selfAssessment()
                      .orElseThrow(
                          () ->
                              new BadInputException(
                                  file,
                                  "$.selfAssessment: the implementation holds no self-assessment to report on")))
              .build();
        default:
          throw new BadInputException(
              file,
              "$.document: must be 'opening' or 'implementation'"
                  + pl.kcs.core.Checks.rejected(document.name()));
      }
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }
}
