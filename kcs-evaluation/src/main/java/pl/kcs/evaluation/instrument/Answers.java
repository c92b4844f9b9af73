package pl.kcs.evaluation.instrument;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What every scale's response does with its answers by item, {@link DjgResponse} and {@link UclaResponse} alike. */
final class Answers {

  private Answers() {}

  /** The answer to {@code item} among {@code answers}, if given. */
  static <I extends Enum<I>, A> Optional<A> to(Map<I, A> answers, I item) {
    requireNonNull(item, "item");
    return Optional.ofNullable(answers.get(item));
  }

  /** {@code answers} with {@code answer} to {@code item}, replacing any earlier answer. */
  static <I extends Enum<I>, A> Map<I, A> with(
      Class<I> items, Map<I, A> answers, I item, A answer) {
    requireNonNull(item, "item");
    requireNonNull(answer, "answer");
    Map<I, A> changed = new EnumMap<>(items);
    changed.putAll(answers);
    changed.put(item, answer);
    return changed;
  }
}
