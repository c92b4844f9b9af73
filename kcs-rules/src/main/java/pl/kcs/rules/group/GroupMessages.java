package pl.kcs.rules.group;

import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/**
 * The messages bundle of group life: its rules' messages, event labels and the report's words. The area supplies its bundle; the lookup, formatting
 * and rendering of labelled arguments are {@link LocalizedBundle}'s.
 */
final class GroupMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.group.messages", GroupMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private GroupMessages() {}
}
