package pl.kcs.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A JSON value being read, as any JSON library's tree holds it: the neutral view through which
 * kcs-json's one mapping reads a kcs value out of a tree that is not Jackson 2's — a Jackson 3
 * {@code JsonNode} (kcs-json3), or another library's. {@link KcsJson#fromJsonValue} reads through
 * it with the same checks, paths and messages as {@link KcsJson#fromJson}.
 *
 * <p>An adapter implements it over its library's node; kcs-json never keeps a value beyond the
 * call that reads it. Implementations need not be thread-safe.
 */
public interface JsonValue {

  /** What a JSON value is. */
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /** What this value is. */
  Kind kind();

  /** The field {@code name} of this object, or empty if it has none. Called on objects only. */
  Optional<JsonValue> field(String name);

  /** The names of this object's fields, in document order. Called on objects only. */
  List<String> fieldNames();

  /** The items of this array, in order. Called on arrays only. */
  List<JsonValue> items();

  /** The text of this string. Called on strings only. */
  String text();

  /** Whether this number is a whole number as written (no fraction, no exponent). Called on numbers only. */
  boolean isWholeNumber();

  /** This whole number. Called on whole numbers only. */
  BigInteger wholeNumber();

  /**
   * This number, exactly as the tree holds it: a tree that keeps decimals as text or {@code
   * BigDecimal} gives them exactly, one that keeps doubles gives the double's decimal value.
   * Called on numbers only.
   */
  BigDecimal decimal();

  /** This boolean. Called on booleans only. */
  boolean bool();
}
