package pl.kcs.rules.opening;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;

/**
 * The score of one area of a self-assessment: the points of its items (an unanswered item counts
 * as "not yet", 0 points) out of 3 per item, as a whole percentage rounded down, and the items to
 * develop — those not fully in place, the weakest first, each citing its fact ID through {@link
 * OpeningPractice#source()}.
 *
 * <p>Rounding down keeps the score exact at the rungs of the client → co-host scale (OPEN-COHOST):
 * an area reaches 75% only when its points are at least three quarters of the highest. Immutable
 * and thread-safe.
 */
public final class AreaScore {

  private final OpeningArea area;
  private final int points;
  private final int maxPoints;
  private final int answered;
  private final ImmutableList<OpeningPractice> toDevelop;

  AreaScore(
      OpeningArea area,
      int points,
      int maxPoints,
      int answered,
      ImmutableList<OpeningPractice> toDevelop) {
    this.area = area;
    this.points = points;
    this.maxPoints = maxPoints;
    this.answered = answered;
    this.toDevelop = toDevelop;
  }

  /** The area. */
  public OpeningArea area() {
    return area;
  }

  /** The points of the area's items. */
  public int points() {
    return points;
  }

  /** The highest possible points: 3 per item. */
  public int maxPoints() {
    return maxPoints;
  }

  /** The score in percent of the highest, rounded down: 0 to 100. */
  public int percent() {
    return points * 100 / maxPoints;
  }

  /** How many of the area's items are answered. */
  public int answered() {
    return answered;
  }

  /** How many items the area has. */
  public int items() {
    return maxPoints / PracticeLevel.MAX_POINTS;
  }

  /** The rung of the client → co-host scale this area's score reaches (OPEN-COHOST). */
  public CohostPosition position() {
    return CohostPosition.forPercent(percent());
  }

  /** The items not fully in place, the weakest first (unanswered with "not yet"), then in order. */
  public ImmutableList<OpeningPractice> toDevelop() {
    return toDevelop;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AreaScore)) {
      return false;
    }
    AreaScore that = (AreaScore) other;
    return area == that.area
        && points == that.points
        && maxPoints == that.maxPoints
        && answered == that.answered
        && toDevelop.equals(that.toDevelop);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, points, maxPoints, answered, toDevelop);
  }

  @Override
  public String toString() {
    return "AreaScore{" + area + ", " + points + "/" + maxPoints + " = " + percent() + "%}";
  }
}
