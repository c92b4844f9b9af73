package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One cell of a report table: a value that may be shown, suppressed to protect respondents, or
 * absent because nobody answered.
 *
 * <p>A {@link Suppressed} cell holds no value and no count at all, so neither the report's text
 * nor its {@code toString()} can give the hidden number away, and one reason serves every
 * suppression (a cell too small and a cell whose complement is too small look the same, since
 * telling them apart would itself reveal something).
 *
 * @param <T> the value type: {@link ShareEstimate} or {@link MeanScores}
 */
public sealed interface Cell<T> permits Cell.Shown, Cell.Suppressed, Cell.NoAnswers {

  /** The value, if shown. */
  Optional<T> value();

  /** Whether the value is shown. */
  default boolean isShown() {
    return value().isPresent();
  }

  /** A value shown in the report. */
  record Shown<T>(T shown) implements Cell<T> {
    /** A shown value; never null. */
    public Shown {
      requireNonNull(shown, "shown");
    }

    @Override
    public Optional<T> value() {
      return Optional.of(shown);
    }
  }

  /** A value suppressed because a cell had fewer respondents than the threshold. */
  record Suppressed<T>() implements Cell<T> {
    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }

  /** No respondent answered the question anywhere in the evaluation. */
  record NoAnswers<T>() implements Cell<T> {
    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }
}
