package pl.kcs.rules;

import pl.kcs.core.LocalizedBundle;

/** The messages bundle of kcs-rules (the built-in rules and the engine's own words). */
final class RulesMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.messages", RulesMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private RulesMessages() {}
}
