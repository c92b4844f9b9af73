package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.Checks;

/**
 * Reads one object of a document, JSON or XML, field by field, and says exactly where and what is
 * wrong: every failure is a {@link KcsJsonException} with the path of the field.
 *
 * <p>Each object remembers the fields a mapping asked for; {@link #finish()} rejects any other
 * field (a misspelt field would otherwise be silently lost), except extension fields starting
 * with {@code x-} and, in a document of a newer minor format version, every field (see {@link
 * KcsJson}).
 *
 * <p>Not thread-safe; one per object being read.
 */
final class In {

  private static final java.util.regex.Pattern WHOLE =
      java.util.regex.Pattern.compile("[+-]?[0-9]+");
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final Tree tree;
  private final boolean ignoreUnknownFields;
  private final Set<String> asked = new HashSet<>();

  In(Tree tree, boolean ignoreUnknownFields) {
    this.tree = tree;
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  /** This object's path. */
  String path() {
    return tree.path();
  }

  /** Whether the field is present (and not JSON {@code null}). */
  boolean has(String name) {
    return optional(name).isPresent();
  }

  // ------------------------------------------------------------------ scalars

  String string(String name) {
    return required(name).string();
  }

  Optional<String> optString(String name) {
    return optional(name).map(Tree::string);
  }

  /** A name, checked as kcs checks names (not blank, no surrounding space, at most 200 characters). */
  String name(String name) {
    return value(name, text -> Checks.checkName(name, text));
  }

  Optional<String> optName(String name) {
    return optValue(name, text -> Checks.checkName(name, text));
  }

  /** A free-text note, checked as kcs checks notes; a rejected note is never repeated. */
  Optional<String> optNote(String name) {
    return optValue(name, text -> Checks.checkNote(name, text));
  }

  int integer(String name) {
    return toInt(required(name));
  }

  OptionalInt optInteger(String name) {
    Optional<Tree> value = optional(name);
    return value.isPresent() ? OptionalInt.of(toInt(value.get())) : OptionalInt.empty();
  }

  long longInteger(String name) {
    return toLong(required(name));
  }

  Optional<Long> optLongInteger(String name) {
    return optional(name).map(In::toLong);
  }

  /** A year of the dates kcs accepts ({@link Checks#EARLIEST_DATE} to {@link Checks#LATEST_DATE}), written as a number. */
  java.time.Year year(String name) {
    Tree value = required(name);
    int year = toInt(value);
    int first = Checks.EARLIEST_DATE.getYear();
    int last = Checks.LATEST_DATE.getYear();
    if (year < first || year > last) {
      throw new KcsJsonException(
          value.path(), "must be a year from " + first + " to " + last + ", was " + year);
    }
    return java.time.Year.of(year);
  }

  boolean bool(String name) {
    return required(name).bool();
  }

  Optional<Boolean> optBool(String name) {
    return optional(name).map(Tree::bool);
  }

  /** An exact decimal, written as a string ({@code "9.76"}) or, leniently, as a JSON number. */
  BigDecimal decimal(String name) {
    return toDecimal(required(name));
  }

  Optional<BigDecimal> optDecimal(String name) {
    return optional(name).map(In::toDecimal);
  }

  /** A finite double, such as a probability, written as a JSON number. */
  double number(String name) {
    return toDouble(required(name));
  }

  Optional<Double> optNumber(String name) {
    return optional(name).map(In::toDouble);
  }

  /** An ISO-8601 date, {@code 2024-01-15}. */
  LocalDate date(String name) {
    return toDate(required(name));
  }

  Optional<LocalDate> optDate(String name) {
    return optional(name).map(In::toDate);
  }

  /** An enum constant by its code ({@link Enum#name()}), never by a label. */
  <E extends Enum<E>> E code(String name, Class<E> type) {
    return toCode(required(name), type);
  }

  <E extends Enum<E>> Optional<E> optCode(String name, Class<E> type) {
    return optional(name).map(value -> toCode(value, type));
  }

  /** A list of codes, each once. */
  <E extends Enum<E>> ImmutableSet<E> codes(String name, Class<E> type) {
    Set<E> codes = new LinkedHashSet<>();
    for (Tree item : items(name)) {
      E code = toCode(item, type);
      if (!codes.add(code)) {
        throw new KcsJsonException(item.path(), "repeats " + code.name());
      }
    }
    return ImmutableSet.copyOf(codes);
  }

  /**
   * A value made from text by {@code parse}, such as an id or a post fraction. The parser's
   * message names the value's type first ("postFraction must be in (0, 1], was 3/2"); the path
   * names the field, so the type's name is left out.
   */
  <T> T value(String name, Function<String, T> parse) {
    return convert(required(name), Tree::string, parse);
  }

  <T> Optional<T> optValue(String name, Function<String, T> parse) {
    return optional(name).map(value -> convert(value, Tree::string, parse));
  }

  /**
   * A value made from text by {@code parse} that may also be written as a JSON number, read
   * exactly from its decimal text: a post fraction, {@code "1/4"} or {@code 0.25}.
   */
  <T> T numeric(String name, Function<String, T> parse) {
    return convert(required(name), Tree::stringOrNumeral, parse);
  }

  <T> Optional<T> optNumeric(String name, Function<String, T> parse) {
    return optional(name).map(value -> convert(value, Tree::stringOrNumeral, parse));
  }

  /** A list of values made from text, in order. */
  <T> ImmutableList<T> values(String name, Function<String, T> parse) {
    ImmutableList.Builder<T> values = ImmutableList.builder();
    for (Tree item : items(name)) {
      values.add(convert(item, Tree::string, parse));
    }
    return values.build();
  }

  /** A list of values made from text, each once; a repeated value is not shown (it may be a pseudonym). */
  <T> ImmutableSet<T> valueSet(String name, Function<String, T> parse) {
    Set<T> values = new LinkedHashSet<>();
    for (Tree item : items(name)) {
      if (!values.add(convert(item, Tree::string, parse))) {
        throw new KcsJsonException(item.path(), "repeats an earlier value of the list");
      }
    }
    return ImmutableSet.copyOf(values);
  }

  // ------------------------------------------------------------------ structure

  <T> T object(String name, Function<In, T> reader) {
    return read(required(name), reader);
  }

  <T> Optional<T> optObject(String name, Function<In, T> reader) {
    return optional(name).map(value -> read(value, reader));
  }

  /** A list of objects, in order; an absent list is empty. */
  <T> ImmutableList<T> list(String name, Function<In, T> reader) {
    ImmutableList.Builder<T> values = ImmutableList.builder();
    for (Tree item : items(name)) {
      values.add(read(item, reader));
    }
    return values.build();
  }

  /**
   * An object keyed by codes, e.g. {@code {"PENSION": "9.76"}}; {@code value} reads the entry of
   * one key from the map object.
   */
  <E extends Enum<E>, V> ImmutableMap<E, V> codeMap(
      String name, Class<E> keys, BiFunction<In, String, V> value) {
    Optional<Tree> map = optional(name);
    if (map.isEmpty()) {
      return ImmutableMap.of();
    }
    In entries = new In(map.get(), ignoreUnknownFields);
    Map<E, V> values = new LinkedHashMap<>();
    for (String key : map.get().fieldNames()) {
      String at = JsonPaths.isShowable(key) ? map.get().pathOf(key) : map.get().path();
      E code = codeOf(key, keys, at);
      values.put(code, value.apply(entries, key));
    }
    return ImmutableMap.copyOf(values);
  }

  /**
   * Builds the object with {@code builder}; a failed check of the value type becomes an error at
   * the field its message starts with, if this object has that field, else at this object.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (KcsJsonException e) {
      throw e;
    } catch (IllegalStateException | IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      int space = message.indexOf(' ');
      if (space > 0 && asked.contains(message.substring(0, space))) {
        throw new KcsJsonException(
            tree.pathOf(message.substring(0, space)), message.substring(space + 1), e);
      }
      throw new KcsJsonException(tree.path(), message, e);
    }
  }

  /** Rejects the fields no mapping asked for (see the class comment). */
  void finish() {
    if (ignoreUnknownFields) {
      return;
    }
    for (String name : tree.fieldNames()) {
      if (!asked.contains(name) && !name.startsWith("x-")) {
        if (JsonPaths.isShowable(name)) {
          throw new KcsJsonException(
              tree.pathOf(name), "is not a field of format " + KcsJson.FORMAT_VERSION + " here");
        }
        throw new KcsJsonException(
            tree.path(),
            "has a field that is not a field of format "
                + KcsJson.FORMAT_VERSION
                + " here; its name is not repeated");
      }
    }
  }

  /** Marks {@code name} as read without reading it (a field the envelope handles). */
  void skip(String name) {
    asked.add(name);
  }

  // ------------------------------------------------------------------ helpers

  private Optional<Tree> optional(String name) {
    asked.add(name);
    return tree.field(name);
  }

  private Tree required(String name) {
    return optional(name).orElseThrow(() -> new KcsJsonException(tree.pathOf(name), "is required"));
  }

  private List<Tree> items(String name) {
    return optional(name).map(Tree::items).orElse(List.of());
  }

  private <T> T read(Tree value, Function<In, T> reader) {
    In in = new In(value, ignoreUnknownFields);
    T result = reader.apply(in);
    in.finish();
    return result;
  }

  private static <T> T convert(Tree value, Function<Tree, String> text, Function<String, T> parse) {
    return convert(value, text.apply(value), parse);
  }

  private static <T> T convert(Tree value, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (KcsJsonException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new KcsJsonException(value.path(), withoutSubject(String.valueOf(e.getMessage())), e);
    }
  }

  /** "postFraction must be …" → "must be …": the path already names the field. */
  static String withoutSubject(@Nullable String message) {
    if (message == null) {
      return "is invalid";
    }
    int space = message.indexOf(' ');
    if (space > 0 && message.substring(0, space).matches("[a-z][A-Za-z]*")) {
      return message.substring(space + 1);
    }
    return message;
  }

  private static int toInt(Tree value) {
    long number = toLong(value);
    if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
      throw new KcsJsonException(
          value.path(),
          "must be a whole number from "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE
              + ", was "
              + number);
    }
    return (int) number;
  }

