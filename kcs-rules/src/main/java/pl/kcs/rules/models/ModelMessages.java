package pl.kcs.rules.models;

import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/** The messages bundle of model selection: its rules' messages and the report's words. */
final class ModelMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.models.messages", ModelMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private ModelMessages() {}

  /** The text of {@code key} with {@code arguments}; labelled arguments become their label. */
  static String format(Language language, String key, Object... arguments) {
    Object[] rendered = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      rendered[i] =
          arguments[i] instanceof Labelled
              ? ((Labelled) arguments[i]).label(language.locale())
              : arguments[i];
    }
    return BUNDLE.format(language, key, rendered);
  }

  /** A text of this bundle as a {@link Labelled}, for a finding. */
  static Labelled text(String key, Object... arguments) {
    return locale -> format(Language.of(locale), key, arguments);
  }
}
