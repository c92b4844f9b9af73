package pl.kcs.rules.opening;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.kcs.core.FactId;
import pl.kcs.core.host.HostKind;
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

  private static final FactId SOCIAL_TOOLS = FactId.of("OPEN-TOOLS-SOCIAL");
  private static final FactId CULTURE_TOOLS = FactId.of("OPEN-TOOLS-CULTURE");

  private final SelfAssessment assessment;
  private final Map<OpeningArea, AreaScore> scores = new EnumMap<>(OpeningArea.class);
  private final int points;
  private final int maxPoints;
  private final int answered;
  private final Optional<HostKind> hostKind;

  private OpeningFacts(SelfAssessment assessment, Optional<HostKind> hostKind) {
    this.assessment = assessment;
    this.hostKind = hostKind;
    int allPoints = 0;
    int allMax = 0;
    for (OpeningArea area : OpeningArea.values()) {
      int areaPoints = 0;
      int areaAnswered = 0;
      List<OpeningPractice> toDevelop = new ArrayList<>();
      ImmutableList<OpeningPractice> items = scored(OpeningPractice.in(area), hostKind);
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
      scores.put(
          area,
          new AreaScore(area, areaPoints, areaMax, areaAnswered, ImmutableList.copyOf(toDevelop)));
      allPoints += areaPoints;
      allMax += areaMax;
    }
    this.points = allPoints;
    this.maxPoints = allMax;
    int counted = 0;
    for (OpeningPractice practice : assessment.answers().keySet()) {
      if (isScored(practice, hostKind)) {
        counted++;
      }
    }
    this.answered = counted;
  }

  /**
   * Whether {@code practice} counts for a host of {@code kind}: the panel names tools "szczególnie
   * w pomocy społecznej" (OPEN-TOOLS-SOCIAL) and "szczególnie w kulturze" (OPEN-TOOLS-CULTURE), so
   * a social-assistance centre is scored on the former and a culture institution on the latter;
   * every other practice counts for every host, and with no host kind every tool counts.
   */
  static boolean isScored(OpeningPractice practice, Optional<HostKind> kind) {
    if (kind.isEmpty()) {
      return true;
    }
    FactId fact = practice.source();
    boolean social = kind.get() == HostKind.SOCIAL_ASSISTANCE_CENTRE;
    if (fact.equals(SOCIAL_TOOLS)) {
      return social;
    }
    if (fact.equals(CULTURE_TOOLS)) {
      return !social;
    }
    return true;
  }

  private static ImmutableList<OpeningPractice> scored(
      ImmutableList<OpeningPractice> practices, Optional<HostKind> kind) {
    if (kind.isEmpty()) {
      return practices;
    }
    ImmutableList.Builder<OpeningPractice> kept = ImmutableList.builder();
    for (OpeningPractice practice : practices) {
      if (isScored(practice, kind)) {
        kept.add(practice);
      }
    }
    return kept.build();
  }

  /**
   * The scores of {@code assessment} by a host of {@code hostKind}: the tools of the other sector
   * (OPEN-TOOLS-SOCIAL for culture institutions, OPEN-TOOLS-CULTURE for a social-assistance
   * centre) are not scored.
   */
  public static OpeningFacts of(SelfAssessment assessment, HostKind hostKind) {
    return new OpeningFacts(
        requireNonNull(assessment, "assessment"),
        Optional.of(requireNonNull(hostKind, "hostKind")));
  }

  /** The kind of host the tools were scored for, if given. */
  public Optional<HostKind> hostKind() {
    return hostKind;
  }

  /**
   * The scores of {@code assessment} with every tool counted, whatever the host (see {@link
   * #of(SelfAssessment, HostKind)}).
   */
  public static OpeningFacts of(SelfAssessment assessment) {
    return new OpeningFacts(requireNonNull(assessment, "assessment"), Optional.empty());
  }

  /** The assessment scored. */
  public SelfAssessment assessment() {
    return assessment;
  }

  /** The score of {@code area}. */
  public AreaScore score(OpeningArea area) {
    return requireNonNull(scores.get(requireNonNull(area, "area")), "score");
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
    int items = 0;
    for (OpeningPractice practice : OpeningPractice.values()) {
      if (isScored(practice, hostKind)) {
        items++;
      }
    }
    return items;
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
    return "OpeningFacts{"
        + points
        + "/"
        + maxPoints
        + " = "
        + percent()
        + "%, "
        + position()
        + "}";
  }
}
