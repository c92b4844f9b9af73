package pl.kcs.rules.models;

import pl.kcs.core.Labelled;

/** Joins labelled terms into one labelled list, for a message argument. */
final class Labels {

  private Labels() {}

  static Labelled join(Iterable<? extends Labelled> terms) {
    return locale -> {
      StringBuilder text = new StringBuilder();
      for (Labelled term : terms) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(term.label(locale));
      }
      return text.toString();
    };
  }
}
