package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.Language;

/**
 * The text of a report in one language, written from the pieces every kcs report shares: lines,
 * checklist items ({@code [x] …}), sections of outcomes by severity with what to do, and one line
 * per outcome. An {@link AreaReport} writes into it; {@link #toString()} gives the text.
 *
 * <p>The pieces are kept as they are and joined once at the end, so a report's text is copied
 * once, whatever its length. Not thread-safe: one instance writes one report.
 */
public final class ReportText {

  private final Language language;
  private final Locale locale;
  // Unused slots hold "", so that the whole array is joined as it is, without a trimmed copy.
  private String[] pieces = empty(128);
  private int count;

  /** An empty text in {@code language}. */
  public ReportText(Language language) {
    this.language = requireNonNull(language, "language");
    this.locale = language.locale();
  }

  /** The language of the text. */
  public Language language() {
    return language;
  }

  /** The locale of the text's language. */
  public Locale locale() {
    return locale;
  }

  /** Appends {@code text} as it is. */
  public ReportText append(String text) {
    if (count == pieces.length) {
      String[] more = empty(count * 2);
      System.arraycopy(pieces, 0, more, 0, count);
      pieces = more;
    }
    pieces[count++] = requireNonNull(text, "text");
    return this;
  }

  /** Appends {@code number} in digits. */
  public ReportText append(int number) {
    return append(Integer.toString(number));
  }

  /** Appends {@code text} and a line break. */
  public ReportText line(String text) {
    return append(text).append("\n");
  }

  /** Appends {@code indent}, {@code text} and a line break. */
  public ReportText line(String indent, String text) {
    return append(indent).append(text).append("\n");
  }

  /** Appends an empty line. */
  public ReportText blankLine() {
    return append("\n");
  }

  /** A checklist item: {@code indent}, {@code [x] } or {@code [ ] }, {@code text}, a line break. */
  public ReportText check(String indent, boolean done, String text) {
    return append(indent).append(done ? "[x] " : "[ ] ").append(text).append("\n");
  }

  /**
   * A section of outcomes after an empty line: {@code "<title>:"}, followed on the same line by
   * {@code none} where there are no outcomes, then each outcome as an {@linkplain #item(Outcome)
   * item}.
   */
  public ReportText section(String title, String none, List<Outcome> outcomes) {
    sectionTitle(title, none, outcomes.isEmpty());
    for (int i = 0; i < outcomes.size(); i++) {
      item(outcomes.get(i));
    }
    return this;
  }

  /**
   * The title of a {@linkplain #section section} whose items the area writes itself: an empty
   * line, {@code "<title>:"}, followed on the same line by {@code none} where it is {@code empty}.
   */
  public ReportText sectionTitle(String title, String none, boolean empty) {
    append("\n").append(title).append(":");
    if (empty) {
      append(" ").append(none);
    }
    return append("\n");
  }

  /**
   * An outcome as an item, two lines: {@code "  - <message> (<rule id>, <fact ID>)"} and {@code
   * "    → <what to do>"}, as {@link Outcome#renderAsListItem(Locale)} writes it.
   */
  public ReportText item(Outcome outcome) {
    return item("  ", outcome);
  }

  /** An outcome as an {@linkplain #item(Outcome) item} indented by {@code indent}. */
  public ReportText item(String indent, Outcome outcome) {
    return append(indent)
        .append("- ")
        .append(outcome.message(locale))
        .append(" (")
        .append(outcome.ruleId().value())
        .append(", ")
        .append(outcome.source().id())
        .append(")\n")
        .append(indent)
        .append("  → ")
        .append(outcome.action(locale))
        .append("\n");
  }

  /**
   * One line per outcome that applied (all but {@link Status#NOT_APPLICABLE}), each as {@link
   * Outcome#render(Locale)} writes it, indented by two spaces.
   */
  public ReportText outcomeLines(List<Outcome> outcomes) {
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      if (outcome.status() != Status.NOT_APPLICABLE) {
        line("  ", outcome.render(locale));
      }
    }
    return this;
  }

  /** The text written so far. */
  @Override
  public String toString() {
    return String.join("", pieces);
  }

  private static String[] empty(int length) {
    String[] pieces = new String[length];
    Arrays.fill(pieces, "");
    return pieces;
  }
}
