package pl.kcs.rules;

import java.text.DateFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MessageFormat} pattern over the three arguments of a finding, parsed once.
 *
 * <p>Most patterns of kcs are literal text with plain {@code {0}}, {@code {1}} or {@code {2}}
 * arguments: those are split once into their literal parts and formatted exactly as {@code
 * MessageFormat} formats them (a number by the language's {@link NumberFormat}, anything else as
 * its text), and a pattern without arguments is its text, worked out once. A pattern with a
 * formatted argument ({@code {0,number,…}}, {@code {1,choice,…}}) is formatted by a copy of a
 * {@code MessageFormat} parsed once, since a {@code MessageFormat} may not be shared between
 * threads.
 *
 * <p>Immutable and thread-safe.
 */
final class MessageTemplate {

  private final Locale locale;
  /** The literal parts around the arguments: one more than {@link #arguments}. */
  private final String[] parts;
  /** The argument index of each gap between parts. */
  private final int[] arguments;
  /** Appended to every message as it is (not a pattern). */
  private final String suffix;
  /** The whole message where the pattern has no argument; null otherwise. */
  private final @Nullable String constant;
  /** A bit per argument index the pattern uses. */
  private final int used;
  /** The parsed pattern where it formats an argument in a way of its own; null otherwise. */
  private final @Nullable MessageFormat prototype;

  private MessageTemplate(
      Locale locale, String[] parts, int[] arguments, String suffix, @Nullable MessageFormat prototype) {
    this.locale = locale;
    this.parts = parts;
    this.arguments = arguments;
    this.suffix = suffix;
    this.prototype = prototype;
    int bits = 0;
    for (int argument : arguments) {
      bits |= argument < 31 ? 1 << argument : 0;
    }
    this.used = prototype != null ? ~0 : bits;
    this.constant = prototype == null && arguments.length == 0 ? parts[0] + suffix : null;
  }

  /** The template of {@code pattern} in {@code locale}. */
  static MessageTemplate of(String pattern, Locale locale) {
    return of(pattern, locale, "");
  }

  /** The template of {@code pattern} in {@code locale}, with {@code suffix} after every message. */
  static MessageTemplate of(String pattern, Locale locale, String suffix) {
    List<String> parts = new ArrayList<>();
    List<Integer> arguments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean quoted = false;
    int length = pattern.length();
    for (int i = 0; i < length; i++) {
      char ch = pattern.charAt(i);
      if (ch == '\'') {
        if (i + 1 < length && pattern.charAt(i + 1) == '\'') {
          literal.append('\'');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == '{' && !quoted) {
        int close = pattern.indexOf('}', i + 1);
        String index = close < 0 ? "" : pattern.substring(i + 1, close);
        if (!isPlainIndex(index)) {
          // A formatted argument, or a pattern MessageFormat refuses: let it decide.
          return new MessageTemplate(
              locale, new String[] {""}, new int[0], suffix, new MessageFormat(pattern, locale));
        }
        parts.add(literal.toString());
        literal.setLength(0);
        arguments.add(Integer.parseInt(index));
        i = close;
      } else {
        literal.append(ch);
      }
    }
    parts.add(literal.toString());
    int[] indexes = new int[arguments.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = arguments.get(i);
    }
    return new MessageTemplate(locale, parts.toArray(new String[0]), indexes, suffix, null);
  }

  private static boolean isPlainIndex(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the message is the same whatever the arguments. */
  boolean isConstant() {
    return constant != null;
  }

  /** Whether the pattern reads argument {@code index}. */
  boolean uses(int index) {
    return (used & (1 << index)) != 0;
  }

  /** The message with {@code arguments} put in. */
  String format(Object... arguments) {
    if (constant != null) {
      return constant;
    }
    if (prototype != null) {
      return ((MessageFormat) prototype.clone()).format(arguments) + suffix;
    }
    int capacity = suffix.length();
    String[] values = new String[this.arguments.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = argument(this.arguments[i], arguments);
      capacity += values[i].length() + parts[i].length();
    }
    StringBuilder text = new StringBuilder(capacity + parts[values.length].length());
    for (int i = 0; i < values.length; i++) {
      text.append(parts[i]).append(values[i]);
    }
    return text.append(parts[values.length]).append(suffix).toString();
  }

  /** Argument {@code index} as {@code MessageFormat} writes an argument without a format. */
  private String argument(int index, Object[] arguments) {
    if (index >= arguments.length) {
      return "{" + index + "}";
    }
    Object value = arguments[index];
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      long number = ((Number) value).longValue();
      if (number >= 0 && number < 1000) {
        // No grouping, no sign: the same digits in every language kcs speaks.
        return Long.toString(number);
      }
    }
    if (value instanceof Number) {
      return NumberFormat.getInstance(locale).format(value);
    }
    if (value instanceof Date) {
      return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(value);
    }
    return value.toString();
  }

  @Override
  public String toString() {
    return "MessageTemplate{" + String.join("{}", parts) + "}";
  }
}
