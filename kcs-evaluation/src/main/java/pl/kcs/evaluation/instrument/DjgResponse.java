package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's answers to the De Jong Gierveld loneliness scale in one of its {@link DjgForm
 * forms} and {@link DjgAnswerFormat answer formats} (KCS-EFF-LONELINESS). An item left unanswered
 * is simply absent; {@link DjgScoring} decides whether the scale and its subscales can still be
 * scored.
 *
 * <p>Holds no respondent id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DjgResponse implements WithDjgResponse {

  DjgResponse() {}

  /** The form asked. */
  public abstract DjgForm form();

  /** The answers offered; by default the three-point format of interviews. */
  @Value.Default
  public DjgAnswerFormat format() {
    return DjgAnswerFormat.THREE_POINT;
  }

  /** The answers given, by item; each item of {@link #form()}, at least one. */
  public abstract ImmutableMap<DjgItem, DjgAnswer> answers();

  /** A builder of a response. */
  public static Builder builder() {
    return new Builder();
  }

  /** The answer to {@code item}, if given. */
  public final Optional<DjgAnswer> answer(DjgItem item) {
    return Answers.to(answers(), item);
  }

  /** How many items of the form were left unanswered. */
  public final int missing() {
    return form().items().size() - answers().size();
  }

  /**
   * This response as a 6-item response: the 6-item scale's items are among the 11 (de Jong
   * Gierveld &amp; van Tilburg 2006), so an 11-item response can be compared with a 6-item one.
   */
  public final DjgResponse toSixItemForm() {
    if (form() == DjgForm.SIX_ITEM) {
      return this;
    }
    Map<DjgItem, DjgAnswer> kept = new EnumMap<>(DjgItem.class);
    for (Map.Entry<DjgItem, DjgAnswer> answer : answers().entrySet()) {
      if (answer.getKey().inSixItemScale()) {
        kept.put(answer.getKey(), answer.getValue());
      }
    }
    return builder().form(DjgForm.SIX_ITEM).format(format()).putAllAnswers(kept).build();
  }

  /** This response with {@code answer} to {@code item}, replacing any earlier answer. */
  public final DjgResponse withAnswer(DjgItem item, DjgAnswer answer) {
    return withAnswers(Answers.with(DjgItem.class, answers(), item, answer));
  }

  @Value.Check
  void check() {
    checkState(!answers().isEmpty(), "answers must not be empty");
    for (Map.Entry<DjgItem, DjgAnswer> answer : answers().entrySet()) {
      DjgItem item = answer.getKey();
      checkState(
          form() == DjgForm.ELEVEN_ITEM || item.inSixItemScale(),
          "answers must be to items of the %s form, was item %s (%s)",
          form(),
          item.number(),
          item);
      checkState(
          format().offers(answer.getValue()),
          "answers must be offered by the %s format, was %s to item %s",
          format(),
          answer.getValue(),
          item.number());
    }
  }

  /** Builds a {@link DjgResponse}; the form and at least one answer are required. */
  public static final class Builder extends ImmutableDjgResponse.Builder {
    Builder() {}
  }
}
