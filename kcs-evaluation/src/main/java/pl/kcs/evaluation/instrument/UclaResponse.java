package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's answers to the UCLA 3-item loneliness scale (KCS-EFF-LONELINESS). An item left
 * unanswered is simply absent; {@link Ucla3Scoring} decides whether the scale can still be scored.
 *
 * <p>Holds no respondent id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UclaResponse implements WithUclaResponse {

  UclaResponse() {}

  /** The answers given, by item; at least one. */
  public abstract ImmutableMap<UclaItem, UclaAnswer> answers();

  /** The answers to all three items, in the scale's order. */
  public static UclaResponse of(
      UclaAnswer lackCompanionship, UclaAnswer leftOut, UclaAnswer isolated) {
    return builder()
        .putAnswers(UclaItem.LACK_COMPANIONSHIP, lackCompanionship)
        .putAnswers(UclaItem.LEFT_OUT, leftOut)
        .putAnswers(UclaItem.ISOLATED, isolated)
        .build();
  }

  /** A builder of a response. */
  public static Builder builder() {
    return new Builder();
  }

  /** The answer to {@code item}, if given. */
  public final Optional<UclaAnswer> answer(UclaItem item) {
    return Answers.to(answers(), item);
  }

  /** How many of the three items were left unanswered. */
  public final int missing() {
    return UclaItem.values().length - answers().size();
  }

  /** This response with {@code answer} to {@code item}, replacing any earlier answer. */
  public final UclaResponse withAnswer(UclaItem item, UclaAnswer answer) {
    return withAnswers(Answers.with(UclaItem.class, answers(), item, answer));
  }

  @Value.Check
  void check() {
    checkState(!answers().isEmpty(), "answers must not be empty");
  }

  /** Builds a {@link UclaResponse}; at least one answer is required. */
  public static final class Builder extends ImmutableUclaResponse.Builder {
    Builder() {}
  }
}
