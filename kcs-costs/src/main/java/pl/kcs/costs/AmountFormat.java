package pl.kcs.costs;

import java.math.BigDecimal;
import org.joda.money.BigMoney;
import pl.kcs.core.Language;

/**
 * Amounts as people read them: digit groups and decimal separator of the language, every decimal
 * kept. Written by hand rather than with {@code DecimalFormat}, so that the output never depends
 * on the JDK's locale data (Polish groups with a space here, not with the no-break space of CLDR).
 */
final class AmountFormat {

  private AmountFormat() {}

  /** {@code 1800.5} as {@code 1 800,5} in Polish and {@code 1,800.5} in English. */
  static String number(BigDecimal value, Language language) {
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String integer = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point + 1);
    char group = language == Language.POLISH ? ' ' : ',';
    char decimal = language == Language.POLISH ? ',' : '.';
    StringBuilder text = new StringBuilder(plain.length() + integer.length() / 3 + 1);
    if (negative) {
      text.append('-');
    }
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        text.append(group);
      }
      text.append(integer.charAt(i));
    }
    if (!fraction.isEmpty()) {
      text.append(decimal).append(fraction);
    }
    return text.toString();
  }

  /** The amount without its currency, with at least the currency's decimals: {@code 500,00}. */
  static String amount(BigMoney money, Language language) {
    BigDecimal value = money.getAmount();
    int scale = CostRange.minorUnitScale(money.getCurrencyUnit());
    return number(value.scale() < scale ? value.setScale(scale) : value, language);
  }

  /** The amount with its currency code: {@code 7 200,00 PLN}. */
  static String money(BigMoney money, Language language) {
    return amount(money, language) + " " + money.getCurrencyUnit().getCode();
  }

  /** A range without its currency: {@code 250,00–300,00}, or one figure when exact. */
  static String range(CostRange range, Language language) {
    return range.isExact()
        ? amount(range.low(), language)
        : amount(range.low(), language) + "–" + amount(range.high(), language);
  }

  /** A range with its currency code: {@code 250,00–300,00 PLN}. */
  static String rangeWithCurrency(CostRange range, Language language) {
    return range(range, language) + " " + range.currency().getCode();
  }
}
