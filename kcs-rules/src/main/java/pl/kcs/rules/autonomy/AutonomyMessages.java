package pl.kcs.rules.autonomy;

import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/** The messages bundle of autonomy and mutual aid: its rules' messages and the report's words. */
final class AutonomyMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.autonomy.messages", AutonomyMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private AutonomyMessages() {}

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
