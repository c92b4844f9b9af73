package pl.kcs.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import pl.kcs.core.Language;

/**
 * Numbers, dates and money as a Polish or English reader writes them in prose. ISO forms ({@code
 * 2024-09-02}, {@code 68839.00}) belong to data formats (JSON, CSV), never to a sentence.
 *
 * <ul>
 *   <li>numbers: {@code 1 800,5} (Polish, digits grouped by a space, decimal comma) and {@code
 *       1,800.5} (English), every decimal kept;
 *   <li>dates: {@code 2 września 2024 r.} and {@code 2 September 2024};
 *   <li>money: always with two decimals and the currency, {@code 68 839,00 zł} and {@code PLN
 *       68,839.00}; a range {@code od 1 800,00 zł do 3 600,00 zł}, {@code PLN 1,800.00 to PLN
 *       3,600.00};
 *   <li>fractions of a post: {@code ¼}, {@code 1½}, {@code 3/10}.
 * </ul>
 *
 * <p>Written by hand rather than with {@code DecimalFormat} or {@code DateTimeFormatter}, so that
 * the text never depends on the JDK's locale data. Immutable and thread-safe (no state).
 */
public final class TextFormats {

  private static final String[] POLISH_MONTHS = {
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia"
  };
  private static final String[] ENGLISH_MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  /** Money has two decimals in prose (grosze, pence): {@value}. */
  public static final int MONEY_DECIMALS = 2;

  private TextFormats() {}

