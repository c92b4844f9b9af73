package pl.kcs.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Paths of places a document names itself: field names a document chose are free text, so a path
 * shows a field name only when it looks like one of a format (letters, digits, {@code _ -}, at most
 * 64 characters).
 */
final class JsonPaths {

  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

  private JsonPaths() {}

  /** {@code name} if it looks like a field name of a format, else a placeholder. */
  static String fieldName(String name) {
    return name != null && FIELD_NAME.matcher(name).matches()
        ? name
        : "(a field whose name is not repeated)";
  }

  /** Whether {@code name} can be shown in a path. */
  static boolean isShowable(@Nullable String name) {
    return name != null && FIELD_NAME.matcher(name).matches();
  }

  /** The JSONPath of the value {@code context} is the context of (a list or an object). */
  static String of(JsonStreamContext context) {
    JsonStreamContext parent = context.getParent();
    if (parent == null || context.inRoot()) {
      return "$";
    }
    if (parent.inRoot()) {
      return "$";
    }
    String above = of(parent);
    if (parent.inArray()) {
      return above + "[" + parent.getCurrentIndex() + "]";
    }
    return above + "." + fieldName(parent.getCurrentName());
  }
}
