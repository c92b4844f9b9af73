package pl.kcs.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.kcs.core.Language;
import pl.kcs.examples.Examples;
import pl.kcs.json.GroupLifeInput;
import pl.kcs.rules.group.GroupLifeReport;

/**
 * {@code kcs group FILE}: what each group's life asks of the KCS on a day — its maturity, whether it
 * may meet without the animator, newcomers, a rules review (KCS-M2, KCS-REM-RULES,
 * KCS-DIF-NEWCOMERS, KCS-DIF-RULES, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT).
 */
@Command(
    name = "group",
    mixinStandardHelpOptions = true,
    header =
        "What each group's life asks of the KCS: maturity, meeting without the animator, newcomers, rules.",
    description = {
      "For every group of a groupLife document (a day, an implementation, optionally the "
          + "bonding period in months) or of an implementation document with --on DATE: its maturity, "
          + "whether it may meet without the animator, what newcomers change and whether its rules "
          + "need a review, each rule citing its fact ID.",
      "It has warnings and advice, never blockers, so it has no --strict.",
      "Without FILE: the embedded example, a culture house's three groups (kcs example "
          + "group-life)."
    })
final class GroupCommand extends ReportCommand {

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description =
          "The day to look at the groups on (YYYY-MM-DD), instead of the document's asOf; required for an implementation document.")
  String on;

  @Override
  public Integer call() {
    format();
    GroupLifeInput read = file().map(this::read).orElseGet(Examples::groupLife);
    GroupLifeInput input = on != null && file == null ? read.withAsOf(day()) : read;
    List<GroupLifeReport> reports = input.reports();
    Language language = language();
    String text =
        GroupReports.text(title(input), reports, r -> r.render(language.locale()), language);
    print(
        Output.text(() -> text)
            .json(
                () ->
                    JsonList.of(
                        "groupLifeReports",
                        language,
                        List.<String[]>of(
                            new String[] {"asOf", JsonList.string(input.asOf().toString())}),
                        reports))
            .csv(
                () ->
                    OutcomeCsv.withLeading(
                            language, "as_of", "group", "maturity", "needs_rules_review")
                        .addAll(
                            reports,
                            r -> r.evaluation().outcomes(),
                            r ->
                                new Object[] {
                                  input.asOf(),
                                  r.group().id().value(),
                                  r.group().maturity().name(),
                                  r.needsRulesReview()
                                })
                        .table())
            .html(
                () ->
                    HtmlReport.page(
                        title(input),
                        GroupReports.outcomes(reports, r -> r.evaluation().outcomes()),
                        text,
                        language)));
    return KcsCommand.OK;
  }

  private String title(GroupLifeInput input) {
    return say("Życie grup — ", "Group life — ")
        + input.implementation().host().name()
        + say(", stan na ", ", as of ")
        + Dates.prose(input.asOf(), language());
  }

  private LocalDate day() {
    try {
      return LocalDate.parse(on);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--on must be a date YYYY-MM-DD" + pl.kcs.core.Checks.rejected(on));
    }
  }

  private GroupLifeInput read(String file) {
    return read(
        file,
        "groupLife",
        text -> {
          GroupLifeInput input = inputs.json().fromJson(text, GroupLifeInput.class);
          return on == null ? input : input.withAsOf(day());
        },
        "implementation",
        text -> {
          if (on == null) {
            throw new CommandLine.ParameterException(
                spec.commandLine(),
                "--on DATE is required with an implementation document: the day to look at its groups on");
          }
          return GroupLifeInput.builder()
              .asOf(day())
              .implementation(
                  inputs.json().fromJson(text, pl.kcs.core.stage.KcsImplementation.class))
              .build();
        });
  }
}
