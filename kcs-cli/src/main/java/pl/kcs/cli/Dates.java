package pl.kcs.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import pl.kcs.core.Language;

/** Dates in prose as a reader writes them: "4 listopada 2024 r.", "4 November 2024". */
final class Dates {

  private static final DateTimeFormatter POLISH =
      DateTimeFormatter.ofPattern("d MMMM uuuu 'r.'", Language.POLISH.locale());
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Language.ENGLISH.locale());

  private Dates() {}

  static String prose(LocalDate date, Language language) {
    return (language == Language.POLISH ? POLISH : ENGLISH).format(date);
  }
}
