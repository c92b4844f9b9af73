package pl.kcs.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.examples.Examples;
import pl.kcs.json.AutonomyInput;
import pl.kcs.json.KcsJsonException;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.autonomy.AutonomyReport;

/** {@code kcs autonomy FILE}: the autonomy and mutual aid of every group (MA-*). */
@Command(
    name = "autonomy",
    mixinStandardHelpOptions = true,
    header =
        "The autonomy and mutual aid of every group: who leads, professionals' attitudes, reciprocity.",
    description = {
      "For every group of an autonomy document (an implementation and, optionally, the word used for people)",
      "or of an implementation document: who leads the meetings and sets the agenda (MA-AUTONOMY), threatening",
      "attitudes of professionals (MA-ATTITUDES, MA-BARRIER), reciprocity (MA-ASSUMPTIONS), families",
      "(MA-GROUP), the words used for people (MA-TERMS) and contacts with other groups (MA-NETWORK).",
      "It has warnings and advice, never blockers, so it has no --strict.",
      "Without FILE: the embedded example, a culture house's three groups (kcs example autonomy)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:bad input or option", "3:an error of kcs itself"})
final class AutonomyCommand extends ReportCommand {

  @Override
  java.util.Set<Format> formats() {
    return CommonOptions.withHtml();
  }

  @Override
  public Integer call() {
    Format format = format();
    AutonomyInput input = file().map(this::read).orElseGet(Examples::autonomy);
    List<AutonomyReport> reports = input.reports();
    Language language = language();
    switch (format) {
      case JSON:
        print(JsonList.of("autonomyReports", language, List.of(), reports));
        break;
      case CSV:
        OutcomeCsv csv =
            OutcomeCsv.withLeading(
                language, "group", "term", "term_chosen_deliberately", "no_contact");
        for (AutonomyReport report : reports) {
          for (Outcome outcome : report.evaluation().outcomes()) {
            csv.add(
                outcome,
                report.group().id().value(),
                input.terminology().term().name(),
                input.terminology().isDeliberate(),
                report.hasNoContact());
          }
        }
        printCsv(csv.table());
        break;
      case HTML:
        List<Outcome> outcomes = new ArrayList<>();
        reports.forEach(r -> outcomes.addAll(r.evaluation().outcomes()));
        print(HtmlReport.page(title(input), outcomes, text(input, reports), language));
        break;
      default:
        print(text(input, reports));
    }
    return KcsCommand.OK;
  }

  private String title(AutonomyInput input) {
    return (language() == Language.POLISH
            ? "Autonomia i wzajemna pomoc grup — "
            : "Autonomy and mutual aid of the groups — ")
        + input.implementation().host().name();
  }

  private String text(AutonomyInput input, List<AutonomyReport> reports) {
    boolean polish = language() == Language.POLISH;
    StringBuilder text = new StringBuilder(title(input)).append('\n');
    if (reports.isEmpty()) {
      text.append(
          polish ? "Wdrożenie nie ma jeszcze grup.\n" : "The implementation has no groups yet.\n");
    }
    for (AutonomyReport report : reports) {
      text.append(report.render(language().locale()));
    }
    List<String> alone = new ArrayList<>();
    for (SelfHelpGroup group : AutonomyAssessment.groupsWithoutContact(input.implementation())) {
      alone.add(group.name());
    }
    if (!alone.isEmpty()) {
      text.append(
              polish
                  ? "Grupy bez kontaktu z innymi grupami (MA-NETWORK): "
                  : "Groups with no contact to other groups (MA-NETWORK): ")
          .append(String.join(", ", alone))
          .append('\n');
    }
    return text.toString();
  }

  private AutonomyInput read(String file) {
    Inputs.Document document = inputs.document(file);
    try {
      switch (document.name()) {
        case "autonomy":
          return inputs.json().fromJson(document.text(), AutonomyInput.class);
        case "implementation":
          return AutonomyInput.builder()
              .implementation(
                  inputs
                      .json()
                      .fromJson(document.text(), pl.kcs.core.stage.KcsImplementation.class))
              .build();
        default:
          throw new BadInputException(
              file,
              "$.document: must be 'autonomy' or 'implementation'"
                  + pl.kcs.core.Checks.rejected(document.name()));
      }
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }
}
