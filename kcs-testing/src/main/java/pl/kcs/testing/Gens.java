package pl.kcs.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Basic generators: numbers, booleans, choices, dates, strings, lists and sets. */
public final class Gens {

  private Gens() {}

  /** Integers in {@code [lowInclusive, highInclusive]}. */
  public static Gen<Integer> ints(int lowInclusive, int highInclusive) {
    if (lowInclusive > highInclusive) {
      throw new IllegalArgumentException(
          "lowInclusive must not exceed highInclusive, was " + lowInclusive + " > " + highInclusive);
    }
    return random -> (int) random.nextLong(lowInclusive, (long) highInclusive + 1);
  }

  /** Longs in {@code [lowInclusive, highInclusive)}. */
  public static Gen<Long> longs(long lowInclusive, long highExclusive) {
    return random -> random.nextLong(lowInclusive, highExclusive);
  }

  /** Fair booleans. */
  public static Gen<Boolean> booleans() {
    return SplittableRandomBoolean.INSTANCE;
  }

  /** {@code true} with the given probability. */
  public static Gen<Boolean> chance(double probabilityOfTrue) {
    if (!(probabilityOfTrue >= 0 && probabilityOfTrue <= 1)) {
      throw new IllegalArgumentException(
          "probabilityOfTrue must be in [0, 1], was " + probabilityOfTrue);
    }
    return random -> random.nextDouble() < probabilityOfTrue;
  }

  /** Always {@code value}. */
  public static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /** One of the given values, uniformly. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(T... values) {
    return oneOf(Arrays.asList(values));
  }

  /** One of the given values, uniformly. */
  public static <T> Gen<T> oneOf(List<T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** The value of one of the given generators, chosen uniformly. */
  @SafeVarargs
  public static <T> Gen<T> frequencyOneOf(Gen<? extends T>... generators) {
    List<Gen<? extends T>> copy = List.of(generators);
    return random -> copy.get(random.nextInt(copy.size())).next(random);
  }

  /** A constant of {@code type}, uniformly. */
  public static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /** A subset of the constants of {@code type}, each present with probability ½. */
  public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return random -> {
      EnumSet<E> set = EnumSet.noneOf(type);
      for (E constant : constants) {
        if (random.nextBoolean()) {
          set.add(constant);
        }
      }
      return set;
    };
  }

  /** Dates in {@code [from, to]}. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    long low = from.toEpochDay();
    long high = to.toEpochDay();
    if (low > high) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    return random -> LocalDate.ofEpochDay(random.nextLong(low, high + 1));
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} characters drawn from {@code alphabet}
   * (which may hold Polish letters to exercise encodings).
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    Objects.requireNonNull(alphabet, "alphabet");
    int[] codePoints = alphabet.codePoints().toArray();
    if (codePoints.length == 0) {
      throw new IllegalArgumentException("alphabet must not be empty");
    }
    Gen<Integer> lengths = ints(minLength, maxLength);
    return random -> {
      int length = lengths.next(random);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
      }
      return text.toString();
    };
  }

  /** Lists of {@code minSize} to {@code maxSize} elements of {@code elements}. */
  public static <T> Gen<List<T>> listsOf(Gen<T> elements, int minSize, int maxSize) {
    Gen<Integer> sizes = ints(minSize, maxSize);
    return random -> {
      int size = sizes.next(random);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(elements.next(random));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /** Sets of up to {@code maxSize} distinct elements of {@code elements}, in draw order. */
  public static <T> Gen<Set<T>> setsOf(Gen<T> elements, int maxSize) {
    Gen<Integer> sizes = ints(0, maxSize);
    return random -> {
      int size = sizes.next(random);
      Set<T> set = new LinkedHashSet<>();
      for (int attempt = 0; set.size() < size && attempt < size * 20; attempt++) {
        set.add(elements.next(random));
      }
      return Collections.unmodifiableSet(set);
    };
  }

  /** A random permutation of {@code list}: for properties that the order of input must not matter. */
  public static <T> List<T> shuffled(List<T> list, java.util.SplittableRandom random) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  private enum SplittableRandomBoolean implements Gen<Boolean> {
    INSTANCE;

    @Override
    public Boolean next(java.util.SplittableRandom random) {
      return random.nextBoolean();
    }
  }
}
