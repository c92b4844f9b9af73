package pl.kcs.evaluation;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.UclaResponse;

/**
 * What one respondent of one group answered in one {@link Wave}: any of the validated loneliness
 * scales (KCS-EFF-LONELINESS) and kcs's questions on the pilot's reported effects ({@link
 * SeedQuestion}: KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES; worded by kcs, not taken
 * from the method). Questions not asked are absent.
 *
 * <p>The answers are special-category data about a vulnerable person: {@code toString()} prints
 * the group, the wave and the date, never the respondent id or an answer.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyResponse implements WithSurveyResponse {

  SurveyResponse() {}

  /** Who answered, pseudonymously. */
  @Value.Redacted
  public abstract RespondentId respondent();

  /** The group the respondent takes part in. */
  public abstract GroupId group();

  /** The wave. */
  public abstract Wave wave();

  /** When the respondent answered. */
  public abstract LocalDate answeredOn();

  /** Answers to the UCLA 3-item scale, if asked. */
  @Value.Redacted
  public abstract Optional<UclaResponse> ucla();

  /** Answers to the De Jong Gierveld scale, if asked. */
  @Value.Redacted
  public abstract Optional<DjgResponse> djg();

  /**
   * The answer to "do you feel less lonely than before joining?" (KCS-EFF-LONELINESS); asked at
   * {@link Wave#FOLLOW_UP} only, since it looks back to the time before joining.
   */
  @Value.Redacted
  public abstract Optional<LessLonelyAnswer> lessLonely();

  /** The answer to "could you organise a new self-help group yourself?" (KCS-EFF-CONFIDENCE). */
  @Value.Redacted
  public abstract Optional<OrganiserConfidence> confidence();

  /** The answer to "do you keep up acquaintances from the group outside it?" (KCS-EFF-TIES). */
  @Value.Redacted
  public abstract Optional<TiesOutsideGroup> ties();

  /** A builder of a response; respondent, group, wave, date and at least one answer are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkState(
        ucla().isPresent()
            || djg().isPresent()
            || lessLonely().isPresent()
            || confidence().isPresent()
            || ties().isPresent(),
        "a survey response must hold at least one answer, was a %s response without any",
        wave());
    checkState(
        lessLonely().isEmpty() || wave() == Wave.FOLLOW_UP,
        "lessLonely must be asked at FOLLOW_UP only (it looks back to the time before joining),"
            + " was given at %s",
        wave());
  }

  /** Builds a {@link SurveyResponse}. */
  public static final class Builder extends ImmutableSurveyResponse.Builder {
    Builder() {}
  }
}
