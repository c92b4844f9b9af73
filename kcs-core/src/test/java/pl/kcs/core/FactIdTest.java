package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreContracts;

/** The fact IDs and what the catalogue says about each (docs/facts.md). */
class FactIdTest {

  @Test
  void should_return_the_same_interned_fact_for_an_id_of_the_catalogue() {
    FactId fact = FactId.of("KCS-S1B-SUPERVISION");

    assertThat(fact.id()).isEqualTo("KCS-S1B-SUPERVISION");
    assertThat(fact).hasToString("KCS-S1B-SUPERVISION").isSameAs(FactId.of("KCS-S1B-SUPERVISION"));
  }

  @Test
  void
      should_reject_an_id_that_is_not_in_the_catalogue_naming_it_only_if_it_is_shaped_like_an_id() {
    assertThatThrownBy(() -> FactId.of("KCS-NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact id must be one of kcs's fact IDs (docs/facts.md), was KCS-NOPE");
    assertThatThrownBy(() -> FactId.of("kcs-who"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fact id must be one of kcs's fact IDs (docs/facts.md), was a value of 7 characters"
                + " that is not shaped like a fact ID (the value is not repeated)");
    assertThatThrownBy(() -> FactId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void should_never_repeat_free_text_in_the_message_for_an_unknown_id() {
    String longId = "KCS-" + "A".repeat(37);
    List<String> notRepeated =
        List.of("NOPE", "Anna Nowak", "KCS-S1B TEAM", "KCS-S1B-team", longId, "", "KCS-\nX");

    for (String value : notRepeated) {
      assertThatThrownBy(() -> FactId.of(value))
          .as("%s", value.length())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("not shaped like a fact ID (the value is not repeated)")
          .hasMessageNotContaining(value.isEmpty() ? "was ," : value);
    }
    String longestShapedLikeAnId = "KCS-" + "A".repeat(36);
    assertThatThrownBy(() -> FactId.of(longestShapedLikeAnId))
        .hasMessageEndingWith("was " + longestShapedLikeAnId);
  }

  @Test
  void should_list_every_fact_in_id_order() {
    ImmutableList<FactId> all = FactId.all().asList();

    assertThat(all).hasSize(60).isSorted().contains(FactId.of("KCS-WHO"), FactId.of("MA-BARRIER"));
    assertThat(FactId.of("KCS-M1")).isLessThan(FactId.of("KCS-M2"));
    assertThat(FactId.inCatalogueOrder()).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void should_hash_distinct_facts_apart_so_that_maps_keyed_by_fact_stay_fast() {
    assertThat(FactId.all().stream().map(FactId::hashCode).distinct().count())
        .isEqualTo(FactId.all().size());
  }

  @Test
  void should_keep_the_catalogue_in_the_order_of_the_sources() {
    ImmutableList<FactId> ordered = FactId.inCatalogueOrder();

    assertThat(ordered.get(0)).isEqualTo(FactId.of("KCS-WHO"));
    assertThat(ordered.get(ordered.size() - 1)).isEqualTo(FactId.of("MA-BARRIER"));
    assertThat(ordered).extracting(FactId::source).isSortedAccordingTo(SourceDocument::compareTo);
    assertThat(ordered.indexOf(FactId.of("KCS-S1A")))
        .isLessThan(ordered.indexOf(FactId.of("KCS-S1B-TEAM")));
    assertThat(ordered.indexOf(FactId.of("KCS-S2C")))
        .isLessThan(ordered.indexOf(FactId.of("KCS-S3")));
  }

  @Test
  void should_give_each_prefix_its_source_document() {
    for (FactId fact : FactId.all()) {
      SourceDocument expected =
          fact.id().startsWith("KCS-")
              ? SourceDocument.KCS_GUIDE
              : fact.id().startsWith("KS-")
                  ? SourceDocument.SELF_HELP_CLUB
                  : fact.id().startsWith("OPEN-")
                      ? SourceDocument.OPENING_PANEL
                      : SourceDocument.MUTUAL_AID_ARTICLE;
      assertThat(fact.source()).as(fact.id()).isEqualTo(expected);
    }
    assertThat(FactId.all()).filteredOn(fact -> fact.id().startsWith("KS-")).hasSize(11);
    assertThat(FactId.all()).filteredOn(fact -> fact.id().startsWith("OPEN-")).hasSize(5);
    assertThat(FactId.all()).filteredOn(fact -> fact.id().startsWith("MA-")).hasSize(7);
  }

  @Test
  void should_name_the_section_as_the_source_titles_it() {
    assertThat(FactId.of("KCS-S1B-TEAM").section())
        .isEqualTo("Etap 1 b) Przygotowanie zespołu i zasobów");
    assertThat(FactId.of("KCS-S2B").section())
        .isEqualTo("Etap 2 b) Szkolenie animatorów i animatorek KCS");
    assertThat(FactId.of("KCS-M1").section()).isEqualTo("Etap 3 — Model 1. Drzwi otwarte");
    assertThat(FactId.of("KS-HOURS").section()).isEqualTo("Niezbędne zaplecze KS — Techniczne");
    assertThat(FactId.of("MA-ASSUMPTIONS").section())
        .isEqualTo("Grupy pomocy wzajemnej – założenia");
  }

  @Test
  void should_describe_a_fact_in_polish_and_english_in_its_own_words() {
    FactId supervision = FactId.of("KCS-S1B-SUPERVISION");

    assertThat(supervision.title(Language.POLISH)).isEqualTo("Superwizja animatorów i animatorek");
    assertThat(supervision.title(Language.ENGLISH)).isEqualTo("Supervision of the animators");
    assertThat(supervision.describe(Language.POLISH))
        .startsWith("Każdy animator i każda animatorka muszą mieć zapewnioną regularną superwizję.")
        .contains("nie są grupami terapeutycznymi");
    assertThat(supervision.describe(Language.ENGLISH))
        .startsWith("Every animator must be given regular supervision.")
        .contains("not therapy groups");
  }

  @Test
  void should_title_the_source_documents_in_both_languages() {
    assertThat(SourceDocument.KCS_GUIDE.number()).isEqualTo("000");
    assertThat(SourceDocument.MUTUAL_AID_ARTICLE.number()).isEqualTo("004");
    assertThat(SourceDocument.SELF_HELP_CLUB.label(Locale.forLanguageTag("pl")))
        .isEqualTo("Klub Samopomocy (KS) w ośrodku pomocy społecznej");
    assertThat(SourceDocument.SELF_HELP_CLUB.label(Locale.ENGLISH))
        .isEqualTo("The self-help club (KS) of a social-assistance centre");
    assertThat(SourceDocument.withNumber("003")).isEqualTo(SourceDocument.OPENING_PANEL);
    assertThat(SourceDocument.withNumber("005")).isNull();
  }

  @Test
  void should_find_the_one_statement_that_quotes_given_words() {
    FactId team = FactId.of("KCS-S1B-TEAM");

    assertThat(team.clauseQuoting("warto")).isSameAs(team.clauses().get(0));
    assertThat(team.clauseQuoting("Ważne, aby wyjaśnić").modalClass())
        .isEqualTo(ModalClass.RECOMMENDATION);
    assertThatThrownBy(() -> team.clauseQuoting("musi"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "words must be quoted by exactly one statement of KCS-S1B-TEAM, were quoted by 0 (the words are not repeated)");
    assertThatThrownBy(() -> FactId.of("KCS-S2B").clauseQuoting("przykładowe tematy szkoleń"))
        .hasMessage(
            "words must be quoted by exactly one statement of KCS-S2B, were quoted by 2 (the words are not repeated)");
    assertThatThrownBy(() -> team.clauseQuoting("")).hasMessageContaining("were quoted by 0");
  }

  @Test
  void should_satisfy_the_value_contracts() {
    NullPointerTester nulls = CoreContracts.nullPointerTester();
    nulls.testAllPublicStaticMethods(FactId.class);
    nulls.testAllPublicInstanceMethods(FactId.of("KCS-REM-FTE"));
    nulls.testAllPublicInstanceMethods(FactId.of("KCS-REM-FTE").clauses().get(0));

    FactClause first = FactId.of("KCS-REM-FTE").clauses().get(0);
    new EqualsTester()
        .addEqualityGroup(
            first,
            new FactClause(
                first.modalClass(),
                first.decidingWords(),
                first.paraphrase(Language.POLISH),
                first.paraphrase(Language.ENGLISH),
                first.note()))
        .addEqualityGroup(FactId.of("KCS-REM-FTE").clauses().get(1))
        .testEquals();
    assertThat(first)
        .hasToString(
            "RECOMMENDATION „szczególnie należy pamiętać o” „wyodrębnieniu osobnej części etatu na pracę animatora lub animatorki”");
  }

  @Test
  void should_give_every_domain_term_a_source_from_the_catalogue() {
    List<Class<? extends Enum<?>>> terms = MainTypes.enumsImplementing(DomainTerm.class);

    assertThat(terms).hasSizeGreaterThanOrEqualTo(40);
    for (Class<? extends Enum<?>> type : terms) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(((DomainTerm) constant).source())
            .as("%s.%s", type.getSimpleName(), constant.name())
            .isNotNull()
            .isIn(FactId.all());
      }
    }
  }

  @Test
  void should_make_every_kcs_core_enum_a_domain_term_except_the_library_vocabulary() {
    // The library's own words, not facts of the sources: languages, requirement levels, and the
    // vocabulary of the fact catalogue itself, and the plural forms of the two languages.
    assertThat(MainTypes.all())
        .filteredOn(Class::isEnum)
        .filteredOn(type -> !DomainTerm.class.isAssignableFrom(type))
        .filteredOn(type -> type.getEnclosingClass() != FactCatalogue.class)
        .containsExactlyInAnyOrder(
            Language.class,
            Requirement.class,
            ModalClass.class,
            SourceDocument.class,
            pl.kcs.core.text.PluralCategory.class);
  }

  @Test
  @DisplayName("KCS-HOST, KS-FORMAL: the two programmes come from their own facts")
  void programmes_cite_their_facts() {
    assertThat(Programme.KCS.source()).isEqualTo(FactId.of("KCS-HOST"));
    assertThat(Programme.KS.source()).isEqualTo(FactId.of("KS-FORMAL"));
  }
}
