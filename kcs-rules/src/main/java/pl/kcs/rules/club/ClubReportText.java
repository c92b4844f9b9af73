package pl.kcs.rules.club;

import java.time.format.TextStyle;
import pl.kcs.core.Language;
import pl.kcs.core.club.OpeningInterval;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.Severity;

/** Writes a {@link ClubReport} as plain text: the club's words on the shared pieces. */
final class ClubReportText {

  private ClubReportText() {}

  static void write(ClubReport report, ReportText text) {
    Language language = text.language();
    text.line(ClubRules.WORDS.format(language, "report.title", report.club().host().name()));
    text.line(
        report.isCompliant()
            ? ClubRules.WORDS.format(language, "report.compliant")
            : ClubRules.WORDS.format(
                language,
                "report.not-compliant",
                report.evaluation().problemCount(Severity.BLOCKER)));
    text.line(ClubRules.WORDS.format(language, "report.hours", hours(report, language)));

    text.blankLine().line(ClubRules.WORDS.format(language, "report.checklist"));
    for (ClubAspect aspect : ClubAspect.values()) {
      text.check("  ", report.meets(aspect), aspect.source() + " " + aspect.label(text.locale()));
    }
    String none = ClubRules.WORDS.format(language, "report.none");
    text.section(ClubRules.WORDS.format(language, "report.blockers"), none, report.blockers());
    text.section(ClubRules.WORDS.format(language, "report.warnings"), none, report.warnings());
    text.section(ClubRules.WORDS.format(language, "report.advice"), none, report.advice());
  }

  private static String hours(ClubReport report, Language language) {
    if (report.club().openingHours().isEmpty()) {
      return ClubRules.WORDS.format(language, "report.hours.not-recorded");
    }
    WeeklySchedule schedule = report.club().openingHours().get();
    if (schedule.intervals().isEmpty()) {
      return ClubRules.WORDS.format(language, "report.hours.none");
    }
    StringBuilder text = new StringBuilder();
    for (OpeningInterval interval : schedule.intervals()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(interval.day().getDisplayName(TextStyle.FULL, language.locale()))
          .append(' ')
          .append(interval.start())
          .append('–')
          .append(interval.end());
    }
    return ClubRules.WORDS.format(
        language,
        "report.hours.schedule",
        text.toString(),
        OpeningHoursRule.duration(schedule.total()).label(language.locale()));
  }
}
