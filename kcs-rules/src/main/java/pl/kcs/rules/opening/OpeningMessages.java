package pl.kcs.rules.opening;

import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/**
 * The messages bundle of the self-assessment rules and report. The area supplies its bundle; the lookup, formatting
 * and rendering of labelled arguments are {@link LocalizedBundle}'s.
 */
final class OpeningMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.opening.messages", OpeningMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private OpeningMessages() {}
}
