package pl.kcs.json;

import static com.google.common.base.Preconditions.checkArgument;

import pl.kcs.core.Checks;

/**
 * How much a reader of kcs-json accepts, so that reading any text costs bounded time and memory:
 * the length of a document, the depth of its nesting, the items of one list and the characters of
 * one string. Numbers are bounded too, by kcs-core's {@link Checks#MAX_NUMBER_LENGTH} characters
 * and {@link Checks#MAX_DECIMAL_DIGITS} digits before and after the decimal point; dates lie from
 * {@link Checks#EARLIEST_DATE} to {@link Checks#LATEST_DATE}.
 *
 * <p>The defaults ({@link #defaults()}) fit every document of a KCS many times over; a system
 * exchanging larger documents raises them with the {@code with*} methods and {@link
 * KcsJson#withLimits}. A document over a limit fails with a {@link KcsJsonException} that names
 * the limit. These limits are kcs defaults, not the method's.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {

  /** The longest document read by default: 16 MiB (16,777,216 characters). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The deepest nesting of objects and lists read by default: 64. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The most items of one list read by default: 100,000. */
  public static final int DEFAULT_MAX_LIST_ITEMS = 100_000;

  /** The longest string read by default: 10,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_LIST_ITEMS,
          DEFAULT_MAX_STRING_LENGTH);

  private final long maxDocumentLength;
  private final int maxDepth;
  private final int maxListItems;
  private final int maxStringLength;

  private ReadLimits(long maxDocumentLength, int maxDepth, int maxListItems, int maxStringLength) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxDepth = maxDepth;
    this.maxListItems = maxListItems;
    this.maxStringLength = maxStringLength;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** The longest document, in characters (of a file: bytes). */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** The deepest nesting of objects and lists. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The most items of one list. */
  public int maxListItems() {
    return maxListItems;
  }

  /** The longest string, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * These limits with the longest document {@code characters} long.
   *
   * @throws IllegalArgumentException unless from 1 to {@link Integer#MAX_VALUE} − 8 (a Java string)
   */
  public ReadLimits withMaxDocumentLength(long characters) {
    checkArgument(
        characters >= 1 && characters <= Integer.MAX_VALUE - 8,
        "maxDocumentLength must be from 1 to %s, was %s",
        Integer.MAX_VALUE - 8,
        characters);
    return new ReadLimits(characters, maxDepth, maxListItems, maxStringLength);
  }

  /**
   * These limits with nesting at most {@code depth} deep.
   *
   * @throws IllegalArgumentException unless from 4 to 1000
   */
  public ReadLimits withMaxDepth(int depth) {
    checkArgument(depth >= 4 && depth <= 1000, "maxDepth must be from 4 to 1000, was %s", depth);
    return new ReadLimits(maxDocumentLength, depth, maxListItems, maxStringLength);
  }

  /**
   * These limits with at most {@code items} items in one list.
   *
   * @throws IllegalArgumentException unless positive
   */
  public ReadLimits withMaxListItems(int items) {
    checkArgument(items >= 1, "maxListItems must be positive, was %s", items);
    return new ReadLimits(maxDocumentLength, maxDepth, items, maxStringLength);
  }

  /**
   * These limits with strings at most {@code characters} long.
   *
   * @throws IllegalArgumentException unless at least {@link Checks#MAX_NAME_LENGTH}
   */
  public ReadLimits withMaxStringLength(int characters) {
    checkArgument(
        characters >= Checks.MAX_NAME_LENGTH,
        "maxStringLength must be at least %s, was %s",
        Checks.MAX_NAME_LENGTH,
        characters);
    return new ReadLimits(maxDocumentLength, maxDepth, maxListItems, characters);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits that
        && maxDocumentLength == that.maxDocumentLength
        && maxDepth == that.maxDepth
        && maxListItems == that.maxListItems
        && maxStringLength == that.maxStringLength;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxDocumentLength, maxDepth, maxListItems, maxStringLength);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentLength="
        + maxDocumentLength
        + ", maxDepth="
        + maxDepth
        + ", maxListItems="
        + maxListItems
        + ", maxStringLength="
        + maxStringLength
        + "}";
  }
}
