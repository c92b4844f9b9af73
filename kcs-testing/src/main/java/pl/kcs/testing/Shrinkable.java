package pl.kcs.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generated value together with its lazily computed simpler versions: a node of a shrink tree.
 *
 * <p>Each node holds a value and a stream of children, every one "simpler" than its parent (a
 * smaller number, a shorter list); each child is again a {@code Shrinkable}, so the runner can
 * walk down the tree: it tries the children of a failing value in order and moves to the first
 * that still fails, until none does (see {@link Property}). Because a tree is built when the
 * value is generated and transformed together with it ({@link #map}, {@link #zip}, {@link
 * Gen#flatMap}), shrinking composes: a domain value built by {@code map} from a list of integers
 * shrinks by shrinking the list and the integers, never by a shrinker written for the domain
 * type (the "integrated shrinking" of Hedgehog and Hypothesis, here as an explicit rose tree).
 *
 * <p>Children are computed only when asked for; a child whose construction throws a {@link
 * RuntimeException} (say a shrunk numerator that a domain factory rejects) is not a candidate
 * and is left out. Nodes are immutable; they are thread-safe when their values and functions are.
 *
 * @param <T> the type of the value
 */
public final class Shrinkable<T> {

  private final T value;
  private final Supplier<Stream<Shrinkable<T>>> shrinks;

  private Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    this.value = value;
    this.shrinks = shrinks;
  }

  /** A value that does not shrink. */
  public static <T> Shrinkable<T> of(T value) {
    return new Shrinkable<>(value, Stream::empty);
  }

  /**
   * A value with the given children; {@code shrinks} is called anew each time the children are
   * asked for and should list the most promising (simplest) candidates first.
   */
  public static <T> Shrinkable<T> of(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    Objects.requireNonNull(shrinks, "shrinks");
    return new Shrinkable<>(value, shrinks);
  }

  /**
   * The tree that {@code shrinker} unfolds from {@code value}: its children are the shrinker's
   * candidates for the value, theirs the shrinker's candidates for them, and so on. The shrinker
   * must return strictly simpler values, so that every path ends (the runner bounds its steps
   * anyway).
   */
  public static <T> Shrinkable<T> unfold(
      T value, Function<? super T, ? extends Stream<? extends T>> shrinker) {
    Objects.requireNonNull(shrinker, "shrinker");
    return new Shrinkable<>(
        value,
        () ->
            Shrinkable.<Stream<? extends T>>guarded(() -> shrinker.apply(value))
                .flatMap(candidates -> candidates.map(candidate -> unfold(candidate, shrinker))));
  }

  /** The value. */
  public T value() {
    return value;
  }

  /** The simpler versions of the value, most promising first. */
  public Stream<Shrinkable<T>> shrinks() {
    return shrinks.get();
  }

  /** This tree with {@code mapper} applied to every value; children it rejects are left out. */
  public <U> Shrinkable<U> map(Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    U mapped = mapper.apply(value);
    return new Shrinkable<>(
        mapped, () -> shrinks().flatMap(child -> guarded(() -> child.map(mapper))));
  }

  /**
   * This tree without the values {@code filter} rejects: a rejected child is replaced by its own
   * accepted descendants, so filtering does not cut shrinking short. The root must be accepted.
   */
  public Shrinkable<T> filter(Predicate<? super T> filter) {
    Objects.requireNonNull(filter, "filter");
    return new Shrinkable<>(value, () -> filteredChildren(this, filter, 0));
  }

  private static <T> Stream<Shrinkable<T>> filteredChildren(
      Shrinkable<T> node, Predicate<? super T> filter, int depth) {
    return node.shrinks()
        .flatMap(
            child -> {
              if (filter.test(child.value)) {
                return Stream.of(child.filter(filter));
              }
              // a rejected child stands aside for its own children, one level deep: deeper, the
              // passing candidates a rejected list's children hold would eat the shrink budget
              return depth < 1 ? filteredChildren(child, filter, depth + 1) : Stream.empty();
            });
  }

  /** This tree without the values {@code accept} rejects, and without their descendants. */
  Shrinkable<T> prune(Predicate<? super T> accept) {
    return new Shrinkable<>(
        value,
        () ->
            shrinks().filter(child -> accept.test(child.value)).map(child -> child.prune(accept)));
  }

  /**
   * The tree of {@code combiner} applied to the values of two trees: it shrinks the first value,
   * then the second.
   */
  public static <A, B, R> Shrinkable<R> zip(
      Shrinkable<A> first,
      Shrinkable<B> second,
      BiFunction<? super A, ? super B, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    R combined = combiner.apply(first.value, second.value);
    return new Shrinkable<>(
        combined,
        () ->
            Stream.concat(
                first.shrinks().flatMap(a -> guarded(() -> zip(a, second, combiner))),
                second.shrinks().flatMap(b -> guarded(() -> zip(first, b, combiner)))));
  }

  /**
   * The tree of a list of trees: it shrinks toward shorter lists (dropping halves, quarters …
   * and finally single elements, never below {@code minSize}), then shrinks each element.
   */
  public static <T> Shrinkable<List<T>> list(List<Shrinkable<T>> elements, int minSize) {
    List<Shrinkable<T>> nodes = List.copyOf(elements);
    List<T> values = new ArrayList<>(nodes.size());
    for (Shrinkable<T> node : nodes) {
      values.add(node.value);
    }
    return new Shrinkable<>(
        Collections.unmodifiableList(values),
        () -> Stream.concat(removals(nodes, minSize), elementShrinks(nodes, minSize)));
  }

  private static <T> Stream<Shrinkable<List<T>>> removals(List<Shrinkable<T>> nodes, int minSize) {
    int size = nodes.size();
    int removable = size - minSize;
    // chunks of all the removable elements, half of them, a quarter … one; each chunk tried at
    // every multiple of its length and at the end of the list
    return Stream.iterate(removable, chunk -> chunk > 0, chunk -> chunk / 2)
        .flatMap(
            chunk ->
                IntStream.concat(
                        IntStream.iterate(
                            0, start -> start + chunk <= size, start -> start + chunk),
                        IntStream.of(size - chunk))
                    .distinct()
                    .mapToObj(start -> list(without(nodes, start, chunk), minSize)));
  }

  private static <T> List<Shrinkable<T>> without(List<Shrinkable<T>> nodes, int start, int count) {
    List<Shrinkable<T>> rest = new ArrayList<>(nodes.size() - count);
    rest.addAll(nodes.subList(0, start));
    rest.addAll(nodes.subList(start + count, nodes.size()));
    return rest;
  }

  private static <T> Stream<Shrinkable<List<T>>> elementShrinks(
      List<Shrinkable<T>> nodes, int minSize) {
    return IntStream.range(0, nodes.size())
        .boxed()
        .flatMap(
            index ->
                nodes
                    .get(index)
                    .shrinks()
                    .map(
                        shrunk -> {
                          List<Shrinkable<T>> copy = new ArrayList<>(nodes);
                          copy.set(index, shrunk);
                          return list(copy, minSize);
                        }));
  }

  /** The stream of one lazily built child, or no child when building it throws. */
  static <T> Stream<T> guarded(Supplier<? extends T> child) {
    try {
      return Stream.of(child.get());
    } catch (RuntimeException rejected) {
      return Stream.empty();
    }
  }

  @Override
  public String toString() {
    return "Shrinkable[" + Inputs.describe(value) + "]";
  }
}
