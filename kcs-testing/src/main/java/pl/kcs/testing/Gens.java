package pl.kcs.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Basic generators: numbers, booleans, choices, dates, strings, lists and sets.
 *
 * <p><b>Edges.</b> About one draw in five is an edge instead of a uniform draw: a bound, zero,
 * one or two (when in range) for numbers, the first or last day for dates, the shortest, empty,
 * one- and two-element and longest sizes for strings, lists and sets, the empty and the full set
 * of enum constants. Bugs live at edges, and 300 uniform draws from a wide range rarely hit them.
 *
 * <p><b>Shrinking.</b> Every generator here builds a shrink tree (see {@link Gen}): integers
 * shrink toward zero, or toward the bound nearest zero when zero is out of range (dates toward
 * the first day), booleans toward {@code false}, choices toward the first option, strings,
 * lists and sets toward fewer elements (never below the minimum size) and then element by
 * element, strings' characters toward the alphabet's first letter.
 *
 * <p>All generators are immutable and thread-safe when their element generators are.
 */
public final class Gens {

  /** One draw in {@value} is an edge. */
  private static final int EDGE_ONE_IN = 5;

  private Gens() {}

  /** Integers in {@code [lowInclusive, highInclusive]}, biased to edges, shrinking toward zero. */
  public static Gen<Integer> ints(int lowInclusive, int highInclusive) {
    if (lowInclusive > highInclusive) {
      throw new IllegalArgumentException(
          "lowInclusive must not exceed highInclusive, was "
              + lowInclusive
              + " > "
              + highInclusive);
    }
    long origin = origin(lowInclusive, highInclusive);
    return Gen.shrinking(
        random -> integral(random, lowInclusive, highInclusive, origin).map(Math::toIntExact));
  }

  /** Longs in {@code [lowInclusive, highExclusive)}, biased to edges, shrinking toward zero. */
  public static Gen<Long> longs(long lowInclusive, long highExclusive) {
    if (lowInclusive >= highExclusive) {
      throw new IllegalArgumentException(
          "lowInclusive must be less than highExclusive, was "
              + lowInclusive
              + " >= "
              + highExclusive);
    }
    long high = highExclusive - 1;
    long origin = origin(lowInclusive, high);
    return Gen.shrinking(random -> integral(random, lowInclusive, high, origin));
  }

  /** Fair booleans, shrinking toward {@code false}. */
  public static Gen<Boolean> booleans() {
    return Gen.shrinking(random -> bool(random.nextBoolean()));
  }

  /** {@code true} with the given probability, shrinking toward {@code false}. */
  public static Gen<Boolean> chance(double probabilityOfTrue) {
    if (!(probabilityOfTrue >= 0 && probabilityOfTrue <= 1)) {
      throw new IllegalArgumentException(
          "probabilityOfTrue must be in [0, 1], was " + probabilityOfTrue);
    }
    return Gen.shrinking(random -> bool(random.nextDouble() < probabilityOfTrue));
  }

  /** Always {@code value}. */
  public static <T> Gen<T> constant(T value) {
    return Gen.shrinking(random -> Shrinkable.of(value));
  }

  /** One of the given values, uniformly, shrinking toward the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  public static <T> Gen<T> oneOf(T... values) {
    return oneOf(Arrays.asList(values));
  }

  /** One of the given values, uniformly, shrinking toward the first. */
  public static <T> Gen<T> oneOf(List<T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    return ints(0, copy.size() - 1).map(copy::get);
  }

