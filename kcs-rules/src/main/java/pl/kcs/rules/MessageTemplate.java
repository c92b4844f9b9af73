package pl.kcs.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.Language;

/**
 * A rule's message pattern over the three arguments of a finding, compiled once by kcs-core's
 * {@link pl.kcs.core.text.MessageTemplate} (MessageFormat syntax plus plural forms, dates in prose),
 * with a suffix appended to every message as it is (e.g. the library-default note).
 *
 * <p>Most rule messages are plain text around {@code {0}}, {@code {1}} or {@code {2}}; such a
 * message is joined from its pieces at its exact length, each argument written by kcs-core's
 * {@link pl.kcs.core.text.MessageTemplate#render(Object, Language)} as the compiled template
 * writes it, and with the template's one rule on text (no second full stop after an argument
 * that ends in one). A template checks when it is made that both ways give the same messages, and
 * formats through kcs-core wherever the pattern is anything more (plural forms, quotes, types).
 *
 * <p>Immutable and thread-safe.
 */
final class MessageTemplate {

  private static final String[] NO_LITERALS = new String[0];
  private static final int[] NO_ARGUMENTS = new int[0];

  private final pl.kcs.core.text.MessageTemplate template;
  private final Language language;
  private final String suffix;

  /** The whole message where the pattern has no argument; null otherwise. */
  private final @Nullable String constant;

  // A plain pattern: literals[i], then the argument arguments[i], …, then the last literal; each
  // literal also without its leading full stop, for when the text before it ends in one. Empty
  // arrays where the pattern is not plain.
  private final String[] literals;
  private final String[] literalsAfterFullStop;
  private final int[] arguments;

  private MessageTemplate(
      pl.kcs.core.text.MessageTemplate template, Language language, String suffix) {
    this.template = template;
    this.language = language;
    this.suffix = suffix;
    this.constant = template.isConstant() ? template.format() + suffix : null;
    List<String> pieces = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    String[] split = NO_LITERALS;
    int[] at = NO_ARGUMENTS;
    if (constant == null && split(template.pattern(), pieces, indexes)) {
      split = pieces.toArray(new String[0]);
      at = indexes.stream().mapToInt(Integer::intValue).toArray();
      if (!agrees(template, suffix, language, split, withoutFullStop(split), at)) {
        split = NO_LITERALS;
        at = NO_ARGUMENTS;
      }
    }
    this.literals = split;
    this.literalsAfterFullStop = withoutFullStop(split);
    this.arguments = at;
  }

  /** Each literal without its leading full stop, as kcs-core drops it after one (not "..."). */
  private static String[] withoutFullStop(String[] literals) {
    String[] dropped = new String[literals.length];
    for (int i = 0; i < literals.length; i++) {
      String literal = literals[i];
      dropped[i] =
          literal.startsWith(".") && !literal.startsWith("..") ? literal.substring(1) : literal;
    }
    return dropped;
  }

  /** The template of {@code pattern} in the language kcs uses for {@code locale}. */
  static MessageTemplate of(String pattern, Locale locale) {
    return of(pattern, locale, "");
  }

  /** The template of {@code pattern}, with {@code suffix} after every message. */
  static MessageTemplate of(String pattern, Locale locale, String suffix) {
    Language language = Language.of(locale);
    return new MessageTemplate(
        pl.kcs.core.text.MessageTemplate.compile(pattern, language), language, suffix);
  }

  /** Whether the message is the same whatever the arguments. */
  boolean isConstant() {
    return constant != null;
  }

  /** Whether the pattern reads argument {@code index}. */
  boolean uses(int index) {
    return template.uses(index);
  }

  /** The message of a pattern without arguments. */
  String format() {
    return format("", "", "");
  }

  /** The message with the arguments {0}, {1} and {2} put in. */
  String format(Object first, Object second, Object third) {
    if (constant != null) {
      return constant;
    }
    if (literals.length == 0) {
      String message = template.format(first, second, third);
      return suffix.isEmpty() ? message : message + suffix;
    }
    return joined(first, second, third);
  }

  /** A plain pattern's message: its literals and rendered arguments, joined once. */
  private String joined(Object first, Object second, Object third) {
    return joined(
        literals, literalsAfterFullStop, arguments, suffix, language, first, second, third);
  }

  private static String joined(
      String[] literals,
      String[] literalsAfterFullStop,
      int[] arguments,
      String suffix,
      Language language,
      Object first,
      Object second,
      Object third) {
    String[] parts = new String[literals.length + arguments.length + 1];
    int next = 0;
    char last = 0;
    for (int i = 0; i < literals.length; i++) {
      String literal = last == '.' ? literalsAfterFullStop[i] : literals[i];
      parts[next++] = literal;
      if (!literal.isEmpty()) {
        last = literal.charAt(literal.length() - 1);
      }
      if (i < arguments.length) {
        int index = arguments[i];
        String argument =
            pl.kcs.core.text.MessageTemplate.render(
                index == 0 ? first : index == 1 ? second : third, language);
        parts[next++] = argument;
        if (!argument.isEmpty()) {
          last = argument.charAt(argument.length() - 1);
        }
      }
    }
    parts[next] = suffix;
    return String.join("", parts);
  }

  /**
   * Splits a pattern of plain text and {@code {0}}, {@code {1}}, {@code {2}} into its literals
   * (one more than its arguments, each possibly empty) and argument indexes; false where the
   * pattern holds anything else kcs-core reads: quotes, a plural or a type, {@code #}, a brace of
   * its own.
   */
  private static boolean split(String pattern, List<String> literals, List<Integer> indexes) {
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'' || c == '#' || c == '}') {
        return false;
      }
      if (c == '{') {
        if (i + 2 >= pattern.length()
            || pattern.charAt(i + 1) < '0'
            || pattern.charAt(i + 1) > '2'
            || pattern.charAt(i + 2) != '}') {
          return false;
        }
        literals.add(literal.toString());
        literal.setLength(0);
        indexes.add(pattern.charAt(i + 1) - '0');
        i += 2;
      } else {
        literal.append(c);
      }
    }
    literals.add(literal.toString());
    return true;
  }

  /** Whether the split pattern writes what kcs-core's template writes, on telling arguments. */
  private static boolean agrees(
      pl.kcs.core.text.MessageTemplate template,
      String suffix,
      Language language,
      String[] literals,
      String[] literalsAfterFullStop,
      int[] arguments) {
    if (literals.length != arguments.length + 1) {
      return false;
    }
    Object[][] probes = {
      {"", "", ""}, {"a.", "b.", "c."}, {"x", 1234, "."}, {". ", "..", "z"},
    };
    for (Object[] probe : probes) {
      String expected = template.format(probe) + suffix;
      String actual =
          joined(
              literals,
              literalsAfterFullStop,
              arguments,
              suffix,
              language,
              probe[0],
              probe[1],
              probe[2]);
      if (!Objects.equals(expected, actual)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "MessageTemplate{" + template.pattern() + suffix + "}";
  }
}
