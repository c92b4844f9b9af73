package pl.kcs.rules.stage;

import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;

/** The words of the rendered stage report, from kcs-rules' messages bundle. */
final class StageMessages {

  private static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.messages", StageMessages.class.getClassLoader());

  private StageMessages() {}

  static String format(Language language, String key, Object... arguments) {
    return BUNDLE.format(language, key, arguments);
  }
}
