package pl.kcs.evaluation;

import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * The pseudonymous id of a survey respondent. Answers about loneliness, confidence and ties
 * (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES) of people in themed self-help groups are
 * special-category personal data, so kcs knows a respondent only by an id that the embedding
 * system maps to a person, if at all; it is what pairs a respondent's answers at the start with
 * those after.
 *
 * <p>{@link #toString()} never prints the id, and a rejected id is never repeated in an exception
 * message. Use {@link #value()} where the id is really needed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class RespondentId implements Comparable<RespondentId> {

  RespondentId() {}

  /** The pseudonymous id's text. */
  @Value.Parameter
  public abstract String value();

  /** The respondent id {@code value}: 1 to 64 letters, digits or {@code . _ : -}. */
  public static RespondentId of(String value) {
    return ImmutableRespondentId.of(value);
  }

  @Override
  public int compareTo(RespondentId other) {
    return value().compareTo(other.value());
  }

  /** {@code RespondentId[redacted]}: a respondent id is personal data and never printed. */
  @Override
  public String toString() {
    return "RespondentId[redacted]";
  }

  @Value.Check
  void check() {
    Checks.checkPseudonym("respondentId", value());
  }
}
