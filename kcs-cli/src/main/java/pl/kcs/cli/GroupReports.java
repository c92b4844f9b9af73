package pl.kcs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import pl.kcs.core.Language;
import pl.kcs.rules.Outcome;

/** What the reports of every group ({@code kcs group}, {@code kcs autonomy}) share: the text and the outcomes of all. */
final class GroupReports {

  private GroupReports() {}

  /** {@code title}, then each report as {@code render} writes it, or a line saying there are no groups. */
  static <R> String text(
      String title, List<R> reports, Function<R, String> render, Language language) {
    StringBuilder text = new StringBuilder(title).append('\n');
    if (reports.isEmpty()) {
      text.append(
          language == Language.POLISH
              ? "Wdrożenie nie ma jeszcze grup.\n"
              : "The implementation has no groups yet.\n");
    }
    for (R report : reports) {
      text.append(render.apply(report));
    }
    return text.toString();
  }

  /** The outcomes of every report, in order. */
  static <R> List<Outcome> outcomes(List<R> reports, Function<R, List<Outcome>> outcomes) {
    List<Outcome> all = new ArrayList<>();
    for (R report : reports) {
      all.addAll(outcomes.apply(report));
    }
    return all;
  }
}
