package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validation shared by kcs value types. Every failure is an {@link IllegalStateException} (the
 * exception of Immutables' {@code @Value.Check}) whose message names the field and the bad value,
 * except where the value may be personal data: then the message describes it without printing
 * it.
 *
 * <p>Not part of the domain; public so that the other kcs modules validate the same way.
 */
public final class Checks {

  /** The longest identifier kcs accepts. */
  public static final int MAX_IDENTIFIER_LENGTH = 64;

  /** The longest name (of a group, an institution, a room) kcs accepts. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * The longest number kcs reads from text, in characters: {@value}. Longer text is rejected
   * before it is parsed, so no number can make kcs do unbounded work (kcs default, not the
   * method's).
   */
  public static final int MAX_NUMBER_LENGTH = 50;

  /**
   * The most digits a decimal may have after its decimal point, and the most before it: {@value}
   * each, once trailing zeros are dropped. {@code 1e-100000000} is rejected by its exponent before
   * any arithmetic, not after hours of it (kcs default, not the method's).
   */
  public static final int MAX_DECIMAL_DIGITS = 30;

  /**
   * The earliest date kcs accepts: 1 January 1990. The method and the self-help
   * clubs of municipal social-assistance centres postdate it; a date before it is a typing error
   * (kcs default, not the method's).
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

  /** The latest date kcs accepts: 31 December 2200 (kcs default, not the method's). */
  public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
  private static final String IDENTIFIER_RULE =
      " must be 1 to 64 letters, digits or . _ : - starting with a letter or digit";

  private Checks() {}

  /**
   * Checks an identifier: 1 to 64 ASCII letters, digits, {@code . _ : -}, starting with a letter or
   * a digit. No spaces, so that a person's full name cannot pass for an identifier by accident.
   */
  public static String checkIdentifier(String field, String value) {
    if (!isIdentifier(field, value)) {
      throw new IllegalStateException(field + IDENTIFIER_RULE + "; the value is not repeated");
    }
    return value;
  }

  /**
   * Checks a pseudonymous identifier of a person (a group member, a respondent) as {@link
   * #checkIdentifier} does, but never puts the value into the message: a rejected value may be a
   * real name.
   */
  public static String checkPseudonym(String field, String value) {
    if (!isIdentifier(field, value)) {
      throw new IllegalStateException(
          field
              + IDENTIFIER_RULE
              + ", was a value of "
              + value.length()
              + " characters (not shown: it may identify a person)");
    }
    return value;
  }

  /** Whether {@code value} is an identifier, once neither is null. */
  private static boolean isIdentifier(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    return IDENTIFIER.matcher(value).matches();
  }

  /**
   * Checks a name: not blank, no surrounding white space, at most 200 characters, one line without
   * control characters (a line break or a terminal escape in a name would forge lines of a report
   * or of an error). The message never repeats the name: a group's name may say who is in it.
   */
  public static String checkName(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalStateException(field + " must not be blank");
    }
    if (value.length() > MAX_NAME_LENGTH) {
      throw new IllegalStateException(
          field + " must be at most 200 characters, was " + value.length() + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalStateException(
          field + " must not start or end with white space; the value is not repeated");
    }
    if (hasControlCharacter(value)) {
      throw new IllegalStateException(
          field
              + " must be one line without control characters (line breaks, tabs, escapes);"
              + " the value is not repeated");
    }
    return value;
  }

  /**
   * Checks a free-text note (evidence of a step, a description): not blank. The message never
   * repeats a note's text, which may be about a person.
   */
  public static String checkNote(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalStateException(field + " must not be blank when present");
    }
    return value;
  }

  /**
   * Parses a decimal number of bounded size: at most {@value #MAX_NUMBER_LENGTH} characters, plain
   * ({@code 9.76}) or with an exponent ({@code 1e3}), at most {@value #MAX_DECIMAL_DIGITS} digits
   * before and after the decimal point once trailing zeros are dropped. The size is checked before
   * any arithmetic. The message names the field and repeats the text only when it is a number.
   *
   * @throws IllegalArgumentException if the text is not such a number
   */
  public static BigDecimal parseDecimal(String field, String text) {
    requireNonNull(field, "field");
    requireNonNull(text, field);
    String trimmed = text.strip();
    if (trimmed.length() > MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be a number of at most "
              + MAX_NUMBER_LENGTH
              + " characters, was "
              + trimmed.length()
              + " characters long");
    }
    if (!DECIMAL.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          field + " must be a decimal number like 9.76; the value is not repeated");
    }
    try {
      return checkDecimal(field, new BigDecimal(trimmed), trimmed);
    } catch (NumberFormatException e) {
      // An exponent the JDK cannot represent (beyond ±2147483647).
      throw new IllegalArgumentException(
          field + " must be a decimal number of bounded size, was " + trimmed, e);
    }
  }

  /**
   * The most decimal places of a value given to kcs as a {@link BigDecimal}: {@value}. More than
   * text may have ({@value #MAX_DECIMAL_DIGITS}), since a quotient computed to 34 significant
   * digits ({@link java.math.MathContext#DECIMAL128}) of a small amount has more.
   */
  public static final int MAX_COMPUTED_DECIMAL_PLACES = 100;

  /**
   * Checks that {@code value} is below 10<sup>{@value #MAX_DECIMAL_DIGITS}</sup> and has at most
   * {@value #MAX_COMPUTED_DECIMAL_PLACES} decimal places once trailing zeros are dropped, so that
   * arithmetic on it is bounded: {@code 1e-100000000} and {@code 1e999999999} are rejected before
   * any sum, rounding or text is made of them.
   *
   * @throws IllegalArgumentException if it is larger or finer
   */
  public static BigDecimal checkDecimal(String field, BigDecimal value) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    return checkDecimal(field, value, null, MAX_COMPUTED_DECIMAL_PLACES);
  }

  private static BigDecimal checkDecimal(String field, BigDecimal value, String text) {
    return checkDecimal(field, value, text, MAX_DECIMAL_DIGITS);
  }

  private static BigDecimal checkDecimal(
      String field, BigDecimal value, @Nullable String text, int maxPlaces) {
    // Cheap whatever the exponent: precision is bounded by the digits actually written.
    if (value.precision() > MAX_COMPUTED_DECIMAL_PLACES + MAX_DECIMAL_DIGITS) {
      throw new IllegalArgumentException(
          field
              + " must have at most "
              + (MAX_COMPUTED_DECIMAL_PLACES + MAX_DECIMAL_DIGITS)
              + " significant digits, had "
              + value.precision());
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (stripped.scale() > maxPlaces || integerDigits > MAX_DECIMAL_DIGITS) {
      throw new IllegalArgumentException(
          field
              + " must be a number below 10^"
              + MAX_DECIMAL_DIGITS
              + " with at most "
              + maxPlaces
              + " decimal places, was "
              + (text != null ? text : stripped.toString()));
    }
    // 0E-100000000 passes, but its scale would still make its plain text a hundred million zeros.
    return Math.abs((long) value.scale()) > maxPlaces ? stripped : value;
  }

  /**
   * Checks that {@code date} lies from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}: a date a
   * KCS or a club can have (kcs default, not the method's).
   */
  public static LocalDate checkDate(String field, LocalDate date) {
    requireNonNull(field, "field");
    requireNonNull(date, field);
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw new IllegalStateException(
          field + " must be from " + EARLIEST_DATE + " to " + LATEST_DATE + ", was " + date);
    }
    return date;
  }

  /**
   * Whether {@code text} is a well-formed code (1 to 40 ASCII letters, digits and underscores,
   * starting with a letter): a value that may be repeated in a message, since it cannot be a
   * sentence about a person.
   */
  public static boolean isCode(String text) {
    requireNonNull(text, "text");
    return CODE.matcher(text).matches();
  }

  /**
   * The end of a message about a rejected {@code text}: {@code ", was 'TEXT'"} when the text
   * cannot carry personal data — a well-formed code ({@link #isCode}) or a number of at most
   * {@value #MAX_NUMBER_LENGTH} characters — else {@code "; the value is not repeated"}.
   */
  public static String rejected(String text) {
    requireNonNull(text, "text");
    if (isCode(text) || (text.length() <= MAX_NUMBER_LENGTH && DECIMAL.matcher(text).matches())) {
      return ", was '" + text + "'";
    }
    return "; the value is not repeated";
  }

  /** Whether {@code text} holds a control or format character (a line break, an escape, a bidi override). */
  public static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} as one printable line of at most {@code maxLength} characters: every control or
   * format character (line breaks, tabs, terminal escapes, bidi overrides) becomes {@code ?}, and
   * the middle of a longer text is replaced by {@code …}. For error messages, which must never
   * forge a second line nor grow with the input.
   */
  public static String oneLine(String text, int maxLength) {
    requireNonNull(text, "text");
    if (maxLength < 3) {
      throw new IllegalArgumentException("maxLength must be at least 3, was " + maxLength);
    }
    String cut = text;
    if (text.length() > maxLength) {
      int head = (maxLength - 1) * 2 / 3;
      int tail = maxLength - 1 - head;
      cut = text.substring(0, head) + "\u2026" + text.substring(text.length() - tail);
    }
    StringBuilder line = null;
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (isControl(c) || (Character.isSurrogate(c) && !validSurrogate(cut, i))) {
        if (line == null) {
          line = new StringBuilder(cut.length()).append(cut, 0, i);
        }
        line.append('?');
      } else if (line != null) {
        line.append(c);
      }
    }
    return line == null ? cut : line.toString();
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static boolean isControl(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Checks that no two of {@code items} have the same id: {@code "animators must have distinct
   * ids, was a1 twice"}. Ids are not personal data; a pseudonymous id is never an item's key here.
   *
   * @return the ids, in the order of the items
   */
  public static <T, K> ImmutableSet<K> checkDistinctIds(
      String field, Iterable<T> items, Function<? super T, K> id) {
    requireNonNull(field, "field");
    requireNonNull(items, "items");
    requireNonNull(id, "id");
    Set<K> seen = new HashSet<>();
    ImmutableSet.Builder<K> ids = ImmutableSet.builder();
    for (T item : items) {
      K key = id.apply(item);
      if (!seen.add(key)) {
        throw new IllegalStateException(field + " must have distinct ids, was " + key + " twice");
      }
      ids.add(key);
    }
    return ids.build();
  }

  /** Checks that {@code value} is positive. */
  public static int checkPositive(String field, int value) {
    requireNonNull(field, "field");
    if (value <= 0) {
      throw new IllegalStateException(field + " must be positive, was " + value);
    }
    return value;
  }

  /** Checks that {@code value} is not negative. */
  public static int checkNotNegative(String field, int value) {
    requireNonNull(field, "field");
    if (value < 0) {
      throw new IllegalStateException(field + " must not be negative, was " + value);
    }
    return value;
  }
}
