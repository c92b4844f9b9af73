package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

/**
 * A rule message parsed once (MessageTemplate) reads exactly as {@link MessageFormat} writes it:
 * for every pattern of kcs-rules' bundles in Polish and English, for numbers with and without
 * grouping, and for generated patterns with quotes, braces and formatted arguments. The parse is
 * a speed-up (issue 17), so any difference is a defect.
 */
class MessageTemplateTest {

  private static final List<String> BUNDLES =
      List.of(
          "pl.kcs.rules.messages",
          "pl.kcs.rules.club.messages",
          "pl.kcs.rules.opening.messages",
          "pl.kcs.rules.models.messages",
          "pl.kcs.rules.group.messages",
          "pl.kcs.rules.autonomy.messages");

  private static final List<Object[]> ARGUMENTS =
      List.of(
          new Object[] {"", "", ""},
          new Object[] {"anim-a, anim-b", 3, 0},
          new Object[] {"sala", 1234567, -5},
          new Object[] {"it's", 999, 1000L},
          new Object[] {"x", new BigDecimal("0.50"), 2.5},
          new Object[] {"{0}", 0, "'q'"});

  @Test
  void every_message_of_the_rules_reads_as_message_format_writes_it() {
    int patterns = 0;
    for (String name : BUNDLES) {
      LocalizedBundle bundle = LocalizedBundle.load(name, getClass().getClassLoader());
      for (Language language : Language.values()) {
        for (String key : bundle.keys(language)) {
          String pattern = bundle.text(language, key);
          MessageTemplate template = MessageTemplate.of(pattern, language.locale());
          for (Object[] arguments : ARGUMENTS) {
            assertThat(template.format(arguments))
                .as("%s %s %s", name, language, key)
                .isEqualTo(new MessageFormat(pattern, language.locale()).format(arguments));
          }
          patterns++;
        }
      }
    }
    assertThat(patterns).isGreaterThan(500);
  }

  @Test
  void generated_patterns_read_as_message_format_writes_them() {
    List<String> pieces =
        List.of("a", " ", "ą", "''", "'", "'{0}'", "{0}", "{1}", "{2}", "{3}", "}", "{1,number,#}", "{0,choice,0#zero|1#one}", "x''y");
    Gen<String> patterns =
        random -> {
          StringBuilder pattern = new StringBuilder();
          int length = random.nextInt(8);
          for (int i = 0; i < length; i++) {
            pattern.append(pieces.get(random.nextInt(pieces.size())));
          }
          return pattern.toString();
        };
    Property.check()
        .forAll(
            patterns,
            pattern -> {
              for (Language language : Language.values()) {
                MessageFormat format;
                try {
                  format = new MessageFormat(pattern, language.locale());
                } catch (IllegalArgumentException refused) {
                  assertThatThrownBy(() -> MessageTemplate.of(pattern, language.locale()))
                      .as("pattern %s", pattern)
                      .isInstanceOf(IllegalArgumentException.class);
                  continue;
                }
                MessageTemplate template = MessageTemplate.of(pattern, language.locale());
                for (Object[] arguments : ARGUMENTS) {
                  String expected;
                  try {
                    expected = format.format(arguments);
                  } catch (IllegalArgumentException refused) {
                    // e.g. a choice over a text argument: refused alike.
                    assertThatThrownBy(() -> template.format(arguments))
                        .as("pattern %s with %s", pattern, List.of(arguments))
                        .isInstanceOf(IllegalArgumentException.class);
                    continue;
                  }
                  assertThat(template.format(arguments))
                      .as("pattern %s in %s", pattern, language)
                      .isEqualTo(expected);
                }
              }
            });
  }

  @Test
  void a_message_without_arguments_is_worked_out_once_and_reads_no_argument() {
    MessageTemplate template = MessageTemplate.of("Brak poczęstunku (jest ''opcjonalny'').", Language.POLISH.locale(), " Uwaga.");
    assertThat(template.isConstant()).isTrue();
    assertThat(template.uses(0)).isFalse();
    assertThat(template.format()).isSameAs(template.format()).isEqualTo("Brak poczęstunku (jest 'opcjonalny'). Uwaga.");
  }
}
