package pl.kcs.cli;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import pl.kcs.core.Language;

/**
 * The command's own words in the user's language (issue 13: "--lang pl, then KCS_LANG, then en"
 * for help, usage errors and error messages): the Polish help texts are a resource bundle picocli
 * reads ({@code pl/kcs/cli/help_pl.properties}); the frame of usage errors picocli writes in English
 * and the command's own diagnoses of a file are translated here. A document's diagnosis from kcs-json
 * (a JSON path and what is wrong there) keeps kcs-json's English words after a Polish frame.
 */
final class CommandMessages {

  private CommandMessages() {}

  /** The Polish help texts. */
  static ResourceBundle polishHelp() {
    // Read directly: the bundle has no fallback to the machine's locale, and works in a named
    // module.
    try (java.io.InputStream in = CommandMessages.class.getResourceAsStream("help_pl.properties")) {
      if (in == null) {
        throw new IllegalStateException("kcs-cli is built without pl/kcs/cli/help_pl.properties");
      }
      return new java.util.PropertyResourceBundle(
          new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Map<String, String> PROBLEMS =
      Map.of(
          "no such file", "nie ma takiego pliku",
          "is a directory, not a file", "to katalog, nie plik",
          "is not UTF-8 text", "to nie jest tekst w UTF-8",
          "cannot read it: access denied", "nie można go odczytać: brak dostępu",
          "cannot write the chart", "nie można zapisać wykresu",
          "cannot write the chart: no such directory",
              "nie można zapisać wykresu: nie ma takiego katalogu",
          "cannot write the chart: access denied", "nie można zapisać wykresu: brak dostępu",
          "nothing to draw: every mean score is suppressed or has no answers; no chart written",
              "nie ma czego narysować: każda średnia jest ukryta albo bez odpowiedzi; wykresu nie zapisano",
          "nothing to draw: the budget has no costs; no chart written",
              "nie ma czego narysować: budżet nie ma kosztów; wykresu nie zapisano",
          "$.selfAssessment: the implementation holds no self-assessment to report on",
              "$.selfAssessment: dokument wdrożenia nie zawiera samooceny");

  /** Picocli's English frames of usage errors, and their Polish. */
  private static final List<String[]> USAGE =
      List.of(
          new String[] {"Unknown options: ", "Nieznane opcje: "},
          new String[] {"Unknown option: ", "Nieznana opcja: "},
          new String[] {"Invalid value for option ", "Nieprawidłowa wartość opcji "},
          new String[] {
            "Invalid value for positional parameter at index ",
            "Nieprawidłowa wartość parametru na pozycji "
          },
          new String[] {"Missing required parameter: ", "Brak wymaganego parametru: "},
          new String[] {"Missing required option: ", "Brak wymaganej opcji: "},
          new String[] {"Expected parameter for option ", "Brak wartości opcji "},
          new String[] {"Unmatched argument at index ", "Nadmiarowy argument na pozycji "},
          new String[] {"Unmatched arguments from index ", "Nadmiarowe argumenty od pozycji "});

  /** A diagnosis of a file in {@code language}. */
  static String problem(String problem, Language language) {
    if (language != Language.POLISH) {
      return problem;
    }
    String known = PROBLEMS.get(problem);
    if (known != null) {
      return known;
    }
    if (problem.startsWith("is larger than the limit of ")) {
      return "jest większy niż limit "
          + problem
              .substring("is larger than the limit of ".length())
              .replace(
                  " bytes (raise it with --max-input-size)",
                  " bajtów (podnieście go opcją --max-input-size)");
    }
    if (problem.startsWith("cannot read it: ")) {
      return "nie można go odczytać: " + problem.substring("cannot read it: ".length());
    }
    return "błąd w dokumencie: " + problem;
  }

  /** A usage error's message in {@code language}. */
  static String usage(String message, Language language) {
    if (language != Language.POLISH) {
      return message;
    }
    for (String[] frame : USAGE) {
      if (message.startsWith(frame[0])) {
        return frame[1] + message.substring(frame[0].length());
      }
    }
    return message;
  }

  /** " (see 'kcs assess --help')" in {@code language}. */
  static String seeHelp(String command, Language language) {
    return (language == Language.POLISH ? " (zobaczcie '" : " (see '") + command + " --help')";
  }

  /** The line after a subcommand's exit codes that lists its formats. */
  static String formats(String names, Language language) {
    return (language == Language.POLISH ? "%nFormaty (--format): " : "%nFormats (--format): ")
        + names
        + ".";
  }

  /** "internal error … (please report it)". */
  static String internalError(String what, Language language) {
    return language == Language.POLISH
        ? "kcs: błąd wewnętrzny: " + what + " (prosimy go zgłosić)"
        : "kcs: internal error: " + what + " (please report it)";
  }

  /** The language of help and errors: {@code --lang}, else {@code KCS_LANG}, else English. */
  static Language interfaceLanguage(String[] args, Map<String, String> env) {
    Language chosen = chosenLanguage(args);
    if (chosen != null) {
      return chosen;
    }
    Language fromEnvironment = environmentLanguage(env);
    return fromEnvironment != null ? fromEnvironment : Language.ENGLISH;
  }

  /** The language {@code KCS_LANG} names, if it names pl or en. */
  static Language environmentLanguage(Map<String, String> env) {
    return code(env.get("KCS_LANG"));
  }

  /** The language of {@code --lang VALUE} or {@code --lang=VALUE}, if given and valid. */
  private static Language chosenLanguage(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return code(args[i + 1]);
      }
      if (args[i].startsWith("--lang=")) {
        return code(args[i].substring("--lang=".length()));
      }
      if (args[i].equals("--")) {
        break;
      }
    }
    return null;
  }

  private static Language code(String value) {
    if ("pl".equals(value)) {
      return Language.POLISH;
    }
    if ("en".equals(value)) {
      return Language.ENGLISH;
    }
    return null;
  }
}