  /** {@code 1800.5} as {@code 1 800,5} in Polish and {@code 1,800.5} in English, every decimal kept. */
  public static String number(BigDecimal value, Language language) {
    requireNonNull(value, "value");
    requireNonNull(language, "language");
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String integer = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point + 1);
    StringBuilder text = new StringBuilder(plain.length() + integer.length() / 3 + 2);
    if (negative) {
      text.append('-');
    }
    appendGrouped(text, integer, language);
    if (!fraction.isEmpty()) {
      text.append(language == Language.POLISH ? ',' : '.').append(fraction);
    }
    return text.toString();
  }

  /** {@code 1000} as {@code 1 000} in Polish and {@code 1,000} in English. */
  public static String number(long value, Language language) {
    return number(BigDecimal.valueOf(value), language);
  }

  private static void appendGrouped(StringBuilder text, String integer, Language language) {
    char group = language == Language.POLISH ? ' ' : ',';
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        text.append(group);
      }
      text.append(integer.charAt(i));
    }
  }

  /** {@code 2 września 2024 r.} in Polish, {@code 2 September 2024} in English. */
  public static String date(LocalDate date, Language language) {
    requireNonNull(date, "date");
    requireNonNull(language, "language");
    int month = date.getMonthValue() - 1;
    return language == Language.POLISH
        ? date.getDayOfMonth() + " " + POLISH_MONTHS[month] + " " + date.getYear() + " r."
        : date.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + date.getYear();
  }

  /**
   * {@code amount} with two decimals and its currency: {@code 68 839,00 zł} (Polish; {@code zł}
   * for PLN, the ISO code after the amount for any other currency) and {@code PLN 68,839.00}
   * (English, the ISO code first).
   *
   * @throws IllegalArgumentException if {@code amount} has more than two decimals that are not
   *     zeros: money is rounded once, at the edge, by its owner with an explicit rounding mode
   *     ({@link #money(BigDecimal, String, Language, RoundingMode)}), never silently here
   */
  public static String money(BigDecimal amount, String currencyCode, Language language) {
    return money(amount, currencyCode, language, RoundingMode.UNNECESSARY);
  }

  /**
   * {@code amount} rounded to two decimals by {@code rounding}, with its currency, as {@link
   * #money(BigDecimal, String, Language)}.
   */
  public static String money(
      BigDecimal amount, String currencyCode, Language language, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currencyCode");
    requireNonNull(language, "language");
    requireNonNull(rounding, "rounding");
    checkArgument(
        currencyCode.matches("[A-Z]{3}"),
        "currencyCode must be three capital letters, was %s",
        currencyCode.length() > 3 ? currencyCode.substring(0, 3) + "…" : currencyCode);
    BigDecimal shown =
        amount.stripTrailingZeros().scale() <= MONEY_DECIMALS
            ? amount.setScale(MONEY_DECIMALS, RoundingMode.UNNECESSARY)
            : amountRounded(amount, rounding);
    String figure = number(shown, language);
    if (language == Language.POLISH) {
      return figure + " " + ("PLN".equals(currencyCode) ? "zł" : currencyCode);
    }
    return currencyCode + " " + figure;
  }

  private static BigDecimal amountRounded(BigDecimal amount, RoundingMode rounding) {
    try {
      return amount.setScale(MONEY_DECIMALS, rounding);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount must have at most "
              + MONEY_DECIMALS
              + " decimals to be shown as money, had "
              + amount.stripTrailingZeros().scale(),
          e);
    }
  }

  /**
   * A range of money: {@code od 1 800,00 zł do 3 600,00 zł} and {@code PLN 1,800.00 to PLN
   * 3,600.00}, or the one figure when {@code low} equals {@code high}. Follows "od … do …" in
   * Polish; put "from" before it in an English sentence where needed.
   */
  public static String moneyRange(
      BigDecimal low, BigDecimal high, String currencyCode, Language language) {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    checkArgument(low.compareTo(high) <= 0, "low must not exceed high");
    if (low.compareTo(high) == 0) {
      return money(low, currencyCode, language);
    }
    return range(money(low, currencyCode, language), money(high, currencyCode, language), language);
  }

  /** Two ends of a range in prose: {@code od 3 do 5} in Polish, {@code 3 to 5} in English. */
  public static String range(String low, String high, Language language) {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    requireNonNull(language, "language");
    return language == Language.POLISH ? "od " + low + " do " + high : low + " to " + high;
  }

  /**
   * The fraction {@code numerator/denominator} in prose: a whole number ({@code 2}), a common
   * fraction with its vulgar-fraction sign ({@code ¼}, {@code ½}, {@code ⅔}), a whole number and
   * one ({@code 1½}), or else {@code 3/10} and {@code 1 3/10}. The same in both languages.
   */
  public static String fraction(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    checkArgument(denominator.signum() > 0, "denominator must be positive, was %s", denominator);
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger n = gcd.signum() == 0 ? numerator : numerator.divide(gcd);
    BigInteger d = gcd.signum() == 0 ? denominator : denominator.divide(gcd);
    String sign = n.signum() < 0 ? "−" : "";
    n = n.abs();
    BigInteger[] whole = n.divideAndRemainder(d);
    if (whole[1].signum() == 0) {
      return sign + whole[0];
    }
    String part = vulgar(whole[1], d);
    String wholeText = whole[0].signum() == 0 ? "" : whole[0].toString();
    if (part == null) {
      part = whole[1] + "/" + d;
      return sign + (wholeText.isEmpty() ? part : wholeText + " " + part);
    }
    return sign + wholeText + part;
  }

  /** {@link #fraction(BigInteger, BigInteger)} of two {@code long}s. */
  public static String fraction(long numerator, long denominator) {
    return fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  private static String vulgar(BigInteger numerator, BigInteger denominator) {
    if (denominator.bitLength() > 4) {
      return null;
    }
    switch (numerator.intValue() + "/" + denominator.intValue()) {
      case "1/2":
        return "½";
      case "1/3":
        return "⅓";
      case "2/3":
        return "⅔";
      case "1/4":
        return "¼";
      case "3/4":
        return "¾";
      case "1/5":
        return "⅕";
      case "2/5":
        return "⅖";
      case "3/5":
        return "⅗";
      case "4/5":
        return "⅘";
      case "1/6":
        return "⅙";
      case "5/6":
        return "⅚";
      case "1/8":
        return "⅛";
      case "3/8":
        return "⅜";
      case "5/8":
        return "⅝";
      case "7/8":
        return "⅞";
      default:
        return null;
    }
  }
}