  private static long toLong(Tree value) {
    String text = value.numeral().strip();
    if (text.length() > Checks.MAX_NUMBER_LENGTH) {
      throw new KcsJsonException(
          value.path(),
          "must be a whole number of at most "
              + Checks.MAX_NUMBER_LENGTH
              + " characters, was "
              + text.length()
              + " characters long");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      if (WHOLE.matcher(text).matches()) {
        throw new KcsJsonException(
            value.path(),
            "must be a whole number from "
                + Long.MIN_VALUE
                + " to "
                + Long.MAX_VALUE
                + ", was "
                + text,
            e);
      }
      String was = DECIMAL.matcher(text).matches() ? ", was " + text : Checks.rejected(text);
      throw new KcsJsonException(
          value.path(),
          "must be a whole number" + (value.isXml() ? Checks.rejected(text) : was),
          e);
    }
  }

  private static BigDecimal toDecimal(Tree value) {
    String text = value.stringOrNumeral();
    try {
      return Checks.parseDecimal("value", text);
    } catch (IllegalArgumentException e) {
      String problem = withoutSubject(String.valueOf(e.getMessage()));
      throw new KcsJsonException(
          value.path(),
          problem.replace("a decimal number like 9.76", "a decimal number like \"9.76\""),
          e);
    }
  }

