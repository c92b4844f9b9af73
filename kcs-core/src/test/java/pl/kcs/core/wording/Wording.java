package pl.kcs.core.wording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.core.text.MessageTemplate;
import pl.kcs.core.text.PluralCategory;

/**
 * Checks the wording of a module's bundles, shared by the modules' tests (kcs-core's test jar):
 *
 * <ul>
 *   <li>{@link #pluralDisagreements}: every message that puts a number in is rendered with each
 *       count from 0 to 1000 in each argument, in both languages, and every noun that follows a
 *       number must take the form of that number (nominative, or genitive after "do", "od", "z" …);
 *   <li>{@link #forbiddenTerms}: no text uses a term that docs/glossary.md forbids.
 * </ul>
 */
public final class Wording {

  /** The highest count each message is rendered with. */
  public static final int MAX_COUNT = 1000;

  private Wording() {}

  /** The forms of a noun: nominative one, few, many, other; genitive singular, plural, other. */
  private static final class Noun {
    final String[] nominative;
    final String[] genitive;

    Noun(
        String one,
        String few,
        String many,
        String other,
        String genOne,
        String genPlural,
        String genOther) {
      nominative = new String[] {one, few, many, other};
      genitive = new String[] {genOne, genPlural, genPlural, genOther};
    }

    String form(PluralCategory category, boolean genitiveCase) {
      return (genitiveCase ? genitive : nominative)[category.ordinal()];
    }
  }

  private static final List<Noun> POLISH_NOUNS =
      List.of(
          new Noun("grupa", "grupy", "grup", "grupy", "grupy", "grup", "grupy"),
          new Noun("etat", "etaty", "etatów", "etatu", "etatu", "etatów", "etatu"),
          new Noun("osoba", "osoby", "osób", "osoby", "osoby", "osób", "osoby"),
          new Noun(
              "miesiąc", "miesiące", "miesięcy", "miesiąca", "miesiąca", "miesięcy", "miesiąca"),
          new Noun("rok", "lata", "lat", "roku", "roku", "lat", "roku"),
          new Noun("godzina", "godziny", "godzin", "godziny", "godziny", "godzin", "godziny"),
          new Noun(
              "szkolenie",
              "szkolenia",
              "szkoleń",
              "szkolenia",
              "szkolenia",
              "szkoleń",
              "szkolenia"),
          new Noun("blokada", "blokady", "blokad", "blokady", "blokady", "blokad", "blokady"),
          new Noun(
              "wydarzenie",
              "wydarzenia",
              "wydarzeń",
              "wydarzenia",
              "wydarzenia",
              "wydarzeń",
              "wydarzenia"),
          new Noun("warunek", "warunki", "warunków", "warunku", "warunku", "warunków", "warunku"),
          new Noun("punkt", "punkty", "punktów", "punktu", "punktu", "punktów", "punktu"),
          new Noun("komórka", "komórki", "komórek", "komórki", "komórki", "komórek", "komórki"));

  private static final List<String[]> ENGLISH_NOUNS =
      List.of(
          new String[] {"group", "groups"},
          new String[] {"person", "people"},
          new String[] {"month", "months"},
          new String[] {"year", "years"},
          new String[] {"hour", "hours"},
          new String[] {"animator", "animators"},
          new String[] {"training", "trainings"},
          new String[] {"blocker", "blockers"},
          new String[] {"respondent", "respondents"},
          new String[] {"participant", "participants"},
          new String[] {"event", "events"},
          new String[] {"condition", "conditions"},
          new String[] {"point", "points"},
          new String[] {"cell", "cells"},
          new String[] {"post", "posts"});

  /** Prepositions after which a Polish count takes the genitive ("do 3 grup", "z 5 grup"). */
  private static final Set<String> GENITIVE_PREPOSITIONS =
      Set.of(
          "do", "od", "z", "ze", "około", "dla", "bez", "spośród", "wśród", "powyżej", "poniżej");

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");

  private static final Pattern NUMBER_AND_WORD =
      Pattern.compile(
          "()(?<![\\p{L}\\d,.])(\\d{1,3}(?:[ ,]\\d{3})*|\\d+)(?![\\d¼½¾⅓⅔/,.]\\d)( |\u00a0)(\\p{L}+)");

  /**
   * Every noun after a number in a text of {@code bundle} that does not agree with it, as "bundle
   * language key: text"; empty when all agree.
   */
  public static List<String> pluralDisagreements(LocalizedBundle bundle) {
    Set<String> problems = new LinkedHashSet<>();
    for (Language language : Language.values()) {
      for (String key : new TreeSet<>(bundle.keys(language))) {
        MessageTemplate template;
        try {
          template = bundle.template(language, key);
        } catch (IllegalArgumentException e) {
          continue; // a plain label, never formatted
        }
        String pattern = template.pattern();
        int arguments = argumentCount(pattern);
        // The literal text itself ("do 6 grup", "½ etatu").
        check(bundle, language, key, template.format(filler(arguments, -1, 0)), problems);
        for (int index = 0; index < arguments; index++) {
          if (!mayPutANumberBeforeAWord(pattern, index)) {
            continue;
          }
          for (int count = 0; count <= MAX_COUNT; count++) {
            check(
                bundle, language, key, template.format(filler(arguments, index, count)), problems);
          }
        }
      }
    }
    return new ArrayList<>(problems);
  }

