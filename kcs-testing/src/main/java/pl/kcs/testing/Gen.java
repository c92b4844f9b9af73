package pl.kcs.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A generator of test values from a seeded random stream, with integrated shrinking.
 *
 * <p>Generators are functions of a {@link SplittableRandom}: the same seed gives the same value,
 * so a failing property can be replayed from the seed it prints (see {@link Property}).
 * Implementations must be stateless.
 *
 * <h2>Shrinking</h2>
 *
 * <p>Besides its value, a generator can give a {@link Shrinkable}: the value with a lazy tree of
 * simpler versions of it. The runner walks down that tree from a failing input to a small one
 * that still fails. The generators of {@link Gens} build such trees (integers toward zero or the
 * bound nearest it, lists toward shorter, strings toward shorter and toward the alphabet's first
 * letter, choices toward the first option), and the combinators carry them along:
 *
 * <ul>
 *   <li>{@link #map} maps the whole tree, so a domain value built by {@code map} shrinks through
 *       the values it was built from;
 *   <li>{@link #flatMap} shrinks the outer value first and regenerates the inner value for each
 *       shrunk outer value from the same split-off seed, then shrinks the inner value;
 *   <li>{@link Gens#zip} shrinks each component in turn, {@link Gens#listsOf} drops elements and
 *       shrinks the rest, {@link #filter} keeps only accepted shrinks.
 * </ul>
 *
 * <p>A generator written as a lambda over the random stream ({@code random -> ...}) still
 * generates, replays and prints, but it has no tree to walk: its value does not shrink. Build a
 * domain generator from {@link Gens#zip}, {@link #map} and {@link #flatMap} to make it shrink,
 * or give a lambda a type-directed shrinker with {@link #withShrinker}. A shrink whose mapping
 * throws (a domain factory rejecting a shrunk value) is skipped, not reported.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** Draws the next value from {@code random}. */
  T next(SplittableRandom random);

  /**
   * Draws the next value from {@code random} with its shrink tree. The value is the one {@link
   * #next} would draw from the same random state. By default the value has no shrinks; the
   * generators of {@link Gens} and the combinators of this interface override this.
   */
  default Shrinkable<T> generate(SplittableRandom random) {
    return Shrinkable.of(next(random));
  }

  /**
   * A generator that draws its values, with their shrink trees, from {@code generator}: the way
   * to write a generator of one's own that shrinks.
   */
  static <T> Gen<T> shrinking(Function<SplittableRandom, Shrinkable<T>> generator) {
    return new ShrinkingGen<>(generator);
  }

  /** A generator of {@code mapper} applied to this generator's values; it shrinks as this one. */
  default <U> Gen<U> map(Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return shrinking(random -> generate(random).map(mapper));
  }

  /**
   * A generator whose values depend on a value of this generator. The dependent generator draws
   * from a seed split off the stream, so that when the outer value shrinks, the inner value is
   * drawn again from the same seed for the shrunk outer value.
   */
  default <U> Gen<U> flatMap(Function<? super T, Gen<U>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return shrinking(
        random -> {
          Shrinkable<T> outer = generate(random);
          long innerSeed = random.nextLong();
          return ShrinkingGen.bind(outer, mapper, innerSeed);
        });
  }

  /**
   * A generator that keeps only values accepted by {@code filter}; it gives up after 1,000
   * rejections in a row, so a filter that almost never holds fails loudly instead of looping.
   * Shrinks the filter rejects are skipped.
   */
  default Gen<T> filter(Predicate<? super T> filter) {
    Objects.requireNonNull(filter, "filter");
    return shrinking(
        random -> {
          for (int attempt = 0; attempt < 1_000; attempt++) {
            Shrinkable<T> candidate = generate(random);
            if (filter.test(candidate.value())) {
              return candidate.filter(filter);
            }
          }
          throw new IllegalStateException("filter rejected 1000 generated values in a row");
        });
  }

  /**
   * This generator with {@code shrinker} as the source of simpler values (QuickCheck's
   * type-directed shrinking): the shrinker's candidates replace the tree this generator would
   * build. It must return strictly simpler values, most promising first.
   */
  default Gen<T> withShrinker(Function<? super T, ? extends Stream<? extends T>> shrinker) {
    Objects.requireNonNull(shrinker, "shrinker");
    return shrinking(random -> Shrinkable.unfold(next(random), shrinker));
  }
}
