package pl.kcs.evaluation.instrument;

import static java.util.Objects.requireNonNull;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * Which answers a De Jong Gierveld questionnaire offered (Manual of the Loneliness Scale, 1999,
 * section 2). Measures KCS-EFF-LONELINESS.
 */
public enum DjgAnswerFormat implements LonelinessTerm {
  /** "Yes", "more or less", "no": interviews, face to face or by telephone. */
  THREE_POINT,
  /** "Yes!", "yes", "more or less", "no", "no!": self-completed questionnaires. */
  FIVE_POINT;

  /** Whether this format offers {@code answer}. */
  public boolean offers(DjgAnswer answer) {
    requireNonNull(answer, "answer");
    return this == FIVE_POINT || answer.inThreePointFormat();
  }
}
