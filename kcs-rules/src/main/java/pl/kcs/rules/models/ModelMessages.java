package pl.kcs.rules.models;

import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/**
 * The messages bundle of model selection: its rules' messages and the report's words. The area supplies its bundle; the lookup, formatting
 * and rendering of labelled arguments are {@link LocalizedBundle}'s.
 */
final class ModelMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.models.messages", ModelMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private ModelMessages() {}
}
