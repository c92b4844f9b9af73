package pl.kcs.json;

import static java.util.Objects.requireNonNull;

/**
 * A document kcs cannot read: where (a JSON path such as {@code $.animators[1].postFraction}, an
 * XML path such as {@code /implementation/animators/animator[2]/postFraction}, or {@code line 3,
 * column 5} for text that is not JSON or XML at all) and what was wrong, e.g. {@code must be in (0,
 * 1], was 3/2}. The message is {@code location + ": " + problem}, one line.
 *
 * <p>A problem never repeats a rejected pseudonymous id of a member or respondent, nor free text
 * about a person: such values are described (their length), never shown.
 *
 * <p>An {@link IllegalArgumentException}, as every bad argument of kcs is; a caller can act on
 * {@link #location()} and {@link #problem()}, e.g. to highlight the field in a form.
 */
public final class KcsJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String location;
  private final String problem;

  KcsJsonException(String location, String problem) {
    super(requireNonNull(location, "location") + ": " + requireNonNull(problem, "problem"));
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
