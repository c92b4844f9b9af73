package pl.kcs.core;

import java.util.Locale;

/**
 * How strongly a source asks for something: required, recommended, optional, or not named at
 * all. Library vocabulary for the sources' words ("potrzebne", "rekomendowane", "opcjonalnie").
 */
public enum Requirement implements Labelled {
  /** The source says it is needed. */
  REQUIRED,
  /** The source recommends it. */
  RECOMMENDED,
  /** The source calls it optional. */
  OPTIONAL,
  /** The source does not name it. */
  NOT_IN_SOURCE;

  @Override
  public String label(Locale locale) {
    return CoreLabels.BUNDLE.text(locale, "Requirement." + name());
  }
}
