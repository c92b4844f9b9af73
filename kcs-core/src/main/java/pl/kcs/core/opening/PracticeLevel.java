package pl.kcs.core.opening;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * How far an institution has a practice of OPEN-PRACTICES (or a tool, or a starting condition) in
 * place: the small four-step scale of the self-assessment, worth 0 to 3 points. The scale and its
 * points are a library default, not in the source.
 */
public enum PracticeLevel implements DomainTerm {
  /** Not yet. 0 points. (OPEN-PRACTICES) */
  NOT_YET("OPEN-PRACTICES", 0),
  /** Just starting: first attempts. 1 point. (OPEN-PRACTICES) */
  STARTING("OPEN-PRACTICES", 1),
  /** Partly in place. 2 points. (OPEN-PRACTICES) */
  PARTLY("OPEN-PRACTICES", 2),
  /** Fully in place, a habit of the institution. 3 points. (OPEN-PRACTICES) */
  FULLY("OPEN-PRACTICES", 3);

  /** The points of the highest level. */
  public static final int MAX_POINTS = 3;

  private final FactId source;
  private final int points;

  PracticeLevel(String source, int points) {
    this.source = FactId.of(source);
    this.points = points;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The points this level is worth, 0 to {@link #MAX_POINTS}. */
  public int points() {
    return points;
  }

  /**
   * Whether a practice at this level counts as in place: at least {@link #PARTLY}. Library
   * default, used for the starting conditions (OPEN-START).
   */
  public boolean isInPlace() {
    return compareTo(PARTLY) >= 0;
  }

  /** Whether this level is higher than {@code other}. */
  public boolean isBetterThan(PracticeLevel other) {
    return compareTo(other) > 0;
  }
}
