package pl.kcs.rules;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.Language;

/**
 * A rule's message pattern over the three arguments of a finding, compiled once by kcs-core's
 * {@link pl.kcs.core.text.MessageTemplate} (MessageFormat syntax plus plural forms, dates in prose),
 * with a suffix appended to every message as it is (e.g. the library-default note).
 *
 * <p>Immutable and thread-safe.
 */
final class MessageTemplate {

  private final pl.kcs.core.text.MessageTemplate template;
  private final String suffix;

  /** The whole message where the pattern has no argument; null otherwise. */
  private final @Nullable String constant;

  private MessageTemplate(pl.kcs.core.text.MessageTemplate template, String suffix) {
    this.template = template;
    this.suffix = suffix;
    this.constant = template.isConstant() ? template.format() + suffix : null;
  }

  /** The template of {@code pattern} in the language kcs uses for {@code locale}. */
  static MessageTemplate of(String pattern, Locale locale) {
    return of(pattern, locale, "");
  }

  /** The template of {@code pattern}, with {@code suffix} after every message. */
  static MessageTemplate of(String pattern, Locale locale, String suffix) {
    return new MessageTemplate(
        pl.kcs.core.text.MessageTemplate.compile(pattern, Language.of(locale)), suffix);
  }

  /** Whether the message is the same whatever the arguments. */
  boolean isConstant() {
    return constant != null;
  }

  /** Whether the pattern reads argument {@code index}. */
  boolean uses(int index) {
    return template.uses(index);
  }

  /** The message with {@code arguments} put in. */
  String format(Object... arguments) {
    if (constant != null) {
      return constant;
    }
    String message = template.format(arguments);
    return suffix.isEmpty() ? message : message + suffix;
  }

  @Override
  public String toString() {
    return "MessageTemplate{" + template.pattern() + suffix + "}";
  }
}
