package pl.kcs.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test values from a seeded random stream.
 *
 * <p>Generators are plain functions of a {@link SplittableRandom}: the same seed gives the same
 * value, so a failing property can be replayed from the seed it prints (see {@link Property}).
 * Implementations must be stateless.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** Draws the next value from {@code random}. */
  T next(SplittableRandom random);

  /** A generator of {@code mapper} applied to this generator's values. */
  default <U> Gen<U> map(Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /** A generator whose values depend on a value of this generator. */
  default <U> Gen<U> flatMap(Function<? super T, Gen<U>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random)).next(random);
  }

  /**
   * A generator that keeps only values accepted by {@code filter}; it gives up after 1,000
   * rejections in a row, so a filter that almost never holds fails loudly instead of looping.
   */
  default Gen<T> filter(Predicate<? super T> filter) {
    Objects.requireNonNull(filter, "filter");
    return random -> {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        T value = next(random);
        if (filter.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter rejected 1000 generated values in a row");
    };
  }
}
