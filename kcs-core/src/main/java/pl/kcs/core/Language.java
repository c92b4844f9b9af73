package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The languages kcs renders labels and messages in: Polish, the language of the source method,
 * and English.
 *
 * <p>A {@link Locale} whose language is Polish renders in Polish; every other locale renders in
 * English (library default). The machine's default locale is never consulted.
 */
public enum Language {
  /** Polish, the language of the source documents. */
  POLISH(Locale.forLanguageTag("pl")),
  /** English. */
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The language kcs uses for {@code locale}: Polish for Polish, English for every other. */
  public static Language of(Locale locale) {
    requireNonNull(locale, "locale");
    return "pl".equals(locale.getLanguage()) ? POLISH : ENGLISH;
  }

  /** The language's locale ({@code pl} or {@code en}). */
  public Locale locale() {
    return locale;
  }
}
