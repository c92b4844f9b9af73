package pl.kcs.rules.club;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.core.club.OpeningInterval;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;

/** Renders a {@link ClubReport} as plain text. */
final class ClubReportText {

  private ClubReportText() {}

  static String render(ClubReport report, Language language) {
    Locale locale = language.locale();
    StringBuilder text = new StringBuilder();
    text.append(ClubMessages.BUNDLE.format(language, "report.title", report.club().host().name())).append('\n');
    text.append(
            report.isCompliant()
                ? ClubMessages.BUNDLE.format(language, "report.compliant")
                : ClubMessages.BUNDLE.format(
                    language, "report.not-compliant", report.evaluation().problemCount(Severity.BLOCKER)))
        .append('\n');
    text.append(ClubMessages.BUNDLE.format(language, "report.hours", hours(report, language))).append('\n');

    text.append('\n').append(ClubMessages.BUNDLE.format(language, "report.checklist")).append('\n');
    for (ClubAspect aspect : ClubAspect.values()) {
      text.append("  ")
          .append(report.meets(aspect) ? "[x] " : "[ ] ")
          .append(aspect.source())
          .append(' ')
          .append(aspect.label(locale))
          .append('\n');
    }
    section(text, language, "report.blockers", report.blockers());
    section(text, language, "report.warnings", report.warnings());
    section(text, language, "report.advice", report.advice());
    return text.toString();
  }

  private static String hours(ClubReport report, Language language) {
    if (report.club().openingHours().isEmpty()) {
      return ClubMessages.BUNDLE.format(language, "report.hours.not-recorded");
    }
    WeeklySchedule schedule = report.club().openingHours().get();
    if (schedule.intervals().isEmpty()) {
      return ClubMessages.BUNDLE.format(language, "report.hours.none");
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
    return ClubMessages.BUNDLE.format(
        language,
        "report.hours.schedule",
        text.toString(),
        ClubMessages.duration(schedule.total()).label(language.locale()));
  }

  private static void section(StringBuilder text, Language language, String key, List<Outcome> outcomes) {
    text.append('\n')
        .append(ClubMessages.BUNDLE.format(language, key))
        .append(':')
        .append(outcomes.isEmpty() ? " " + ClubMessages.BUNDLE.format(language, "report.none") : "")
        .append('\n');
    for (Outcome outcome : outcomes) {
      text.append(outcome.renderAsListItem(language.locale()));
    }
  }
}
