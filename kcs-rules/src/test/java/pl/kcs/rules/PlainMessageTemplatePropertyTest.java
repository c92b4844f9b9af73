package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

/**
 * A rule message of plain text around {0}, {1} and {2} is joined by kcs-rules itself (issue 17:
 * less made per message), and reads exactly as kcs-core's compiled template writes it: the same
 * arguments in the same words, and no second full stop after an argument that ends in one.
 */
class PlainMessageTemplatePropertyTest {

  private static final String[] CHUNKS = {
    "Animatorzy bez superwizji: ", ".", "..", ". ", " (", "), ", "żółw ", "a", "", " – ", "…"
  };
  private static final Object[] ARGUMENTS = {
    "", "anim-ewa", "anim-ewa (okazjonalnie).", "2 września 2024 r.", ".", "..", 0, 1, 1234, 2.5
  };

  /** A pattern of chunks and arguments, and three arguments for it. */
  private record Case(String pattern, Object first, Object second, Object third, String suffix) {}

  private static final Gen<Case> CASES =
      random -> {
        StringBuilder pattern = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
          pattern.append(CHUNKS[random.nextInt(CHUNKS.length)]);
          if (random.nextBoolean()) {
            pattern.append('{').append(random.nextInt(3)).append('}');
          }
        }
        return new Case(
            pattern.toString(),
            ARGUMENTS[random.nextInt(ARGUMENTS.length)],
            ARGUMENTS[random.nextInt(ARGUMENTS.length)],
            ARGUMENTS[random.nextInt(ARGUMENTS.length)],
            random.nextBoolean() ? "" : " (kcs default)");
      };

  @Test
  void a_plain_message_reads_as_kcs_core_writes_it_in_both_languages() {
    Property.check()
        .trials(2_000)
        .forAll(
            CASES,
            c -> {
              for (Language language : Language.values()) {
                Locale locale = language.locale();
                String expected =
                    pl.kcs.core.text.MessageTemplate.compile(c.pattern(), language)
                            .format(c.first(), c.second(), c.third())
                        + c.suffix();
                assertThat(
                        MessageTemplate.of(c.pattern(), locale, c.suffix())
                            .format(c.first(), c.second(), c.third()))
                    .as("%s in %s", c, language)
                    .isEqualTo(expected);
              }
            });
  }
}
