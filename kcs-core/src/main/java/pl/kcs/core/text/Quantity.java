package pl.kcs.core.text;

import java.math.BigInteger;
import pl.kcs.core.Language;

/**
 * A number that is not a {@link Number}, such as a post fraction ("¼ etatu", "1½ etatu"), as a
 * {@link MessageTemplate} puts it into a sentence: its text in a language, and whether it is
 * whole (a whole quantity takes the plural form of its number, a fraction {@link
 * PluralCategory#OTHER}).
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface Quantity {

  /** Whether the quantity is a whole number. */
  boolean isWhole();

  /** The whole part, rounded toward zero ({@code 1} for 1½). */
  BigInteger wholePart();

  /** The quantity as a reader of {@code language} writes it: {@code ¼}, {@code 1½}, {@code 3/10}. */
  String format(Language language);
}
