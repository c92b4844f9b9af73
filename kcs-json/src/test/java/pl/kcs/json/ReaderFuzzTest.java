package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.base.Strings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.Scenario;

/**
 * Issue 16 §4: fuzzing every reader with seeded inputs — random mutations of the documents of the
 * project's {@code examples/}, random text, huge and tiny numbers, free text with line breaks and
 * escapes, deep and wide structures. Whatever the input, a reader either returns a value that
 * writes back to a document reading to an equal value, or fails with a {@link KcsJsonException}
 * whose message is one bounded line. Never another exception, a hang or an out-of-memory error.
 *
 * <p>Seeded: a failure prints the seed and the trial, which replay it. The whole class takes a few
 * seconds; the timeout only guards against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderFuzzTest {

  private static final long SEED = 0x4B43_5316L;
  private static final int MAX_MESSAGE =
      KcsJsonException.MAX_LOCATION_LENGTH + 2 + KcsJsonException.MAX_PROBLEM_LENGTH;
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*\"");
  private static final Map<String, Class<?>> TYPES =
      Map.of(
          "library.json", KcsImplementation.class,
          "groups.json", KcsImplementation.class,
          "club.json", SelfHelpClub.class,
          "budget.json", Scenario.class,
          "evaluation.json", EvaluationInput.class,
          "simulation.json", SimulationInput.class);
  private static final String[] HOSTILE_NUMBERS = {
    "1e-100000000",
    "1e-999999999",
    "1e999999999",
    "-1e999999999",
    "1E+2147483647",
    "0e-2147483647",
    "99999999999999999999999999999999999999999999999999999999",
    "1500000000",
    "-2147483649",
    "9223372036854775808",
    "0.000000000000000000000000000000000000001",
    "1e20",
    "4.9E-324",
    "-0",
    "1e308"
  };
  private static final String[] HOSTILE_STRINGS = {
    "\"Jan Kowalski's mother\"",
    "\"Anna Nowak: often, since her divorce\"",
    "\"when Jan Kowalski came\"",
    "\"line\\nkcs: forged\"",
    "\"\\u001b[31mred\\u001b[0m\"",
    "\"\\u202Eesrever\"",
    "\"+999999999-01-01\"",
    "\"-999999999-12-31\"",
    "\"1e-100000000\"",
    "\"1/999999999989\"",
    "\"\"",
    "\" \"",
    "\"\\t\""
  };

  private static final String INSERTED = "{}[]\":,0-9eE.<>/&;\\\n\u0000\u001b";

  private final KcsJson json = KcsJson.standard();

  @Test
  void mutated_example_documents_are_read_or_rejected_in_one_bounded_line() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (Map.Entry<String, Class<?>> example : TYPES.entrySet()) {
      String original = example(example.getKey());
      for (int trial = 0; trial < 150; trial++) {
        long seed = seeds.nextLong();
        String mutated = mutate(original, new SplittableRandom(seed));
        checkJson(
            mutated, example.getValue(), example.getKey() + " trial " + trial + " seed " + seed);
      }
    }
  }

  @Test
  void
      hostile_numbers_and_strings_in_places_of_the_examples_are_read_or_rejected_in_one_bounded_line() {
    for (Map.Entry<String, Class<?>> example : TYPES.entrySet()) {
      String original = example(example.getKey());
      List<int[]> places = new ArrayList<>();
      Matcher numbers = NUMBER.matcher(original);
      while (numbers.find()) {
        places.add(new int[] {numbers.start(), numbers.end(), 0});
      }
      Matcher strings = STRING.matcher(original);
      while (strings.find()) {
        // Values only: a string followed by a colon is a field name.
        if (!original.startsWith(":", strings.end())) {
          places.add(new int[] {strings.start(), strings.end(), 1});
        }
      }
      SplittableRandom random = new SplittableRandom(SEED + example.getKey().hashCode());
      // At most 150 places per example, drawn from the seed: the whole class stays within seconds.
      java.util.Collections.shuffle(places, new java.util.Random(random.nextLong()));
      for (int[] place : places.subList(0, Math.min(150, places.size()))) {
        String[] values = place[2] == 0 ? HOSTILE_NUMBERS : HOSTILE_STRINGS;
        // One hostile value per place, drawn from the seed.
        for (int draw = 0; draw < 1; draw++) {
          String value = values[random.nextInt(values.length)];
          String spoiled = original.substring(0, place[0]) + value + original.substring(place[1]);
          checkJson(
              spoiled, example.getValue(), example.getKey() + " at " + place[0] + " with " + value);
        }
      }
    }
  }

  @Test
  void random_text_is_rejected_in_one_bounded_line() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int trial = 0; trial < 1000; trial++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 200);
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextBoolean()
                ? (char) random.nextInt(0, 0x3000)
                : "{}[]\":,0123456789eE.-tfn \n".charAt(random.nextInt(26)));
      }
      checkJson(text.toString(), KcsImplementation.class, "random text trial " + trial);
      checkXml(text.toString(), "random text trial " + trial);
    }
  }

  @Test
  void deep_and_wide_documents_are_rejected_naming_the_limit() {
    String deepLists =
        "{\"document\":\"implementation\",\"formatVersion\":\"1.0\",\"x-deep\":"
            + Strings.repeat("[", 100_000)
            + Strings.repeat("]", 100_000)
            + "}";
    assertThat(rejection(deepLists)).contains("nested deeper than 64 (ReadLimits.maxDepth)");
    String deepObjects = Strings.repeat("{\"a\":", 50_000) + "1" + Strings.repeat("}", 50_000);
    assertThat(rejection(deepObjects)).contains("ReadLimits.maxDepth");

    StringBuilder wide =
        new StringBuilder(
            "{\"document\":\"implementation\",\"formatVersion\":\"1.0\",\"x-wide\":[0");
    wide.append(Strings.repeat(",0", ReadLimits.DEFAULT_MAX_LIST_ITEMS));
    wide.append("]}");
    assertThat(rejection(wide.toString()))
        .isEqualTo(
            "$.x-wide: has more than 100000 items, the limit of one list (ReadLimits.maxListItems)");

    String longString =
        "{\"document\":\"implementation\",\"formatVersion\":\"1.0\",\"host\":{\"name\":\""
            + Strings.repeat("a", 20_000)
            + "\"}}";
    assertThat(rejection(longString))
        .isEqualTo(
            "$.host.name: is 20000 characters long, more than the limit of 10000 characters of one string (ReadLimits.maxStringLength)");

    String deepXml =
        "<implementation xmlns=\""
            + KcsJson.IMPLEMENTATION_NAMESPACE
            + "\" formatVersion=\"1.0\">"
            + Strings.repeat("<a>", 10_000)
            + Strings.repeat("</a>", 10_000)
            + "</implementation>";
    checkXml(deepXml, "deep XML");
  }

  @Test
  void
      a_document_longer_than_the_limit_is_rejected_before_it_is_parsed_and_the_limit_can_be_raised() {
    String library = example("library.json");
    KcsJson small = json.withLimits(ReadLimits.defaults().withMaxDocumentLength(1000));

    assertThat(catchMessage(() -> small.fromJson(library, KcsImplementation.class)))
        .isEqualTo(
            "the document: is "
                + library.length()
                + " characters long, more than the limit of 1000 characters (ReadLimits.maxDocumentLength)");
    assertThat(catchMessage(() -> small.implementationFromXml(example("library.xml"))))
        .startsWith("the document: is ")
        .endsWith("more than the limit of 1000 characters (ReadLimits.maxDocumentLength)");
    assertThat(json.fromJson(library, KcsImplementation.class)).isNotNull();
  }

  @Test
  void mutated_xml_of_the_example_library_is_read_or_rejected_in_one_bounded_line() {
    String original = example("library.xml");
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    for (int trial = 0; trial < 150; trial++) {
      long seed = seeds.nextLong();
      checkXml(
          mutate(original, new SplittableRandom(seed)),
          "library.xml trial " + trial + " seed " + seed);
    }
    String[] hostile = {
      "1e-100000000", "1e999999999", "+999999999-01-01", "Jan Kowalski&#10;kcs: forged", "&#27;[31m"
    };
    SplittableRandom draws = new SplittableRandom(SEED + 2);
    Matcher values = Pattern.compile(">([^<]+)<").matcher(original);
    while (values.find()) {
      // One hostile value per element text, drawn from the seed.
      String value = hostile[draws.nextInt(hostile.length)];
      checkXml(
          original.substring(0, values.start(1)) + value + original.substring(values.end(1)),
          "library.xml with " + value + " at " + values.start(1));
    }
  }

  /**
   * The other side of the fuzz tests above, which a reader that refused everything would pass:
   * every example document is read, in JSON and in XML, and spaces, tabs and line breaks put
   * between its tokens never change what it reads as.
   */
  @Test
  void every_example_is_read_and_white_space_between_its_tokens_never_changes_what_it_reads_as() {
    SplittableRandom seeds = new SplittableRandom(SEED + 2);
    for (Map.Entry<String, Class<?>> example : TYPES.entrySet()) {
      String original = example(example.getKey());
      Object value = json.fromJson(original, example.getValue());
      assertThat(json.fromJson(json.toJson(value), example.getValue()))
          .as(example.getKey())
          .isEqualTo(value);
      for (int trial = 0; trial < 10; trial++) {
        long seed = seeds.nextLong();
        String spaced = spacedOut(original, new SplittableRandom(seed));
        assertThat(json.fromJson(spaced, example.getValue()))
            .as(example.getKey() + " trial " + trial + " seed " + seed)
            .isEqualTo(value);
      }
    }
    assertThat(json.implementationFromXml(example("library.xml"))).isNotNull();
  }

  /** {@code text} with white space added after some structural characters outside strings. */
  private static String spacedOut(String text, SplittableRandom random) {
    String[] spaces = {" ", "\n", "\t", "\r\n", "  \n  "};
    StringBuilder result = new StringBuilder(text.length() * 2);
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      result.append(c);
      if (inString) {
        if (c == '\\') {
          result.append(text.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if ("{}[],:".indexOf(c) >= 0 && random.nextInt(3) == 0) {
        result.append(spaces[random.nextInt(spaces.length)]);
      }
    }
    return result.toString();
  }

  // ------------------------------------------------------------------ invariants

  private void checkJson(String text, Class<?> type, String trial) {
    Object value;
    try {
      value = json.fromJson(text, type);
    } catch (KcsJsonException e) {
      checkOneBoundedLine(e, trial);
      return;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(trial + ": not a KcsJsonException: " + e, e);
    }
    // No silent wrong result: what was read writes back to a document that reads to the same value.
    Object again = json.fromJson(json.toJson(value), type);
    assertThat(again).as(trial).isEqualTo(value);
  }

  private void checkXml(String text, String trial) {
    KcsImplementation value;
    try {
      value = json.implementationFromXml(text);
    } catch (KcsJsonException e) {
      checkOneBoundedLine(e, trial);
      return;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(trial + ": not a KcsJsonException: " + e, e);
    }
    assertThat(json.implementationFromXml(json.toXml(value))).as(trial).isEqualTo(value);
  }

  private static void checkOneBoundedLine(KcsJsonException e, String trial) {
    String message = e.getMessage();
    assertThat(message.length()).as(trial + ": " + message).isLessThanOrEqualTo(MAX_MESSAGE);
    for (int i = 0; i < message.length(); i++) {
      int type = Character.getType(message.charAt(i));
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        fail(trial + ": a control character in " + message);
      }
    }
    for (String person : new String[] {"Kowalski", "Nowak", "divorce", "forged"}) {
      assertThat(message).as(trial).doesNotContain(person);
    }
  }

  private String rejection(String text) {
    return catchMessage(() -> json.fromJson(text, KcsImplementation.class));
  }

  private static String catchMessage(Runnable read) {
    try {
      read.run();
    } catch (KcsJsonException e) {
      return e.getMessage();
    }
    throw new AssertionError("not rejected");
  }

  /** One to four random edits: delete, insert, duplicate or swap a span, or put in a hostile value. */
  private static String mutate(String text, SplittableRandom random) {
    StringBuilder result = new StringBuilder(text);
    int edits = random.nextInt(1, 5);
    for (int e = 0; e < edits && result.length() > 0; e++) {
      int at = random.nextInt(result.length());
      int span = Math.min(result.length() - at, random.nextInt(1, 40));
      switch (random.nextInt(6)) {
        case 0 -> result.delete(at, at + span);
        case 1 -> result.insert(at, INSERTED.charAt(random.nextInt(INSERTED.length())));
        case 2 -> result.insert(at, result.substring(at, at + span));
        case 3 -> result.insert(at, HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)]);
        case 4 -> result.insert(at, HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)]);
        default -> result.setCharAt(at, (char) random.nextInt(0x20, 0x7f));
      }
    }
    return result.toString();
  }

  private static String example(String name) {
    try {
      return Files.readString(Path.of("..", "examples", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
