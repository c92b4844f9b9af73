package pl.kcs.core.opening;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * An institution's self-assessment of its openness to residents, "from client to co-host"
 * (OPEN-COHOST): for each item it answers — a starting condition (OPEN-START), a tool
 * (OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE) or a practice (OPEN-PRACTICES) — how far the item is in
 * place, on the scale of {@link PracticeLevel}. Items may be left unanswered.
 *
 * <p>A culture house, a library or a social-assistance centre fills it in; a KCS host may attach
 * it to its implementation before stage 1 (KCS-S1A, KCS-S1B-TEAM). Scores, the position on the
 * client → co-host scale and advice come from kcs-rules.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfAssessment implements WithSelfAssessment {

  SelfAssessment() {}

  private static final SelfAssessment EMPTY = builder().build();

  /** The answers given, by item; an item without an answer is unanswered. */
  public abstract ImmutableMap<OpeningPractice, PracticeLevel> answers();

  /** When the institution filled the assessment in, if recorded. */
  public abstract Optional<LocalDate> assessedOn();

  /** The answer about {@code practice}, if given. */
  public final Optional<PracticeLevel> answer(OpeningPractice practice) {
    requireNonNull(practice, "practice");
    return Optional.ofNullable(answers().get(practice));
  }

  /**
   * The level of {@code practice}, an unanswered item counting as {@link PracticeLevel#NOT_YET}
   * (library default: nothing is assumed in place until the institution says so).
   */
  public final PracticeLevel levelOf(OpeningPractice practice) {
    requireNonNull(practice, "practice");
    PracticeLevel level = answers().get(practice);
    return level == null ? PracticeLevel.NOT_YET : level;
  }

  /** Whether {@code practice} is in place (at least {@link PracticeLevel#PARTLY}). */
  public final boolean isInPlace(OpeningPractice practice) {
    return levelOf(practice).isInPlace();
  }

  /** The items among {@code practices} that are not in place, unanswered ones included, in enum order. */
  public final ImmutableList<OpeningPractice> notInPlace(Iterable<OpeningPractice> practices) {
    requireNonNull(practices, "practices");
    boolean[] asked = new boolean[OpeningPractice.values().length];
    for (OpeningPractice practice : practices) {
      asked[requireNonNull(practice, "practice").ordinal()] = true;
    }
    ImmutableList.Builder<OpeningPractice> missing = ImmutableList.builder();
    for (OpeningPractice practice : OpeningPractice.values()) {
      if (asked[practice.ordinal()] && !isInPlace(practice)) {
        missing.add(practice);
      }
    }
    return missing.build();
  }

  /** This assessment with {@code practice} answered {@code level}, replacing any earlier answer. */
  public final SelfAssessment withAnswer(OpeningPractice practice, PracticeLevel level) {
    requireNonNull(practice, "practice");
    requireNonNull(level, "level");
    ImmutableMap.Builder<OpeningPractice, PracticeLevel> answers = ImmutableMap.builder();
    answers.putAll(answers());
    answers.put(practice, level);
    return withAnswers(answers.buildKeepingLast());
  }

  /** No answers at all. */
  public static SelfAssessment empty() {
    return EMPTY;
  }

  /** Every item answered {@code level}: a starting point for a form. */
  public static SelfAssessment allAnswered(PracticeLevel level) {
    requireNonNull(level, "level");
    Builder all = builder();
    for (OpeningPractice practice : OpeningPractice.values()) {
      all.putAnswers(practice, level);
    }
    return all.build();
  }

  /** A builder of a self-assessment. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void checkDates() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    assessedOn().ifPresent(date -> Checks.checkDate("assessedOn", date));
  }

  /** Builds a {@link SelfAssessment}; every attribute is optional, each item answered once. */
  public static final class Builder extends ImmutableSelfAssessment.Builder {
    Builder() {}
  }
}
