package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

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

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private Checks() {}

  /**
   * Checks an identifier: 1 to 64 ASCII letters, digits, {@code . _ : -}, starting with a letter or
   * a digit. No spaces, so that a person's full name cannot pass for an identifier by accident.
   */
  public static String checkIdentifier(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalStateException(
          field
              + " must be 1 to 64 letters, digits or . _ : - starting with a letter or digit, was '"
              + value
              + "'");
    }
    return value;
  }

  /**
   * Checks a pseudonymous identifier of a person (a group member, a respondent) as {@link
   * #checkIdentifier} does, but never puts the value into the message: a rejected value may be a
   * real name.
   */
  public static String checkPseudonym(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalStateException(
          field
              + " must be 1 to 64 letters, digits or . _ : - starting with a letter or digit,"
              + " was a value of "
              + value.length()
              + " characters (not shown: it may identify a person)");
    }
    return value;
  }

  /** Checks a name: not blank, no surrounding white space, at most 200 characters. */
  public static String checkName(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalStateException(field + " must not be blank, was '" + value + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalStateException(
          field + " must not start or end with white space, was '" + value + "'");
    }
    if (value.length() > MAX_NAME_LENGTH) {
      throw new IllegalStateException(
          field + " must be at most 200 characters, was " + value.length() + " characters");
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
