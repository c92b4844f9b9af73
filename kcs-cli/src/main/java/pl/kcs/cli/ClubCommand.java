package pl.kcs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.examples.MunicipalClubCompliance;
import pl.kcs.rules.club.ClubCompliance;
import pl.kcs.rules.club.ClubReport;

/** {@code kcs club FILE}: the readiness and compliance report of a self-help club (KS-*). */
@Command(
    name = "club",
    mixinStandardHelpOptions = true,
    header =
        "The compliance report of a self-help club (Klub Samopomocy) of a social-assistance centre.",
    description = {
      "The readiness and compliance report of a self-help club document (JSON): every rule from "
          + "KS-FORMAL to KS-PARTNERS with its fact ID, blockers, warnings and advice, the opening "
          + "hours (KS-HOURS).",
      "Without FILE: the embedded example, a municipal centre's club (kcs example club)."
    })
final class ClubCommand extends ReportCommand {

  @Mixin StrictOption strict;

  @Override
  public Integer call() {
    SelfHelpClub club = file().map(inputs::club).orElseGet(MunicipalClubCompliance::club);
    format();
    ClubReport report = ClubCompliance.withDefaultRules().assess(club);
    String text = report.render(language().locale());
    print(
        Output.text(() -> text)
            .json(() -> report)
            .csv(
                () -> {
                  OutcomeCsv csv = OutcomeCsv.withLeading(language(), "compliant");
                  report
                      .evaluation()
                      .outcomes()
                      .forEach(outcome -> csv.add(outcome, report.isCompliant()));
                  return csv.table();
                })
            .html(
                () ->
                    HtmlReport.page(
                        say("Klub samopomocy — ", "Self-help club — ") + club.host().name(),
                        report.evaluation().outcomes(),
                        text,
                        language())));
    return strict.exitCode(!report.blockers().isEmpty());
  }
}
