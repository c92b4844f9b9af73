package pl.kcs.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import pl.kcs.core.Language;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.examples.Examples;
import pl.kcs.json.AutonomyInput;
import pl.kcs.rules.autonomy.AutonomyAssessment;
import pl.kcs.rules.autonomy.AutonomyReport;

/** {@code kcs autonomy FILE}: the autonomy and mutual aid of every group (MA-*). */
@Command(
    name = "autonomy",
    mixinStandardHelpOptions = true,
    header =
        "The autonomy and mutual aid of every group: who leads, professionals' attitudes, reciprocity.",
    description = {
      "For every group of an autonomy document (an implementation and, optionally, the word "
          + "used for people) or of an implementation document: who leads the meetings and sets the "
          + "agenda (MA-AUTONOMY), threatening attitudes of professionals (MA-ATTITUDES, MA-BARRIER), "
          + "reciprocity (MA-ASSUMPTIONS), families (MA-GROUP), the words used for people (MA-TERMS) "
          + "and contacts with other groups (MA-NETWORK).",
      "It has warnings and advice, never blockers, so it has no --strict.",
      "Without FILE: the embedded example, a culture house's three groups (kcs example autonomy)."
    })
final class AutonomyCommand extends ReportCommand {

  @Override
  public Integer call() {
    format();
    AutonomyInput input = file().map(this::read).orElseGet(Examples::autonomy);
    List<AutonomyReport> reports = input.reports();
    Language language = language();
    String title =
        say("Autonomia i wzajemna pomoc grup — ", "Autonomy and mutual aid of the groups — ")
            + input.implementation().host().name();
    String text =
        GroupReports.text(title, reports, r -> r.render(language.locale()), language)
            + alone(input);
    print(
        Output.text(() -> text)
            .json(() -> JsonList.of("autonomyReports", language, List.of(), reports))
            .csv(
                () ->
                    OutcomeCsv.withLeading(
                            language, "group", "term", "term_chosen_deliberately", "no_contact")
                        .addAll(
                            reports,
                            r -> r.evaluation().outcomes(),
                            r ->
                                new Object[] {
                                  r.group().id().value(),
                                  input.terminology().term().name(),
                                  input.terminology().isDeliberate(),
                                  r.hasNoContact()
                                })
                        .table())
            .html(
                () ->
                    HtmlReport.page(
                        title,
                        GroupReports.outcomes(reports, r -> r.evaluation().outcomes()),
                        text,
                        language)));
    return KcsCommand.OK;
  }

  /** The line naming the groups with no contact to other groups (MA-NETWORK), if any. */
  private String alone(AutonomyInput input) {
    List<String> alone = new ArrayList<>();
    for (SelfHelpGroup group : AutonomyAssessment.groupsWithoutContact(input.implementation())) {
      alone.add(group.name());
    }
    return alone.isEmpty()
        ? ""
        : say(
                "Grupy bez kontaktu z innymi grupami (MA-NETWORK): ",
                "Groups with no contact to other groups (MA-NETWORK): ")
            + String.join(", ", alone)
            + "\n";
  }

  private AutonomyInput read(String file) {
    return read(
        file,
        "autonomy",
        text -> inputs.json().fromJson(text, AutonomyInput.class),
        "implementation",
        text ->
            AutonomyInput.builder()
                .implementation(
                    inputs.json().fromJson(text, pl.kcs.core.stage.KcsImplementation.class))
                .build());
  }
}
