package pl.kcs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
      "The readiness and compliance report of a self-help club document (JSON): every rule from KS-FORMAL",
      "to KS-PARTNERS with its fact ID, blockers, warnings and advice, the opening hours (KS-HOURS).",
      "Without FILE: the embedded example, a municipal centre's club (kcs example club)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:blockers found, with --strict",
      "2:bad input or option",
      "3:an error of kcs itself"
    })
final class ClubCommand extends ReportCommand {

  @Option(
      names = "--strict",
      description = "Exit with 1 when the report has blockers (for scripts and CI).")
  boolean strict;

  @Override
  java.util.Set<Format> formats() {
    return CommonOptions.withHtml();
  }

  @Override
  public Integer call() {
    SelfHelpClub club = file().map(inputs::club).orElseGet(MunicipalClubCompliance::club);
    Format format = format();
    ClubReport report = ClubCompliance.withDefaultRules().assess(club);
    switch (format) {
      case JSON:
        printJson(report);
        break;
      case CSV:
        OutcomeCsv csv = OutcomeCsv.withLeading(language(), "compliant");
        report.evaluation().outcomes().forEach(outcome -> csv.add(outcome, report.isCompliant()));
        printCsv(csv.table());
        break;
      case HTML:
        String title =
            (language() == pl.kcs.core.Language.POLISH ? "Klub samopomocy — " : "Self-help club — ")
                + club.host().name();
        print(
            HtmlReport.page(
                title,
                report.evaluation().outcomes(),
                report.render(language().locale()),
                language()));
        break;
      default:
        print(report.render(language().locale()));
    }
    return strict && !report.blockers().isEmpty() ? KcsCommand.BLOCKERS : KcsCommand.OK;
  }
}
