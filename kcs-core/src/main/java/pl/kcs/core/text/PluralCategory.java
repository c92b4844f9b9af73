package pl.kcs.core.text;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import pl.kcs.core.Language;

/**
 * The form a noun takes after a number: the Unicode CLDR plural categories of Polish and English
 * (CLDR's {@code zero} and {@code two} are not used by either language).
 *
 * <p>Polish: {@code one} for 1 ("1 grupa"); {@code few} for whole numbers ending in 2–4 but not
 * 12–14 ("2 grupy", "23 grupy"); {@code many} for the other whole numbers ("0 grup", "5 grup", "12
 * grup", "21 grup"); {@code other} for every number with visible decimals or a fraction ("¼
 * etatu", "1½ etatu", "2,5 etatu"). English: {@code one} for 1 ("1 group"), {@code other} for
 * every other number ("0 groups", "1.5 groups").
 *
 * <p>kcs's own code rather than ICU4J: the rules of the two languages are a few lines, and a test
 * checks them against the CLDR rules for 0–1000 and for fractions.
 */
public enum PluralCategory {
  /** Polish "1 grupa", English "1 group". */
  ONE,
  /** Polish "2 grupy", "22 grupy"; not used in English. */
  FEW,
  /** Polish "0 grup", "5 grup", "12 grup"; not used in English. */
  MANY,
  /** Polish fractions and decimals ("¼ etatu"); every English number but 1. */
  OTHER;

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  /** The category of the whole number {@code count} in {@code language}. */
  public static PluralCategory of(Language language, long count) {
    requireNonNull(language, "language");
    // CLDR's operands take the absolute value; the remainder's, so Long.MIN_VALUE works too.
    int mod100 = (int) Math.abs(count % 100);
    return whole(language, mod100 % 10, mod100, count == 1 || count == -1);
  }

  /**
   * The category of {@code number} as it is written: with its scale, so {@code 1} is {@code one}
   * while {@code 1.0} and {@code 0.5} are {@code other} (CLDR's operand {@code v}, the visible
   * fraction digits).
   */
  public static PluralCategory of(Language language, BigDecimal number) {
    requireNonNull(language, "language");
    requireNonNull(number, "number");
    if (number.scale() > 0) {
      return OTHER;
    }
    BigInteger i = number.toBigInteger().abs();
    int mod100 = i.mod(HUNDRED).intValue();
    return whole(language, mod100 % 10, mod100, i.equals(BigInteger.ONE));
  }

  /** The category of a quantity: a whole quantity by its number, a fraction {@code other}. */
  public static PluralCategory of(Language language, Quantity quantity) {
    requireNonNull(language, "language");
    requireNonNull(quantity, "quantity");
    return quantity.isWhole() ? of(language, new BigDecimal(quantity.wholePart())) : OTHER;
  }

  private static PluralCategory whole(Language language, int mod10, int mod100, boolean isOne) {
    if (isOne) {
      return ONE;
    }
    if (language == Language.ENGLISH) {
      return OTHER;
    }
    boolean teen = mod100 >= 12 && mod100 <= 14;
    return mod10 >= 2 && mod10 <= 4 && !teen ? FEW : MANY;
  }

  /** The keyword of this category in a plural pattern: {@code one}, {@code few} … */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
