package pl.kcs.testing;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Readable text for a property's input in a failure message: arrays and collections element by
 * element (nested ones too), strings quoted, maps as {@code {key=value}}, anything else by its
 * {@code toString()} (records and the kcs value types print their components); an object
 * without a {@code toString()} of its own shows its class instead of an identity hash. The text
 * is cut at {@value #LIMIT} characters so that a huge input keeps the message readable.
 */
final class Inputs {

  static final int LIMIT = 2_000;

  private Inputs() {}

  static String describe(Object input) {
    StringBuilder text = new StringBuilder();
    append(text, input, 0);
    if (text.length() > LIMIT) {
      int omitted = text.length() - LIMIT;
      text.setLength(LIMIT);
      text.append("… (").append(omitted).append(" more characters)");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, Object input, int depth) {
    if (text.length() > LIMIT) {
      return;
    }
    if (depth > 8) {
      text.append("…");
    } else if (input == null) {
      text.append("null");
    } else if (input instanceof CharSequence) {
      text.append('"').append(input).append('"');
    } else if (input instanceof Character) {
      text.append('\'').append(input).append('\'');
    } else if (input instanceof Object[]) {
      appendAll(text, Arrays.asList((Object[]) input).iterator(), "[", "]", depth);
    } else if (input.getClass().isArray()) {
      text.append(primitiveArray(input));
    } else if (input instanceof Collection) {
      appendAll(text, ((Collection<?>) input).iterator(), "[", "]", depth);
    } else if (input instanceof Map) {
      appendAll(text, ((Map<?, ?>) input).entrySet().iterator(), "{", "}", depth);
    } else if (input instanceof Map.Entry) {
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) input;
      append(text, entry.getKey(), depth + 1);
      text.append('=');
      append(text, entry.getValue(), depth + 1);
    } else if (input instanceof Optional) {
      Optional<?> optional = (Optional<?>) input;
      if (optional.isPresent()) {
        text.append("Optional[");
        append(text, optional.get(), depth + 1);
        text.append(']');
      } else {
        text.append("Optional.empty");
      }
    } else {
      String shown = String.valueOf(input);
      String identity = input.getClass().getName() + "@" + Integer.toHexString(input.hashCode());
      text.append(shown.equals(identity) ? "a " + input.getClass().getName() : shown);
    }
  }

  private static void appendAll(
      StringBuilder text, Iterator<?> elements, String open, String close, int depth) {
    text.append(open);
    boolean first = true;
    while (elements.hasNext() && text.length() <= LIMIT) {
      if (!first) {
        text.append(", ");
      }
      first = false;
      append(text, elements.next(), depth + 1);
    }
    text.append(close);
  }

  private static String primitiveArray(Object array) {
    if (array instanceof int[]) {
      return Arrays.toString((int[]) array);
    } else if (array instanceof long[]) {
      return Arrays.toString((long[]) array);
    } else if (array instanceof double[]) {
      return Arrays.toString((double[]) array);
    } else if (array instanceof boolean[]) {
      return Arrays.toString((boolean[]) array);
    } else if (array instanceof byte[]) {
      return Arrays.toString((byte[]) array);
    } else if (array instanceof char[]) {
      return Arrays.toString((char[]) array);
    } else if (array instanceof short[]) {
      return Arrays.toString((short[]) array);
    }
    return Arrays.toString((float[]) array);
  }
}
