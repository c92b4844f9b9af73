package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads kcs's fact catalogue, {@code fact-catalogue.txt}: one block per fact, one {@code key:
 * value} line per field, keys in a fixed order (the file's header describes the format).
 *
 * <p>Reading is strict: a malformed catalogue fails at once with an {@link IllegalStateException}
 * naming the file and the line, so that a broken resource can never produce a half-read catalogue.
 */
final class FactCatalogue {

  /** The resource, beside {@link FactId}. */
  static final String RESOURCE = "fact-catalogue.txt";

  /** The shape of a fact ID, e.g. {@code KCS-S1B-SUPERVISION}. */
  static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  /** The longest fact ID. */
  static final int MAX_ID_LENGTH = 40;

  /** The longest line of the catalogue; a longer one is a broken file, not a long paraphrase. */
  static final int MAX_LINE_LENGTH = 4_000;

  /** The most facts a catalogue holds; bounds the work of reading a broken file. */
  static final int MAX_FACTS = 1_000;

  /** One fact as the catalogue states it. */
  record Entry(
      String id,
      SourceDocument source,
      String section,
      String polishTitle,
      String englishTitle,
      ModalClass modalClass,
      ImmutableList<FactClause> clauses) {}

  private FactCatalogue() {}

  /** Reads the catalogue shipped with kcs-core. */
  static ImmutableList<Entry> load() {
    try (InputStream in = FactCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from kcs-core");
      }
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)));
      List<String> lines = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
      return parse(RESOURCE, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " (it must be UTF-8)", e);
    }
  }

  /**
   * Parses the lines of a catalogue named {@code name} (for messages).
   *
   * @throws IllegalStateException naming the line, if the catalogue is malformed
   */
  static ImmutableList<Entry> parse(String name, List<String> lines) {
    requireNonNull(name, "name");
    requireNonNull(lines, "lines");
    return new Parser(name).parse(lines);
  }

  /**
   * The parser's position in a fact block: which key may come next. A state with one key names
   * it, and the parser checks that key before the state's own work; a state that takes one of
   * two keys decides itself.
   */
  private enum Expect {
    FACT(null, "FACT"),
    SOURCE("source", "'source'"),
    SECTION("section", "'section'"),
    TITLE_PL("title.pl", "'title.pl'"),
    TITLE_EN("title.en", "'title.en'"),
    MODAL("modal", "'modal'"),
    CLAUSE("clause", "a 'clause'"),
    WORDS("words", "'words'"),
    WORDS_OR_PL(null, "'pl'"),
    EN("en", "'en'"),
    NOTE_OR_NEXT(null, "NOTE_OR_NEXT"),
    CLAUSE_OR_NEXT("clause", "CLAUSE_OR_NEXT");

    private final @Nullable String key;
    private final String shown;

    Expect(@Nullable String key, String shown) {
      this.key = key;
      this.shown = shown;
    }

    /** Whether this state reads a line of a fact's head, which comes in a fixed order. */
    boolean inHead() {
      return compareTo(SOURCE) >= 0 && compareTo(MODAL) <= 0;
    }

    /** The state after this one, in the fixed order of a fact's head. */
    Expect next() {
      return values()[ordinal() + 1];
    }
  }

  // A state machine: each field is set by the line the state expects before any later state
  // reads it (check() and fail() stop the parse otherwise), which NullAway cannot follow.
  @SuppressWarnings("NullAway")
  private static final class Parser {
    private final String name;
    private final ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    private final Set<String> ids = new HashSet<>();
    private int count;

    private int lineNumber;
    private int factLine;
    private Expect expect = Expect.FACT;
    private String id;
    private SourceDocument source;
    private String section;
    private String polishTitle;
    private String englishTitle;
    private ModalClass modalClass;
    private ImmutableList.Builder<FactClause> clauses;
    private ModalClass clauseClass;
    private ImmutableList.Builder<String> words;
    private String polish;
    private String english;

    Parser(String name) {
      this.name = name;
    }

    ImmutableList<Entry> parse(List<String> lines) {
      for (String line : lines) {
        lineNumber++;
        if (line.isEmpty() || line.startsWith("#") || line.isBlank()) {
          continue;
        }
        check(
            line.length() <= MAX_LINE_LENGTH,
            "the line is longer than " + MAX_LINE_LENGTH + " characters");
        check(
            line.chars().noneMatch(c -> c < 0x20 || c == 0x7f),
            "the line holds a control character (a tab?)");
        if (line.startsWith("[")) {
          startFact(line);
        } else {
          field(line);
        }
      }
      lineNumber++;
      if (expect != Expect.FACT) {
        endFact();
      }
      ImmutableList<Entry> all = entries.build();
      check(!all.isEmpty(), "the catalogue holds no fact");
      return all;
    }

    private void startFact(String line) {
      if (expect != Expect.FACT) {
        endFact();
      }
      check(
          line.endsWith("]") && line.length() > 2,
          "a fact starts with [FACT-ID], was " + shown(line));
      String candidate = line.substring(1, line.length() - 1);
      check(
          candidate.length() <= MAX_ID_LENGTH && ID.matcher(candidate).matches(),
          "a fact ID is [A-Z][A-Z0-9]*(-[A-Z0-9]+)+ of at most "
              + MAX_ID_LENGTH
              + " characters, was "
              + shown(candidate));
      check(ids.add(candidate), "fact " + candidate + " appears twice");
      check(++count <= MAX_FACTS, "the catalogue holds more than " + MAX_FACTS + " facts");
      id = candidate;
      factLine = lineNumber;
      clauses = ImmutableList.builder();
      expect = Expect.SOURCE;
    }

    private void field(String line) {
      int colon = line.indexOf(": ");
      check(colon > 0, "expected 'key: value' or [FACT-ID], was " + shown(line));
      String key = line.substring(0, colon);
      String value = line.substring(colon + 2).strip();
      check(!value.isEmpty(), shown(key) + " has no value");
      if (expect == Expect.FACT) {
        fail("expected [FACT-ID] before " + shown(key));
      }
      Expect state = expect;
      if (state.key != null) {
        expectKey(key, state.key);
      }
      switch (state) {
        case SOURCE:
          source = SourceDocument.withNumber(value);
          check(
              source != null, "source must be one of 000, 001, 002, 003, 004, was " + shown(value));
          break;
        case SECTION:
          section = value;
          break;
        case TITLE_PL:
          polishTitle = value;
          break;
        case TITLE_EN:
          englishTitle = value;
          break;
        case MODAL:
          modalClass = modal(value);
          break;
        case CLAUSE:
        case CLAUSE_OR_NEXT:
          startClause(value);
          break;
        case WORDS:
          words.add(value);
          expect = Expect.WORDS_OR_PL;
          break;
        case WORDS_OR_PL:
          if (key.equals("words")) {
            words.add(value);
          } else {
            expectKey(key, "pl");
            polish = value;
            expect = Expect.EN;
          }
          break;
        case EN:
          english = value;
          expect = Expect.NOTE_OR_NEXT;
          break;
        case NOTE_OR_NEXT:
          if (key.equals("note")) {
            endClause(Optional.of(value));
            expect = Expect.CLAUSE_OR_NEXT;
          } else {
            expectKey(key, "clause");
            endClause(Optional.empty());
            startClause(value);
          }
          break;
        default:
          throw new AssertionError(expect);
      }
      if (state.inHead()) {
        expect = state.next();
      }
    }

    private void startClause(String value) {
      clauseClass = modal(value);
      words = ImmutableList.builder();
      expect = Expect.WORDS;
    }

    private void endClause(Optional<String> note) {
      clauses.add(new FactClause(clauseClass, words.build(), polish, english, note));
    }

    private void endFact() {
      if (expect == Expect.NOTE_OR_NEXT) {
        endClause(Optional.empty());
        expect = Expect.CLAUSE_OR_NEXT;
      }
      check(
          expect == Expect.CLAUSE_OR_NEXT,
          "fact " + id + " (line " + factLine + ") is incomplete: expected " + expect.shown);
      ImmutableList<FactClause> all = clauses.build();
      ModalClass strongest =
          all.stream().map(FactClause::modalClass).max(Enum::compareTo).orElseThrow();
      check(
          strongest == modalClass,
          "fact "
              + id
              + " (line "
              + factLine
              + ") says modal: "
              + modalClass
              + ", but its strongest clause is "
              + strongest);
      entries.add(new Entry(id, source, section, polishTitle, englishTitle, modalClass, all));
      expect = Expect.FACT;
    }

    private ModalClass modal(String value) {
      for (ModalClass candidate : ModalClass.values()) {
        if (candidate.name().equals(value)) {
          return candidate;
        }
      }
      fail(
          "a modal class is OBSERVATION, SUGGESTION, RECOMMENDATION or REQUIREMENT, was "
              + shown(value));
      return null;
    }

    private void expectKey(String key, String expected) {
      check(key.equals(expected), "expected '" + expected + "', was " + shown(key));
    }

    private void check(boolean condition, String message) {
      if (!condition) {
        fail(message);
      }
    }

    private void fail(String message) {
      throw new IllegalStateException(name + " line " + lineNumber + ": " + message);
    }

    /** A piece of the file for a message, cut short so a broken line cannot flood it. */
    private static String shown(String text) {
      return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "…'";
    }
  }
}
