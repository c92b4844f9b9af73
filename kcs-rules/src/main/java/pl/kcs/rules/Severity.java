package pl.kcs.rules;

import java.util.Locale;
import pl.kcs.core.Labelled;

/**
 * How much a failed rule matters. Library vocabulary, not in the source method: the source says
 * what is needed ("potrzebne", "konieczne"), what is optional and what is worth remembering; kcs
 * maps those words to blockers, warnings and advice rule by rule, and says so in each rule's
 * javadoc.
 */
public enum Severity implements Labelled {
  /** Stops the institution from moving on until it is mended. */
  BLOCKER,
  /** Does not stop it, but puts the method at risk. */
  WARNING,
  /** A suggestion from the source method. */
  ADVICE;

  @Override
  public String label(Locale locale) {
    return RulesMessages.BUNDLE.text(locale, "Severity." + name());
  }
}