  private static Object[] filler(int arguments, int index, int count) {
    Object[] values = new Object[arguments];
    for (int i = 0; i < arguments; i++) {
      values[i] = i == index ? Integer.valueOf(count) : Integer.valueOf(7);
    }
    return values;
  }

  private static int argumentCount(String pattern) {
    Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
    int max = -1;
    while (matcher.find()) {
      max = Math.max(max, Integer.parseInt(matcher.group(1)));
    }
    return max + 1;
  }

  /** Whether argument {@code index} is a plural, or a plain {@code {n}} followed by a word. */
  private static boolean mayPutANumberBeforeAWord(String pattern, int index) {
    return pattern.contains("{" + index + ",plural,")
        || Pattern.compile("\\{" + index + "\\}[ \u00a0]\\p{L}").matcher(pattern).find();
  }

  private static void check(
      LocalizedBundle bundle, Language language, String key, String text, Set<String> problems) {
    Matcher matcher = NUMBER_AND_WORD.matcher(text);
    while (matcher.find()) {
      Matcher previous = WORD_BEFORE.matcher(text.substring(0, matcher.start()));
      String before = previous.find() ? previous.group(1).toLowerCase(Locale.ROOT) : "";
      String digits = matcher.group(2).replace(" ", "").replace(",", "");
      String word = matcher.group(4);
      String expected =
          expectedForm(language, new BigDecimal(digits), before, word.toLowerCase(Locale.ROOT));
      if (expected != null && !expected.equals(word.toLowerCase(Locale.ROOT))) {
        problems.add(
            bundle
                + " "
                + language
                + " "
                + key
                + ": \""
                + matcher.group()
                + "\" should read \""
                + expected
                + "\" in: "
                + text);
      }
    }
  }

  /** The form {@code word} should take after {@code number}, or null when it is no noun we know. */
  static String expectedForm(Language language, BigDecimal number, String before, String word) {
    PluralCategory category = PluralCategory.of(language, number.longValueExact());
    if (language == Language.ENGLISH) {
      for (String[] noun : ENGLISH_NOUNS) {
        if (noun[0].equals(word) || noun[1].equals(word)) {
          return category == PluralCategory.ONE ? noun[0] : noun[1];
        }
      }
      return null;
    }
    boolean genitive = GENITIVE_PREPOSITIONS.contains(before);
    for (Noun noun : POLISH_NOUNS) {
      for (String form : noun.nominative) {
        if (form.equals(word)) {
          return noun.form(category, genitive);
        }
      }
      for (String form : noun.genitive) {
        if (form.equals(word)) {
          return noun.form(category, genitive);
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // The glossary

  /** docs/glossary.md, seen from a module directory (Surefire's working directory). */
  public static final Path GLOSSARY_MD = Path.of("../docs/glossary.md");

  /** One forbidden term of the glossary: a phrase (whole words) or a /regular expression/. */
  public static final class Forbidden {
    final Language language;
    final Pattern pattern;
    final String written;

    Forbidden(Language language, String cell) {
      // A pipe inside a Markdown table cell is written \|.
      String written = cell.replace("\\|", "|");
      this.language = language;
      this.written = written;
      this.pattern =
          written.startsWith("/") && written.endsWith("/") && written.length() > 2
              ? Pattern.compile(written.substring(1, written.length() - 1))
              : Pattern.compile("(?<![\\p{L}])" + Pattern.quote(written) + "(?![\\p{L}])");
    }

    /** The term as the glossary writes it. */
    public String written() {
      return written;
    }

    /** Whether {@code text} uses the term. */
    public boolean isUsedIn(String text) {
      return pattern.matcher(text).find();
    }

    @Override
    public String toString() {
      return language + " " + written;
    }
  }

  /**
   * The forbidden terms of docs/glossary.md: the rows of its table under the heading "Forbidden
   * wording", whose first column holds the term in backticks and second its language (pl or en).
   */
  public static List<Forbidden> forbiddenTerms() {
    List<String> lines;
    try {
      lines = Files.readAllLines(GLOSSARY_MD, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GLOSSARY_MD.toAbsolutePath(), e);
    }
    List<Forbidden> terms = new ArrayList<>();
    boolean inSection = false;
    Pattern row = Pattern.compile("^\\| `(.+?)` \\| (pl|en) \\|.*");
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.toLowerCase(Locale.ROOT).contains("forbidden wording");
        continue;
      }
      Matcher matcher = row.matcher(line);
      if (inSection && matcher.matches()) {
        terms.add(
            new Forbidden(
                "pl".equals(matcher.group(2)) ? Language.POLISH : Language.ENGLISH,
                matcher.group(1)));
      }
    }
    return terms;
  }

  /** Every text of {@code bundle} that uses a term the glossary forbids, with the term. */
  public static List<String> forbiddenTermsIn(LocalizedBundle bundle) {
    List<Forbidden> terms = forbiddenTerms();
    if (terms.isEmpty()) {
      throw new IllegalStateException("docs/glossary.md lists no forbidden wording");
    }
    Map<String, String> found = new HashMap<>();
    for (Forbidden term : terms) {
      for (String key : bundle.keys(term.language)) {
        if (term.pattern.matcher(bundle.text(term.language, key)).find()) {
          found.put(bundle + " " + term.language + " " + key, term.written);
        }
      }
    }
    List<String> problems = new ArrayList<>();
    found.forEach((where, term) -> problems.add(where + " uses \"" + term + "\""));
    problems.sort(null);
    return problems;
  }
}
