package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue is read strictly: a malformed file fails loudly, naming the line. */
class FactCatalogueTest {

  private static final List<String> ONE_FACT =
      List.of(
          "# a comment",
          "",
          "[KCS-S1B-TEAM]",
          "source: 000",
          "section: Etap 1 b) Przygotowanie zespołu i zasobów",
          "title.pl: Rozmowa z zespołem",
          "title.en: The team conversation",
          "modal: RECOMMENDATION",
          "clause: SUGGESTION",
          "words: Na początku warto",
          "pl: Warto porozmawiać z zespołem.",
          "en: It is worth talking to the team.",
          "note: The statement's own word.",
          "clause: RECOMMENDATION",
          "words: Ważne, aby wyjaśnić",
          "words: znaczenie podjętej decyzji",
          "pl: Ważne, by zespół rozumiał decyzję.",
          "en: It is important that the team understands the decision.");

  @Test
  void should_read_a_well_formed_catalogue() {
    ImmutableList<FactCatalogue.Entry> entries = FactCatalogue.parse("test.txt", ONE_FACT);

    assertThat(entries).hasSize(1);
    FactCatalogue.Entry team = entries.get(0);
    assertThat(team.id()).isEqualTo("KCS-S1B-TEAM");
    assertThat(team.source()).isEqualTo(SourceDocument.KCS_GUIDE);
    assertThat(team.modalClass()).isEqualTo(ModalClass.RECOMMENDATION);
    assertThat(team.clauses()).hasSize(2);
    assertThat(team.clauses().get(0).note()).contains("The statement's own word.");
    assertThat(team.clauses().get(1).note()).isEmpty();
    assertThat(team.clauses().get(1).decidingWords())
        .containsExactly("Ważne, aby wyjaśnić", "znaczenie podjętej decyzji");
  }

  @Test
  void should_read_the_shipped_catalogue_of_sixty_facts() {
    assertThat(FactCatalogue.load()).hasSize(60);
  }

  @Test
  void should_name_the_line_of_a_missing_key() {
    assertFailsAt(without(ONE_FACT, 4), "test.txt line 4: expected 'source', was 'section'");
  }

  @Test
  void should_name_the_line_of_a_key_out_of_order() {
    List<String> swapped = new ArrayList<>(ONE_FACT);
    swapped.set(5, ONE_FACT.get(6));
    swapped.set(6, ONE_FACT.get(5));
    assertFailsAt(swapped, "test.txt line 6: expected 'title.pl', was 'title.en'");
  }

  @Test
  void should_reject_a_clause_without_deciding_words() {
    assertFailsAt(without(ONE_FACT, 10), "test.txt line 10: expected 'words', was 'pl'");
  }

  @Test
  void should_reject_a_fact_without_any_clause() {
    assertFailsAt(
        ONE_FACT.subList(0, 8),
        "test.txt line 9: fact KCS-S1B-TEAM (line 3) is incomplete: expected a 'clause'");
  }

  @Test
  void should_reject_a_clause_cut_short_by_the_next_fact() {
    List<String> cut = new ArrayList<>(ONE_FACT.subList(0, 11));
    cut.add("[KCS-WHO]");
    assertFailsAt(cut, "test.txt line 12: fact KCS-S1B-TEAM (line 3) is incomplete: expected 'en'");
  }

  @Test
  void should_reject_a_modal_class_that_is_not_the_strongest_clause() {
    List<String> wrong = with(ONE_FACT, 8, "modal: REQUIREMENT");
    assertFailsAt(
        wrong,
        "test.txt line 19: fact KCS-S1B-TEAM (line 3) says modal: REQUIREMENT, but its strongest clause is RECOMMENDATION");
  }

  @Test
  void should_reject_an_unknown_modal_class_source_or_key() {
    assertFailsAt(
        with(ONE_FACT, 9, "clause: ADVICE"),
        "test.txt line 9: a modal class is OBSERVATION, SUGGESTION, RECOMMENDATION or REQUIREMENT, was 'ADVICE'");
    assertFailsAt(
        with(ONE_FACT, 4, "source: 007"),
        "test.txt line 4: source must be one of 000, 001, 002, 003, 004, was '007'");
    assertFailsAt(
        with(ONE_FACT, 13, "notes: x"), "test.txt line 13: expected 'clause', was 'notes'");
    assertFailsAt(
        with(ONE_FACT, 13, "just text"),
        "test.txt line 13: expected 'key: value' or [FACT-ID], was 'just text'");
    assertFailsAt(with(ONE_FACT, 11, "pl: "), "test.txt line 11: 'pl' has no value");
  }

  @Test
  void should_reject_a_malformed_or_repeated_fact_id() {
    assertFailsAt(
        with(ONE_FACT, 3, "[kcs-team]"),
        "test.txt line 3: a fact ID is [A-Z][A-Z0-9]*(-[A-Z0-9]+)+ of at most 40 characters, was 'kcs-team'");
    assertFailsAt(
        with(ONE_FACT, 3, "[KCS-TEAM"),
        "test.txt line 3: a fact starts with [FACT-ID], was '[KCS-TEAM'");
    List<String> twice = new ArrayList<>(ONE_FACT);
    twice.addAll(ONE_FACT.subList(2, ONE_FACT.size()));
    assertFailsAt(twice, "test.txt line 19: fact KCS-S1B-TEAM appears twice");
  }

  @Test
  void should_reject_a_tab_an_overlong_line_and_an_empty_catalogue() {
    assertFailsAt(
        with(ONE_FACT, 11, "pl:\tWarto"),
        "test.txt line 11: the line holds a control character (a tab?)");
    assertFailsAt(
        with(ONE_FACT, 11, "pl: " + "a".repeat(5_000)),
        "test.txt line 11: the line is longer than 4000 characters");
    assertFailsAt(List.of("# nothing", ""), "test.txt line 3: the catalogue holds no fact");
    assertFailsAt(List.of("source: 000"), "test.txt line 1: expected [FACT-ID] before 'source'");
  }

  @Test
  void should_cut_a_long_piece_of_a_broken_line_short_in_the_message() {
    assertThatThrownBy(() -> FactCatalogue.parse("test.txt", with(ONE_FACT, 13, "x".repeat(300))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("'" + "x".repeat(40) + "…'");
  }

  private static void assertFailsAt(List<String> lines, String message) {
    assertThatThrownBy(() -> FactCatalogue.parse("test.txt", lines))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  /** The lines without line {@code number} (1-based). */
  private static List<String> without(List<String> lines, int number) {
    List<String> copy = new ArrayList<>(lines);
    copy.remove(number - 1);
    return copy;
  }

  /** The lines with line {@code number} (1-based) replaced. */
  private static List<String> with(List<String> lines, int number, String line) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(number - 1, line);
    return copy;
  }
}
