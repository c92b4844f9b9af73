package pl.kcs.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.core.Language.ENGLISH;
import static pl.kcs.core.Language.POLISH;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Compiled message patterns: MessageFormat's syntax, plural agreement, prose dates. */
class MessageTemplateTest {

  private static final String GROUPS_PL =
      "{0,plural,one{# grupa} few{# grupy} many{# grup} other{# grupy}}";
  private static final String POSTS_PL =
      "łącznie {0,plural,one{# etat} few{# etaty} many{# etatów} other{# etatu}}";

  @Test
  void a_polish_noun_agrees_with_its_number() {
    MessageTemplate groups = MessageTemplate.compile(GROUPS_PL, POLISH);
    assertThat(groups.format(1)).isEqualTo("1 grupa");
    assertThat(groups.format(2)).isEqualTo("2 grupy");
    assertThat(groups.format(5)).isEqualTo("5 grup");
    assertThat(groups.format(22)).isEqualTo("22 grupy");
    assertThat(groups.format(1000)).isEqualTo("1 000 grup");
  }

  @Test
  @SuppressWarnings("deprecation")
  void post_fractions_take_the_genitive_singular() {
    MessageTemplate posts = MessageTemplate.compile(POSTS_PL, POLISH);
    assertThat(posts.format(PostFraction.QUARTER)).isEqualTo("łącznie ¼ etatu");
    assertThat(posts.format(Fte.of(3, 2))).isEqualTo("łącznie 1½ etatu");
    assertThat(posts.format(Fte.of(2, 1))).isEqualTo("łącznie 2 etaty");
    assertThat(posts.format(Fte.of(5, 1))).isEqualTo("łącznie 5 etatów");
    assertThat(posts.format(PostFraction.FULL)).isEqualTo("łącznie 1 etat");
    assertThat(posts.format(new BigDecimal("2.5"))).isEqualTo("łącznie 2,5 etatu");
  }

  @Test
  void an_english_noun_agrees_with_its_number() {
    MessageTemplate groups =
        MessageTemplate.compile("shared by {0,plural,one{# group} other{# groups}}", ENGLISH);
    assertThat(groups.format(1)).isEqualTo("shared by 1 group");
    assertThat(groups.format(0)).isEqualTo("shared by 0 groups");
    assertThat(groups.format(1000)).isEqualTo("shared by 1,000 groups");
  }

  @Test
  void an_exact_form_comes_before_the_category() {
    MessageTemplate blockers =
        MessageTemplate.compile(
            "{0,plural,=0{brak blokad} one{# blokada} few{# blokady} other{# blokad}}", POLISH);
    assertThat(blockers.format(0)).isEqualTo("brak blokad");
    assertThat(blockers.format(1)).isEqualTo("1 blokada");
    assertThat(blockers.format(3)).isEqualTo("3 blokady");
    assertThat(blockers.format(10)).isEqualTo("10 blokad");
  }

  @Test
  void a_date_is_written_in_prose() {
    MessageTemplate since = MessageTemplate.compile("od {0}", POLISH);
    assertThat(since.format(LocalDate.of(2024, 9, 2))).isEqualTo("od 2 września 2024 r.");
    assertThat(MessageTemplate.compile("since {0}", ENGLISH).format(LocalDate.of(2024, 9, 2)))
        .isEqualTo("since 2 September 2024");
  }

  @Test
  void a_date_ending_a_sentence_takes_one_full_stop() {
    assertThat(
            MessageTemplate.compile("Klub powołano z dniem {0}.", POLISH)
                .format(LocalDate.of(2023, 3, 1)))
        .isEqualTo("Klub powołano z dniem 1 marca 2023 r.");
    assertThat(MessageTemplate.compile("Ends {0}.", ENGLISH).format(LocalDate.of(2023, 3, 1)))
        .isEqualTo("Ends 1 March 2023.");
  }

  @Test
  void a_labelled_argument_becomes_its_label_in_the_template_language() {
    Labelled term = locale -> Language.of(locale) == POLISH ? "grupa" : "group";
    assertThat(MessageTemplate.compile("– {0} –", POLISH).format(term)).isEqualTo("– grupa –");
    assertThat(MessageTemplate.compile("– {0} –", ENGLISH).format(term)).isEqualTo("– group –");
  }

  @Test
  void patterns_without_plurals_read_exactly_as_message_format_reads_them() {
    List<String> patterns =
        List.of(
            "The club''s coordinator, {0}, ({1})",
            "'{0}' is literal, {1} is not",
            "KCS-u ''{0}'' i {2}",
            "tekst bez argumentów",
            "a quote '' inside 'quoted '' text' and {0}",
            "{1}{0}{1}",
            "unclosed 'quote {0}",
            "{0,number,#.##} and {1,choice,0#none|1#one|1<many}");
    Property.check()
        .forAll(
            Gens.zip(
                Gens.oneOf(patterns), Gens.strings("abcząę {}'#", 0, 8), (p, s) -> List.of(p, s)),
            pair -> {
              String pattern = pair.get(0);
              Object[] arguments = {pair.get(1).length(), 2, pair.get(1)};
              for (Language language : Language.values()) {
                assertThat(MessageTemplate.compile(pattern, language).format(arguments))
                    .isEqualTo(new MessageFormat(pattern, language.locale()).format(arguments));
              }
            });
  }

  @Test
  void a_missing_argument_stays_as_its_placeholder() {
    assertThat(MessageTemplate.compile("a {0} b {3}", POLISH).format("x")).isEqualTo("a x b {3}");
  }

  @Test
  void a_bad_pattern_fails_when_compiled_naming_the_place() {
    assertThatThrownBy(() -> MessageTemplate.compile("{0,plural,one{# grupa}}", POLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "message pattern has a plural argument without its 'other' form at position 23");
    assertThatThrownBy(() -> MessageTemplate.compile("{0,plural,dwa{x} other{y}}", POLISH))
        .hasMessageStartingWith("message pattern has an unknown plural form 'dwa'");
    assertThatThrownBy(() -> MessageTemplate.compile("{0", POLISH))
        .hasMessage("message pattern has an argument not closed by '}' at position 2");
    assertThatThrownBy(() -> MessageTemplate.compile("a } b", POLISH))
        .hasMessage("message pattern has an unmatched '}' at position 2");
    assertThatThrownBy(() -> MessageTemplate.compile("{x}", POLISH))
        .hasMessageStartingWith("message pattern has an argument that is not a number");
  }

  @Test
  void a_plural_of_something_that_is_not_a_number_is_refused() {
    MessageTemplate groups = MessageTemplate.compile(GROUPS_PL, POLISH);
    assertThatThrownBy(() -> groups.format("5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a plural argument must be a number or a Quantity, was a String");
  }
}