  /**
   * The value of one of the given generators, chosen uniformly; it shrinks toward the first
   * generator, then within the chosen one.
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  public static <T> Gen<T> frequencyOneOf(Gen<? extends T>... generators) {
    List<Gen<? extends T>> copy = List.of(generators);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("generators must not be empty");
    }
    return ints(0, copy.size() - 1).flatMap(index -> copy.get(index).<T>map(value -> value));
  }

  /** A constant of {@code type}, uniformly, shrinking toward the first constant. */
  public static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /**
   * A subset of the constants of {@code type}, each present with probability ½ (or, at an edge,
   * the empty set, the full set or a single constant); it shrinks toward fewer constants.
   */
  public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type) {
    List<E> constants = List.of(type.getEnumConstants());
    return Gen.shrinking(
        random -> {
          List<Shrinkable<E>> present = new ArrayList<>();
          if (!constants.isEmpty() && random.nextInt(EDGE_ONE_IN) == 0) {
            switch (random.nextInt(3)) {
              case 0:
                break;
              case 1:
                constants.forEach(constant -> present.add(Shrinkable.of(constant)));
                break;
              default:
                present.add(Shrinkable.of(constants.get(random.nextInt(constants.size()))));
            }
          } else {
            for (E constant : constants) {
              if (random.nextBoolean()) {
                present.add(Shrinkable.of(constant));
              }
            }
          }
          return Shrinkable.list(present, 0)
              .map(
                  list -> {
                    EnumSet<E> set = EnumSet.noneOf(type);
                    set.addAll(list);
                    return set;
                  });
        });
  }

  /** Dates in {@code [from, to]}, biased to both ends, shrinking toward {@code from}. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    long low = from.toEpochDay();
    long high = to.toEpochDay();
    if (low > high) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    return Gen.shrinking(random -> integral(random, low, high, low).map(LocalDate::ofEpochDay));
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} characters drawn from {@code alphabet}
   * (which may hold Polish letters to exercise encodings); they shrink toward shorter strings
   * and toward the alphabet's first letter.
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    Objects.requireNonNull(alphabet, "alphabet");
    int[] codePoints = alphabet.codePoints().toArray();
    if (codePoints.length == 0) {
      throw new IllegalArgumentException("alphabet must not be empty");
    }
    Gen<Integer> letters = ints(0, codePoints.length - 1);
    return listsOf(letters, minLength, maxLength)
        .map(
            indices -> {
              StringBuilder text = new StringBuilder(indices.size());
              for (int index : indices) {
                text.appendCodePoint(codePoints[index]);
              }
              return text.toString();
            });
  }

  /**
   * Lists of {@code minSize} to {@code maxSize} elements of {@code elements}, unmodifiable; they
   * shrink toward shorter lists (dropping any elements, never below {@code minSize}), then
   * element by element.
   */
  public static <T> Gen<List<T>> listsOf(Gen<T> elements, int minSize, int maxSize) {
    Objects.requireNonNull(elements, "elements");
    checkSizes(minSize, maxSize);
    return Gen.shrinking(
        random -> {
          int size = size(random, minSize, maxSize);
          List<Shrinkable<T>> nodes = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            nodes.add(elements.generate(random));
          }
          return Shrinkable.list(nodes, minSize);
        });
  }

  /**
   * Sets of up to {@code maxSize} distinct elements of {@code elements}, unmodifiable, in draw
   * order; they shrink toward fewer elements, then element by element while the elements stay
   * distinct.
   */
  public static <T> Gen<Set<T>> setsOf(Gen<T> elements, int maxSize) {
    Objects.requireNonNull(elements, "elements");
    checkSizes(0, maxSize);
    return Gen.shrinking(
        random -> {
          int size = size(random, 0, maxSize);
          List<Shrinkable<T>> nodes = new ArrayList<>(size);
          Set<T> seen = new HashSet<>();
          for (int attempt = 0; nodes.size() < size && attempt < size * 20; attempt++) {
            Shrinkable<T> node = elements.generate(random);
            if (seen.add(node.value())) {
              nodes.add(node);
            }
          }
          return Shrinkable.list(nodes, 0)
              .prune(list -> new HashSet<>(list).size() == list.size())
              .map(list -> Collections.unmodifiableSet(new LinkedHashSet<>(list)));
        });
  }

  /**
   * Values of {@code combiner} applied to a value of each generator, drawn one after the other;
   * they shrink the first value, then the second. The way to build a domain value that shrinks
   * through the values it is made of.
   */
  public static <A, B, R> Gen<R> zip(
      Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combiner) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(combiner, "combiner");
    return Gen.shrinking(
        random -> {
          Shrinkable<A> a = first.generate(random);
          Shrinkable<B> b = second.generate(random);
          return Shrinkable.zip(a, b, combiner);
        });
  }

  /** A random permutation of {@code list}: for properties that the order of input must not matter. */
  public static <T> List<T> shuffled(List<T> list, SplittableRandom random) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  // ---------------------------------------------------------------- trees

  /** Zero when in range, else the bound nearest zero. */
  static long origin(long low, long high) {
    if (low > 0) {
      return low;
    }
    return Math.min(high, 0);
  }

  /** An integer in [low, high], an edge one draw in five, shrinking toward {@code origin}. */
  static Shrinkable<Long> integral(SplittableRandom random, long low, long high, long origin) {
    long value;
    if (random.nextInt(EDGE_ONE_IN) == 0) {
      long[] edges = edges(low, high, origin);
      value = edges[random.nextInt(edges.length)];
    } else {
      value = high == Long.MAX_VALUE ? uniformUpToMax(random, low) : random.nextLong(low, high + 1);
    }
    return Shrinkable.unfold(value, candidate -> towards(origin, candidate));
  }

  private static long uniformUpToMax(SplittableRandom random, long low) {
    if (low == Long.MIN_VALUE) {
      return random.nextLong();
    }
    // [low, MAX] = {low - 1 + k : k in [1, MAX - low + 1]}, drawn without overflow
    long value = random.nextLong(low - 1, Long.MAX_VALUE);
    return value == low - 1 ? Long.MAX_VALUE : value + 1;
  }

  /** The bounds, the origin, and one and two steps in from each, those in range. */
  private static long[] edges(long low, long high, long origin) {
    return LongStream.of(low, high, origin, origin + 1, origin + 2, origin - 1, low + 1, high - 1)
        .filter(edge -> edge >= low && edge <= high)
        .distinct()
        .toArray();
  }

  /**
   * Candidates between {@code origin} and {@code value}, nearest the origin first: the origin,
   * then {@code value} minus a half, a quarter … of the distance, ending one step from {@code
   * value}; walking down them converges on the boundary of a monotone property.
   */
  static Stream<Long> towards(long origin, long value) {
    if (value == origin) {
      return Stream.empty();
    }
    long distance = value - origin; // both on the same side of zero or origin is zero: no overflow
    return Stream.concat(
            Stream.of(origin),
            Stream.iterate(distance / 2, half -> half != 0, half -> half / 2)
                .map(half -> value - half))
        .distinct();
  }

  private static Shrinkable<Boolean> bool(boolean value) {
    return value
        ? Shrinkable.of(true, () -> Stream.of(Shrinkable.of(false)))
        : Shrinkable.of(false);
  }

  private static void checkSizes(int minSize, int maxSize) {
    if (minSize < 0) {
      throw new IllegalArgumentException("minSize must not be negative, was " + minSize);
    }
    if (minSize > maxSize) {
      throw new IllegalArgumentException(
          "minSize must not exceed maxSize, was " + minSize + " > " + maxSize);
    }
  }

  /** A size in [min, max]: one draw in five the least, the most, or 0, 1 or 2 when in range. */
  private static int size(SplittableRandom random, int min, int max) {
    if (random.nextInt(EDGE_ONE_IN) == 0) {
      int[] edges =
          IntStream.of(min, max, 0, 1, 2)
              .filter(edge -> edge >= min && edge <= max)
              .distinct()
              .toArray();
      return edges[random.nextInt(edges.length)];
    }
    return (int) random.nextLong(min, (long) max + 1);
  }
}
