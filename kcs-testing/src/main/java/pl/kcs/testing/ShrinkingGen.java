package pl.kcs.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/** A generator defined by its shrink trees; its plain value is the root of the tree. */
final class ShrinkingGen<T> implements Gen<T> {

  private final Function<SplittableRandom, Shrinkable<T>> generator;

  ShrinkingGen(Function<SplittableRandom, Shrinkable<T>> generator) {
    this.generator = Objects.requireNonNull(generator, "generator");
  }

  @Override
  public T next(SplittableRandom random) {
    return generate(random).value();
  }

  @Override
  public Shrinkable<T> generate(SplittableRandom random) {
    return Objects.requireNonNull(generator.apply(random), "generator returned no tree");
  }

  /**
   * The tree of {@code mapper}'s generator drawn for the outer value from {@code innerSeed}: it
   * shrinks the outer value first (drawing the inner value anew from the same seed for each
   * shrunk outer value), then the inner value.
   */
  static <T, U> Shrinkable<U> bind(
      Shrinkable<T> outer, Function<? super T, Gen<U>> mapper, long innerSeed) {
    Shrinkable<U> inner = mapper.apply(outer.value()).generate(new SplittableRandom(innerSeed));
    return Shrinkable.of(
        inner.value(),
        () ->
            Stream.concat(
                outer
                    .shrinks()
                    .flatMap(shrunk -> Shrinkable.guarded(() -> bind(shrunk, mapper, innerSeed))),
                inner.shrinks()));
  }
}
