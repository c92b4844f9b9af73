package pl.kcs.json;

import static java.util.Objects.requireNonNull;

import pl.kcs.core.Checks;

/**
 * A document kcs cannot read: where (a JSON path such as {@code $.animators[1].postFraction}, an
 * XML path such as {@code /implementation/animators/animator[2]/postFraction}, or {@code line 3,
 * column 5} for text that is not JSON or XML at all) and what was wrong, e.g. {@code must be in (0,
 * 1], was 3/2}. The message is {@code location + ": " + problem}, one line.
 *
 * <p>A problem never repeats free text of the document (a name, an unknown code, a note, a
 * pseudonymous id): a rejected value is shown only when it is a number or a well-formed code. The
 * message is one line without control characters, at most {@value #MAX_LOCATION_LENGTH} + {@value
 * #MAX_PROBLEM_LENGTH} characters: a longer path or problem is shortened in the middle.
 *
 * <p>An {@link IllegalArgumentException}, as every bad argument of kcs is; a caller can act on
 * {@link #location()} and {@link #problem()}, e.g. to highlight the field in a form.
 */
public final class KcsJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String location;
  private final String problem;

  /** The longest location a message shows; a longer one is shortened in the middle. */
  static final int MAX_LOCATION_LENGTH = 200;

  /** The longest problem a message shows. */
  static final int MAX_PROBLEM_LENGTH = 300;

  KcsJsonException(String location, String problem) {
    this(
        Checks.oneLine(requireNonNull(location, "location"), MAX_LOCATION_LENGTH),
        Checks.oneLine(requireNonNull(problem, "problem"), MAX_PROBLEM_LENGTH),
        true);
  }

  @SuppressWarnings("UnusedVariable") // oneLine only tells this constructor from the one above
  private KcsJsonException(String location, String problem, boolean oneLine) {
    super(location + ": " + problem);
    this.location = location;
    this.problem = problem;
  }

  KcsJsonException(String location, String problem, Throwable cause) {
    this(location, problem);
    initCause(cause);
  }

  /** Where the problem is: a JSON path, an XML path, or a line and column. */
  public String location() {
    return location;
  }

  /** What was wrong, e.g. {@code must be in (0, 1], was 3/2}. */
  public String problem() {
    return problem;
  }
}
