package pl.kcs.rules.opening;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;

/**
 * The scores of a {@link SelfAssessment}, worked out once: per area ({@link AreaScore}), overall,
 * and the position on the client → co-host scale (OPEN-COHOST). The rules of the self-assessment
 * read these facts; an embedding system's rules may too.
 *
 * <p>Scoring (library default, not in the source): each item is worth the points of its {@link
 * PracticeLevel} (0 to 3), an unanswered item 0; a score is the points in percent of the highest,
 * rounded down. The overall score counts every item alike. The position is the rung the overall
 * score reaches, except that an institution is a co-host only if its own area of co-hosting and
 * residents' initiative reaches the co-host rung too — a co-host is a resident who co-decides
 * (OPEN-COHOST) — and a partner otherwise. Answering any item better never lowers any score or the
 * position.
 *
 * <p>Immutable and thread-safe.
 */
public final class OpeningFacts {

  private final SelfAssessment assessment;
  private final Map<OpeningArea, AreaScore> scores = new EnumMap<>(OpeningArea.class);
  private final int points;
  private final int maxPoints;
  private final int answered;

  private OpeningFacts(SelfAssessment assessment) {
    this.assessment = assessment;
    int allPoints = 0;
    int allMax = 0;
    for (OpeningArea area : OpeningArea.values()) {
      int areaPoints = 0;
      int areaAnswered = 0;
      List<OpeningPractice> toDevelop = new ArrayList<>();
      ImmutableList<OpeningPractice> items = OpeningPractice.in(area);
      for (OpeningPractice practice : items) {
        PracticeLevel level = assessment.levelOf(practice);
        areaPoints += level.points();
        if (assessment.answer(practice).isPresent()) {
          areaAnswered++;
        }
        if (level != PracticeLevel.FULLY) {
          toDevelop.add(practice);
        }
      }
      toDevelop.sort(
          Comparator.comparing(assessment::levelOf).thenComparing(Comparator.naturalOrder()));
      int areaMax = items.size() * PracticeLevel.MAX_POINTS;
      scores.put(area, new AreaScore(area, areaPoints, areaMax, areaAnswered, ImmutableList.copyOf(toDevelop)));
      allPoints += areaPoints;
      allMax += areaMax;
    }
    this.points = allPoints;
    this.maxPoints = allMax;
    this.answered = assessment.answers().size();
  }

  /** The scores of {@code assessment}. */
  public static OpeningFacts of(SelfAssessment assessment) {
    return new OpeningFacts(requireNonNull(assessment, "assessment"));
  }

  /** The assessment scored. */
  public SelfAssessment assessment() {
    return assessment;
  }

  /** The score of {@code area}. */
  public AreaScore score(OpeningArea area) {
    return scores.get(requireNonNull(area, "area"));
  }

  /** The score of every area, in the order of {@link OpeningArea}. */
  public ImmutableList<AreaScore> scores() {
    return ImmutableList.copyOf(scores.values());
  }

  /** The points of every item together. */
  public int points() {
    return points;
  }

  /** The highest possible points: 3 per item. */
  public int maxPoints() {
    return maxPoints;
  }

  /** The overall score in percent of the highest, rounded down. */
  public int percent() {
    return points * 100 / maxPoints;
  }

  /** How many items are answered. */
  public int answered() {
    return answered;
  }

  /** How many items the self-assessment has. */
  public int items() {
    return OpeningPractice.values().length;
  }

  /**
   * The position on the client → co-host scale (OPEN-COHOST): the rung the overall score reaches,
   * but a co-host only if the area of co-hosting and residents' initiative reaches that rung too.
   */
  public CohostPosition position() {
    CohostPosition overall = CohostPosition.forPercent(percent());
    if (overall == CohostPosition.CO_HOST
        && score(OpeningArea.COHOSTING_AND_INITIATIVE).position() != CohostPosition.CO_HOST) {
      return CohostPosition.PARTNER;
    }
    return overall;
  }

  @Override
  public String toString() {
    return "OpeningFacts{" + points + "/" + maxPoints + " = " + percent() + "%, " + position() + "}";
  }
}
