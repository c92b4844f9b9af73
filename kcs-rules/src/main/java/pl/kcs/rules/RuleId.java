package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The stable id of a rule, e.g. {@code kcs.s1b.supervision}: lower-case words separated by dots
 * or dashes. Embedding systems use it to disable or replace a built-in rule, and message keys are
 * made from it. Immutable and thread-safe.
 */
public final class RuleId implements Comparable<RuleId> {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  private final String value;

  private RuleId(String value) {
    this.value = value;
  }

  /**
   * The rule id {@code value}.
   *
   * @throws IllegalArgumentException unless it is lower-case words separated by dots or dashes
   */
  public static RuleId of(String value) {
    requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches() || value.length() > 100) {
      throw new IllegalArgumentException(
          "ruleId must be lower-case letters and digits separated by dots or dashes, at most 100"
              + " characters, was '"
              + value
              + "'");
    }
    return new RuleId(value);
  }

  /** The id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleId && ((RuleId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
