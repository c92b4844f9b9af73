package pl.kcs.evaluation.instrument;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * An answer to a {@link UclaItem}, with its published points: "hardly ever" 1, "some of the
 * time" 2, "often" 3 (Hughes et al. 2004). Measures KCS-EFF-LONELINESS.
 */
public enum UclaAnswer implements LonelinessTerm {
  /** "Hardly ever": 1 point. */
  HARDLY_EVER(1),
  /** "Some of the time": 2 points. */
  SOME_OF_THE_TIME(2),
  /** "Often": 3 points. */
  OFTEN(3);

  private final int points;

  UclaAnswer(int points) {
    this.points = points;
  }

  /** The answer's points, 1 to 3; more is lonelier. */
  public int points() {
    return points;
  }
}
