package pl.kcs.rules;

import java.util.Collection;
import java.util.Optional;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;

/** Renders the parts of a finding as message arguments in one language. */
final class Arguments {

  private Arguments() {}

  /**
   * Labelled terms become their label, collections a comma-separated list of their rendered
   * elements, empty optionals nothing; numbers stay numbers so {@code MessageFormat} can format
   * them for the language; anything else its {@code toString()}.
   */
  static Object render(Object value, Language language) {
    if (value instanceof Number) {
      return value;
    }
    if (value instanceof Labelled) {
      return ((Labelled) value).label(language.locale());
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(v -> render(v, language)).orElse("");
    }
    if (value instanceof Collection) {
      StringBuilder text = new StringBuilder();
      for (Object element : (Collection<?>) value) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(render(element, language));
      }
      return text.toString();
    }
    return String.valueOf(value);
  }
}
