package pl.kcs.rules.opening;

import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/** The messages bundle of the self-assessment rules and report. */
final class OpeningMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.opening.messages", OpeningMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private OpeningMessages() {}

  static String format(Language language, String key, Object... arguments) {
    return BUNDLE.format(language, key, arguments);
  }
}
