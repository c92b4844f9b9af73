package pl.kcs.rules.autonomy;

import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/**
 * The messages bundle of autonomy and mutual aid: its rules' messages and the report's words. The area supplies its bundle; the lookup, formatting
 * and rendering of labelled arguments are {@link LocalizedBundle}'s.
 */
final class AutonomyMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load(
          "pl.kcs.rules.autonomy.messages", AutonomyMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private AutonomyMessages() {}
}
