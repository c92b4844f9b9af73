package pl.kcs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;
import pl.kcs.rules.stage.StageReport;
import pl.kcs.rules.stage.StepProgress;

/**
 * {@code --format html}: a report as one self-contained, printable HTML page for a director who
 * would rather look than read — no script, no external style sheet, no image; the problems first
 * (blockers, then warnings, then advice), each citing its fact ID with a link to the fact in
 * docs/facts.md; for a stage report the checklist with progress per stage (KCS-S1A … KCS-S3); then
 * the whole text report. Every text from a document is escaped.
 */
final class HtmlReport {

  /** Where the fact catalogue is published; a fact's anchor is appended. */
  static final String FACTS = "https://github.com/kcs-project/kcs/blob/main/docs/facts.md";

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}"
          + "h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;margin-top:1.6rem}"
          + "ul.outcomes{list-style:none;padding:0}li.outcome{margin:.4rem 0;padding:.3rem .5rem;border-left:4px solid #999}"
          + "li.blocker{border-color:#b00020}li.warning{border-color:#e08a00}li.advice{border-color:#1f77b4}"
          + ".action{display:block;color:#444}.fact{font-size:.85em;white-space:nowrap}"
          + "table.checklist{border-collapse:collapse;width:100%}table.checklist td,table.checklist th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}"
          + "table.data{border-collapse:collapse;width:100%;font-size:.9em}table.data td,table.data th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}table.data td{text-align:right}"
          + "tr.subtotal th,tr.total th,tr.net th{font-weight:bold}.note{font-size:.85em;color:#444}"
          + "progress{width:8rem}pre{white-space:pre-wrap;font-size:.85em;background:#f6f6f6;padding:.6rem}"
          + "@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}section{break-inside:avoid-page}}";

  private HtmlReport() {}

  /** The page of a rule report: {@code title}, the problems among {@code outcomes}, then {@code text}. */
  static String page(String title, List<Outcome> outcomes, String text, Language language) {
    return page(title, "", outcomes, text, language);
  }

  /** The page of a stage report, with its checklist and progress per stage. */
  static String stage(StageReport report, String text, Language language) {
    boolean polish = language == Language.POLISH;
    Locale locale = language.locale();
    StringBuilder checklist =
        new StringBuilder("<section class=\"checklist\"><h2>")
            .append(polish ? "Lista kroków" : "Checklist")
            .append("</h2>\n");
    for (pl.kcs.core.stage.Stage stage : pl.kcs.core.stage.Stage.values()) {
      List<StepProgress> steps = report.checklist(stage);
      if (steps.isEmpty()) {
        continue;
      }
      int done = report.doneCount(stage);
      checklist
          .append("<h3>")
          .append(escape(stage.label(locale)))
          .append("</h3>\n")
          .append("<p><progress class=\"stage-progress\" max=\"")
          .append(steps.size())
          .append("\" value=\"")
          .append(done)
          .append("\">")
          .append(done)
          .append('/')
          .append(steps.size())
          .append("</progress> ")
          .append(done)
          .append(polish ? " z " : " of ")
          .append(steps.size())
          .append(polish ? " kroków" : " steps")
          .append("</p>\n")
          .append("<table class=\"checklist\"><tbody>\n");
      for (StepProgress step : steps) {
        checklist
            .append("<tr class=\"")
            .append(step.isDone() ? "done" : "open")
            .append("\"><td>")
            .append(step.isDone() ? "✓" : "☐")
            .append("</td><td>")
            .append(escape(step.step().label(locale)))
            .append("</td></tr>\n");
      }
      checklist.append("</tbody></table>\n");
    }
    checklist.append("</section>\n");
    String title =
        report.implementation().host().name() + " — " + report.currentStage().label(locale);
    return page(title, checklist.toString(), report.evaluation().outcomes(), text, language);
  }

  private static String page(
      String title, String middle, List<Outcome> outcomes, String text, Language language) {
    boolean polish = language == Language.POLISH;
    Locale locale = language.locale();
    int[] counts = new int[3];
    List<List<Outcome>> bySeverity =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Outcome outcome : outcomes) {
      if (outcome.isProblem()) {
        int i = index(outcome.severity());
        counts[i]++;
        bySeverity.get(i).add(outcome);
      }
    }
    String summary =
        (polish ? "Blokady: " : "Blockers: ")
            + counts[0]
            + (polish ? " · ostrzeżenia: " : " · warnings: ")
            + counts[1]
            + (polish ? " · porady: " : " · advice: ")
            + counts[2];
    StringBuilder html = new StringBuilder(8192);
    String[] classes = {"blocker", "warning", "advice"};
    String[] headings =
        polish
            ? new String[] {"Blokady", "Ostrzeżenia", "Porady"}
            : new String[] {"Blockers", "Warnings", "Advice"};
    for (int i = 0; i < 3; i++) {
      if (bySeverity.get(i).isEmpty()) {
        continue;
      }
      html.append("<section class=\"")
          .append(classes[i])
          .append("s\"><h2>")
          .append(headings[i])
          .append("</h2>\n<ul class=\"outcomes\">\n");
      for (Outcome outcome : bySeverity.get(i)) {
        html.append("<li class=\"outcome ")
            .append(classes[i])
            .append("\" data-rule=\"")
            .append(escape(outcome.ruleId().toString()))
            .append("\">")
            .append("<span class=\"message\">")
            .append(escape(outcome.message(locale)))
            .append("</span>");
        String action = outcome.action(locale);
        if (action != null && !action.isEmpty() && outcome.status() != Status.PASSED) {
          html.append("<span class=\"action\">→ ").append(escape(action)).append("</span>");
        }
        html.append(" ").append(factLink(outcome.source())).append("</li>\n");
      }
      html.append("</ul></section>\n");
    }
    html.append(middle);
    return frame(title, summary, html.toString(), text, language);
  }

  /**
   * The frame of every page: {@code title} as the title and the one heading, {@code summary} (text)
   * under it, the {@code body} sections (HTML), then the whole text report and kcs's version.
   */
  static String frame(String title, String summary, String body, String text, Language language) {
    boolean polish = language == Language.POLISH;
    StringBuilder html = new StringBuilder(8192 + body.length() + text.length());
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(polish ? "pl" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append("<header><h1>")
        .append(escape(title))
        .append("</h1>\n<p class=\"summary\">")
        .append(escape(summary))
        .append("</p></header>\n")
        .append(body)
        .append("<section class=\"text\"><h2>")
        .append(polish ? "Cały raport" : "The whole report")
        .append("</h2>\n<pre>")
        .append(escape(text))
        .append("</pre></section>\n")
        .append("<footer><p>kcs ")
        .append(escape(pl.kcs.simulation.Simulation.libraryVersion()))
        .append("</p></footer>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * A table section: {@code heading}, a header row and the rows, every cell escaped; the first
   * column of each row is its row header. {@code rowClasses} gives each row's class, {@code facts}
   * each row's fact, a link to docs/facts.md in the column after the row header (or no such column
   * when empty); each of {@code notes} is a paragraph under the table.
   */
  static String table(
      String sectionClass,
      String heading,
      List<String> header,
      List<List<String>> rows,
      List<String> rowClasses,
      List<java.util.Optional<FactId>> facts,
      List<String> notes) {
    StringBuilder html =
        new StringBuilder("<section class=\"")
            .append(escape(sectionClass))
            .append("\"><h2>")
            .append(escape(heading))
            .append("</h2>\n<table class=\"data\"><thead><tr>");
    for (String cell : header) {
      html.append("<th scope=\"col\">").append(escape(cell)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      String rowClass = rowClasses.isEmpty() ? "" : rowClasses.get(r);
      html.append(rowClass.isEmpty() ? "<tr>" : "<tr class=\"" + escape(rowClass) + "\">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        html.append(c == 0 ? "<th scope=\"row\">" : "<td>")
            .append(escape(row.get(c)))
            .append(c == 0 ? "</th>" : "</td>");
        if (c == 0 && !facts.isEmpty()) {
          html.append("<td class=\"fact\">")
              .append(facts.get(r).map(HtmlReport::factLink).orElse(""))
              .append("</td>");
        }
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table>\n");
    for (String note : notes) {
      html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    return html.append("</section>\n").toString();
  }

  private static int index(Severity severity) {
    switch (severity) {
      case BLOCKER:
        return 0;
      case WARNING:
        return 1;
      default:
        return 2;
    }
  }

  /** A link to {@code fact} in docs/facts.md, its anchor as the catalogue's heading makes it. */
  static String factLink(FactId fact) {
    String heading = fact.id() + " — " + fact.title(Language.ENGLISH);
    String anchor =
        heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    return "<a class=\"fact\" href=\""
        + FACTS
        + "#"
        + escape(anchor)
        + "\">"
        + escape(fact.id())
        + "</a>";
  }

  /** {@code text} with HTML's special characters escaped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '&':
          escaped.append("&amp;");
          break;
        case '"':
          escaped.append("&quot;");
          break;
        case '\'':
          escaped.append("&#39;");
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
