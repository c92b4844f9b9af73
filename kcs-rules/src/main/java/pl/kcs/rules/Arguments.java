package pl.kcs.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.text.MessageTemplate;
import pl.kcs.core.text.Quantity;

/** Renders the parts of a finding as message arguments in one language. */
final class Arguments {

  private Arguments() {}

  /**
   * Labelled terms become their label, collections a comma-separated list of their rendered
   * elements, empty optionals nothing; numbers, quantities (post fractions) and dates stay as they
   * are, so the message's {@link pl.kcs.core.text.MessageTemplate} writes them for the language
   * and makes the nouns after them agree; anything else its {@code toString()}.
   */
  static Object render(Object value, Language language) {
    if (value instanceof Number || value instanceof Quantity || value instanceof LocalDate) {
      return value;
    }
    if (value instanceof Labelled) {
      return ((Labelled) value).label(language.locale());
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(v -> render(v, language)).orElse("");
    }
    if (value instanceof Collection) {
      Collection<?> elements = (Collection<?>) value;
      if (elements.size() == 1 && value instanceof List) {
        // One element is its own text: no list to join.
        return MessageTemplate.render(render(((List<?>) value).get(0), language), language);
      }
      StringBuilder text = new StringBuilder();
      for (Object element : (Collection<?>) value) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(MessageTemplate.render(render(element, language), language));
      }
      return text.toString();
    }
    return String.valueOf(value);
  }
}
