package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * What a rule looked at: the subjects concerned (which animators, which groups), what it observed
 * and what it expected. The three are the arguments {0}, {1} and {2} of the rule's messages.
 *
 * <p>Subjects are identifiers or labelled domain terms, never free text about a person. Immutable
 * and thread-safe.
 */
public final class Finding {

  private static final Finding NONE = new Finding(ImmutableList.of(), "", "");

  private final ImmutableList<Object> subjects;
  private final Object observed;
  private final Object expected;

  private Finding(ImmutableList<Object> subjects, Object observed, Object expected) {
    this.subjects = subjects;
    this.observed = observed;
    this.expected = expected;
  }

  /** A finding about {@code subjects}, with what was observed and what was expected. */
  public static Finding of(Iterable<?> subjects, Object observed, Object expected) {
    requireNonNull(subjects, "subjects");
    requireNonNull(observed, "observed");
    requireNonNull(expected, "expected");
    return new Finding(ImmutableList.copyOf(subjects), observed, expected);
  }

  /** A finding with no particular subject. */
  public static Finding of(Object observed, Object expected) {
    return of(ImmutableList.of(), observed, expected);
  }

  /** A finding with nothing to report. */
  public static Finding none() {
    return NONE;
  }

  /** The subjects concerned, e.g. the animators without supervision; may be empty. */
  public ImmutableList<Object> subjects() {
    return subjects;
  }

  /** What the rule observed. */
  public Object observed() {
    return observed;
  }

  /** What the rule expected. */
  public Object expected() {
    return expected;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return subjects.equals(that.subjects)
        && observed.equals(that.observed)
        && expected.equals(that.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subjects, observed, expected);
  }

  @Override
  public String toString() {
    return "Finding{subjects="
        + subjects
        + ", observed="
        + observed
        + ", expected="
        + expected
        + "}";
  }
}
