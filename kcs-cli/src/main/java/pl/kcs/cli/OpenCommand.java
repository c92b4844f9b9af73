package pl.kcs.cli;

import picocli.CommandLine.Command;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.examples.Examples;
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
      "The self-assessment of an opening document (the institution's answers, its kind and "
          + "name) or of an implementation document that holds one: a score per area, the position on "
          + "the client-to-co-host scale (OPEN-COHOST), the starting conditions met or missing "
          + "(OPEN-START) and advice for the weakest areas, each citing its fact ID. The kind decides "
          + "which tools count (OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE).",
      "It has warnings and advice, never blockers, so it has no --strict.",
      "Without FILE: the embedded example, a culture house (kcs example opening)."
    })
final class OpenCommand extends ReportCommand {

  @Override
  public Integer call() {
    format();
    OpeningInput input = file().map(this::read).orElseGet(Examples::opening);
    SelfAssessmentReport report = input.report();
    String text = report.render(language().locale());
    print(
        Output.text(() -> input.institution().map(name -> name + "\n").orElse("") + text)
            .json(() -> report)
            .csv(() -> csv(report))
            .html(
                () ->
                    HtmlReport.page(
                        title(input), report.evaluation().outcomes(), text, language())));
    return KcsCommand.OK;
  }

  private String title(OpeningInput input) {
    String what =
        say("Samoocena otwartości instytucji", "Self-assessment of the institution's openness");
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
    return read(
        file,
        "opening",
        text -> inputs.json().fromJson(text, OpeningInput.class),
        "implementation",
        text -> fromImplementation(file, text));
  }

  private OpeningInput fromImplementation(String file, String text) {
    KcsImplementation implementation = inputs.json().fromJson(text, KcsImplementation.class);
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
  }
}
