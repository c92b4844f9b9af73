package pl.kcs.rules.stage;

import pl.kcs.core.LocalizedBundle;

/**
 * The words of the rendered stage report, from kcs-rules' messages bundle. The area supplies its bundle; the lookup, formatting
 * and rendering of labelled arguments are {@link LocalizedBundle}'s.
 */
final class StageMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.messages", StageMessages.class.getClassLoader());

  private StageMessages() {}
}
