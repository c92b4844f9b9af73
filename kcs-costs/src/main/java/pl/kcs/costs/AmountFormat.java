package pl.kcs.costs;

import java.math.BigDecimal;
import org.joda.money.BigMoney;
import pl.kcs.core.Language;
import pl.kcs.core.text.TextFormats;

/**
 * Amounts as people read them: digit groups and decimal separator of the language, every decimal
 * kept, the currency as a reader writes it ({@code zł} in Polish, the code first in English), a
 * range as "od … do …". The shared rules are kcs-core's {@link TextFormats}; this class adds
 * Joda-Money's types.
 */
final class AmountFormat {

  private AmountFormat() {}

  /** {@code 1800.5} as {@code 1 800,5} in Polish and {@code 1,800.5} in English. */
  static String number(BigDecimal value, Language language) {
    return TextFormats.number(value, language);
  }

  /** The amount without its currency, with at least the currency's decimals: {@code 500,00}. */
  static String amount(BigMoney money, Language language) {
    BigDecimal value = money.getAmount();
    int scale = CostRange.minorUnitScale(money.getCurrencyUnit());
    return number(value.scale() < scale ? value.setScale(scale) : value, language);
  }

  /**
   * The amount with its currency, as a reader writes it in prose: {@code 7 200,00 zł}, {@code PLN
   * 7,200.00}; every decimal of the amount kept, at least the currency's.
   */
  static String money(BigMoney money, Language language) {
    String code = money.getCurrencyUnit().getCode();
    String amount = amount(money, language);
    if (language == Language.POLISH) {
      return amount + " " + ("PLN".equals(code) ? "zł" : code);
    }
    return code + " " + amount;
  }

  /** A range without its currency: {@code 250,00–300,00}, or one figure when exact. */
  static String range(CostRange range, Language language) {
    return range.isExact()
        ? amount(range.low(), language)
        : amount(range.low(), language) + "–" + amount(range.high(), language);
  }

  /**
   * A range with its currency in prose: {@code od 250,00 zł do 300,00 zł}, {@code PLN 250.00 to PLN
   * 300.00}, or one figure when exact.
   */
  static String rangeWithCurrency(CostRange range, Language language) {
    return range.isExact()
        ? money(range.low(), language)
        : TextFormats.range(money(range.low(), language), money(range.high(), language), language);
  }
}
