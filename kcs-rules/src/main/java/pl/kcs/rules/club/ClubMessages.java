package pl.kcs.rules.club;

import java.time.Duration;
import pl.kcs.core.Labelled;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.rules.MessageCatalog;

/**
 * The messages bundle of the club rules and report, and the words they share. The area supplies
 * its bundle; the lookup and formatting are {@link LocalizedBundle}'s.
 */
final class ClubMessages {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.rules.club.messages", ClubMessages.class.getClassLoader());

  static final MessageCatalog CATALOG = MessageCatalog.of(BUNDLE);

  private ClubMessages() {}

  /** {@code 4 h 30 min} / {@code 4 godz. 30 min}. */
  static Labelled duration(Duration duration) {
    long minutes = duration.toMinutes();
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (rest == 0) {
      return BUNDLE.message("duration.hours", hours);
    }
    return hours == 0
        ? BUNDLE.message("duration.minutes", rest)
        : BUNDLE.message("duration.hours-minutes", hours, rest);
  }
}
