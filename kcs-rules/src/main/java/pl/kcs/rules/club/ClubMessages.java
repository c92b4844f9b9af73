package pl.kcs.rules.club;

import java.time.Duration;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/** The messages bundle of the club rules and report, and the words they share. */
final class ClubMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.club.messages", ClubMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private ClubMessages() {}

  static String format(Language language, String key, Object... arguments) {
    return BUNDLE.format(language, key, arguments);
  }

  /**
   * A text of the bundle as a labelled value, e.g. a subject of a finding; labelled arguments are
   * put in by their label in the same language.
   */
  static Labelled text(String key, Object... arguments) {
    return locale -> {
      Object[] rendered = arguments.clone();
      for (int i = 0; i < rendered.length; i++) {
        if (rendered[i] instanceof Labelled) {
          rendered[i] = ((Labelled) rendered[i]).label(locale);
        }
      }
      return format(Language.of(locale), key, rendered);
    };
  }

  /** {@code 4 h 30 min} / {@code 4 godz. 30 min}. */
  static Labelled duration(Duration duration) {
    long minutes = duration.toMinutes();
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (rest == 0) {
      return text("duration.hours", hours);
    }
    return hours == 0 ? text("duration.minutes", rest) : text("duration.hours-minutes", hours, rest);
  }
}