  private static double toDouble(Tree value) {
    String text = value.numeral().strip();
    if (text.length() <= Checks.MAX_NUMBER_LENGTH && DECIMAL.matcher(text).matches()) {
      double number = Double.parseDouble(text);
      if (Double.isFinite(number)) {
        return number;
      }
    }
    throw new KcsJsonException(
        value.path(),
        "must be a finite number" + (value.isXml() ? Checks.rejected(text) : rejectedNumber(text)));
  }

  private static LocalDate toDate(Tree value) {
    String text = value.string();
    LocalDate date;
    try {
      // An ISO date is ten characters, sixteen with a signed nine-digit year; a longer text is not
      // parsed.
      if (text.length() > 16) {
        throw new DateTimeParseException("too long", text.substring(0, 16), 16);
      }
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new KcsJsonException(
          value.path(), "must be a date like 2024-01-15; the value is not repeated", e);
    }
    try {
      return Checks.checkDate("date", date);
    } catch (IllegalStateException e) {
      throw new KcsJsonException(value.path(), withoutSubject(e.getMessage()), e);
    }
  }

  private static <E extends Enum<E>> E toCode(Tree value, Class<E> type) {
    return codeOf(value.string(), type, value.path());
  }

  private static <E extends Enum<E>> E codeOf(String text, Class<E> type, String path) {
    for (E constant : EnumSet.allOf(type)) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new KcsJsonException(
        path,
        "must be one of "
            + EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", "))
            + Checks.rejected(text));
  }

  /** A number too large or too fine for a double: its length, or itself when short. */
  private static String rejectedNumber(String text) {
    return text.length() <= Checks.MAX_NUMBER_LENGTH
        ? ", was " + text
        : ", was a number " + text.length() + " characters long";
  }
}
