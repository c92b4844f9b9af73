package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import pl.kcs.core.Language;

/**
 * What kcs renders as text in Polish or English — a whole report ({@link AreaReport}), a report
 * made of several (a model plan), or a piece that reports include (a model's fit, its score) —
 * written once, through the shared pieces of {@link ReportText}. An area supplies {@link
 * #writeTo(ReportText)}; both {@code render} forms, and including one text in another, come from
 * here.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface Renderable {

  /**
   * Writes the text into {@code text}, in {@link ReportText#language() its language}: how a report
   * includes another's text without copying it.
   */
  void writeTo(ReportText text);

  /**
   * {@link #render(Locale)} in {@code language}: kcs names languages with {@link Language} across
   * its API, and keeps the {@code Locale} form for callers that hold one.
   */
  default String render(Language language) {
    ReportText text = new ReportText(language);
    writeTo(text);
    return text.toString();
  }

  /** The text in the language kcs uses for {@code locale}, as {@link #writeTo} writes it. */
  default String render(Locale locale) {
    return render(Language.of(requireNonNull(locale, "locale")));
  }
}
