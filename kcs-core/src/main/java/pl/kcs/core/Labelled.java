package pl.kcs.core;

import java.util.Locale;

/** Something with a human-readable label in Polish and English. */
public interface Labelled {

  /**
   * The label in the language kcs uses for {@code locale}: Polish for a Polish locale, English for
   * every other (see {@link Language#of(Locale)}).
   */
  String label(Locale locale);
}
