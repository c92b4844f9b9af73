package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.core.ModalClass.OBSERVATION;
import static pl.kcs.core.ModalClass.RECOMMENDATION;
import static pl.kcs.core.ModalClass.REQUIREMENT;
import static pl.kcs.core.ModalClass.SUGGESTION;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How strongly the sources word each fact: the modal class of the catalogue, read line by line
 * against the Polish seeds and checked here by the deciding words themselves.
 */
class FactModalClassTest {

  /**
   * The words that make a statement of each class (catalogue header, ModalClass). A clause of that
   * class must quote one of them, or carry a note that says why kcs reads it so.
   */
  private static final ImmutableMap<ModalClass, List<String>> WORDS_OF =
      ImmutableMap.of(
          REQUIREMENT,
          List.of("musi", "nie może", "trzeba", "konieczn", "potrzebn", "niezbędn", "wymaga"),
          RECOMMENDATION,
          List.of("powin", "należy", "ważn"),
          SUGGESTION,
          List.of(
              "warto",
              "może",
              "mogą",
              "można",
              "możliw",
              "np.",
              "przykładow",
              "opcjonalnie",
              "ułatwi",
              "rekomendowan",
              "wskazan",
              "dobrze",
              "cenn",
              "zachęcamy",
              "ewentualnie",
              "wystarczy",
              "sprawdzon"));

  // ---- every fact -------------------------------------------------------------------------------

  @Test
  void every_fact_has_a_title_a_section_and_polish_and_english_paraphrases() {
    for (FactId fact : FactId.all()) {
      for (Language language : Language.values()) {
        assertThat(fact.title(language)).as("%s title in %s", fact, language).isNotBlank();
        assertThat(fact.describe(language)).as("%s in %s", fact, language).isNotBlank();
      }
      assertThat(fact.describe(Language.POLISH))
          .as(fact.id())
          .isNotEqualTo(fact.describe(Language.ENGLISH));
      assertThat(fact.title(Language.POLISH))
          .as(fact.id())
          .isNotEqualTo(fact.title(Language.ENGLISH));
      assertThat(fact.section()).as(fact.id()).isNotBlank();
      assertThat(fact.source()).as(fact.id()).isNotNull();
    }
  }

  @Test
  void every_fact_has_clauses_with_deciding_words_and_both_paraphrases() {
    for (FactId fact : FactId.all()) {
      assertThat(fact.clauses()).as(fact.id()).isNotEmpty();
      for (FactClause clause : fact.clauses()) {
        assertThat(clause.decidingWords())
            .as("%s %s", fact, clause)
            .isNotEmpty()
            .allMatch(words -> !words.isBlank());
        assertThat(clause.paraphrase(Language.POLISH)).as("%s %s", fact, clause).isNotBlank();
        assertThat(clause.paraphrase(Language.ENGLISH)).as("%s %s", fact, clause).isNotBlank();
        clause.note().ifPresent(note -> assertThat(note).as("%s %s", fact, clause).isNotBlank());
      }
    }
  }

  @Test
  void
      every_fact_is_as_strong_as_its_strongest_clause_and_its_deciding_words_are_those_of_that_clause() {
    for (FactId fact : FactId.all()) {
      ModalClass strongest =
          fact.clauses().stream().map(FactClause::modalClass).max(Enum::compareTo).orElseThrow();
      assertThat(fact.modalClass()).as(fact.id()).isEqualTo(strongest);

      List<String> wordsOfStrongest =
          fact.clauses().stream()
              .filter(clause -> clause.modalClass() == strongest)
              .flatMap(clause -> clause.decidingWords().stream())
              .distinct()
              .collect(Collectors.toList());
      assertThat(fact.decidingWords())
          .as(fact.id())
          .isNotEmpty()
          .containsExactlyElementsOf(wordsOfStrongest);
    }
  }

  @Test
  void every_fact_describes_itself_by_its_clauses_in_order() {
    for (FactId fact : FactId.all()) {
      for (Language language : Language.values()) {
        String joined =
            fact.clauses().stream()
                .map(c -> c.paraphrase(language))
                .collect(Collectors.joining(" "));
        assertThat(fact.describe(language)).as(fact.id()).isEqualTo(joined);
      }
    }
  }

  @Test
  void every_clause_above_an_observation_quotes_a_word_of_its_class_or_says_why_it_is_read_so() {
    int checked = 0;
    for (FactId fact : FactId.all()) {
      for (FactClause clause : fact.clauses()) {
        if (clause.modalClass() == OBSERVATION) {
          continue;
        }
        checked++;
        String quoted = String.join(" ", clause.decidingWords()).toLowerCase(Locale.ROOT);
        boolean hasWordOfItsClass =
            WORDS_OF.get(clause.modalClass()).stream().anyMatch(quoted::contains);
        assertThat(hasWordOfItsClass || clause.note().isPresent())
            .as("%s %s quotes no word of its class and has no note", fact, clause)
            .isTrue();
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(80);
  }

  @Test
  void no_requirement_rests_on_a_note_alone_every_one_quotes_a_word_of_necessity() {
    for (FactId fact : FactId.all()) {
      for (FactClause clause : fact.clauses()) {
        if (clause.modalClass() == REQUIREMENT) {
          String quoted = String.join(" ", clause.decidingWords()).toLowerCase(Locale.ROOT);
          assertThat(WORDS_OF.get(REQUIREMENT))
              .as("%s %s", fact, clause)
              .anyMatch(quoted::contains);
        }
      }
    }
  }

  @Test
  void the_catalogue_uses_every_modal_class() {
    assertThat(FactId.all()).extracting(FactId::modalClass).contains(ModalClass.values());
    assertThat(FactId.all()).filteredOn(f -> f.modalClass() == REQUIREMENT).hasSizeBetween(10, 25);
  }

  @Test
  void
      the_reported_effects_and_difficulties_and_the_descriptions_are_observations_that_never_gate() {
    List<String> observations =
        List.of(
            "KCS-WHO",
            "KCS-PROB",
            "KCS-SUC",
            "KCS-DIF-DIVERSITY",
            "KCS-DIF-RULES",
            "KCS-DIF-NEWCOMERS",
            "KCS-EFF-LONELINESS",
            "KCS-EFF-SELFRUN",
            "KCS-EFF-INDEPENDENT",
            "KCS-EFF-CONFIDENCE",
            "KCS-EFF-TIES",
            "KCS-COST-EVENT",
            "KS-GOALS",
            "KS-VALUES",
            "KS-WHO",
            "KS-FORMS",
            "KS-PARTNERS",
            "OPEN-COHOST",
            "MA-GROUP",
            "MA-BARRIER");
    for (String id : observations) {
      assertThat(FactId.of(id).modalClass()).as(id).isEqualTo(OBSERVATION);
    }
    assertThat(FactId.all())
        .filteredOn(f -> f.modalClass() == OBSERVATION)
        .extracting(FactId::id)
        .containsExactlyInAnyOrderElementsOf(observations);
  }

  // ---- the readings, named after the seed's words -----------------------------------------------

  @Test
  void kcs_s1b_team_conversation_is_a_suggestion_because_the_source_says_warto() {
    FactClause conversation = FactId.of("KCS-S1B-TEAM").clauses().get(0);

    assertThat(conversation.modalClass()).isEqualTo(SUGGESTION);
    assertThat(conversation.decidingWords())
        .containsExactly("Na początku warto przeprowadzić pogłębioną wstępną rozmowę");
    assertThat(conversation.note().orElseThrow()).contains("powinno ono przebiegać w ten sposób");
  }

  @Test
  void kcs_s1b_team_is_a_recommendation_because_explaining_the_decision_to_the_team_is_wazne() {
    FactId team = FactId.of("KCS-S1B-TEAM");

    assertThat(team.modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(team.decidingWords())
        .containsExactly(
            "Ważne, aby wyjaśnić członkom i członkiniom zespołu znaczenie podjętej decyzji");
    assertThat(classes(team)).containsExactly(SUGGESTION, SUGGESTION, RECOMMENDATION, SUGGESTION);
  }

  @Test
  void kcs_s1b_animators_is_a_requirement_because_the_role_nie_moze_sie_odbywac_przy_okazji() {
    FactId animators = FactId.of("KCS-S1B-ANIMATORS");

    assertThat(animators.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(animators.decidingWords())
        .containsExactly(
            "nie może się odbywać „przy okazji”, tylko jako codzienne zadanie służbowe",
            "nie może być to wyłącznie zadanie służbowe");
    assertThat(clauseQuoting(animators, "należy powołać").modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(clauseQuoting(animators, "powinni mieć własną motywację").modalClass())
        .isEqualTo(RECOMMENDATION);
    assertThat(clauseQuoting(animators, "Cenne będzie doświadczenie").modalClass())
        .isEqualTo(SUGGESTION);
  }

  @Test
  void kcs_rem_fte_is_a_requirement_because_the_work_musi_stanowic_jasno_okreslona_czesc_etatu() {
    FactId fte = FactId.of("KCS-REM-FTE");

    assertThat(fte.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(fte.decidingWords())
        .containsExactly(
            "nie może być wykonywana „przy okazji”", "musi stanowić jasno określoną część etatu");
  }

  @Test
  void kcs_rem_fte_half_a_post_wystarczy_is_a_suggestion_of_sufficiency_not_a_minimum() {
    FactClause half =
        clauseQuoting(FactId.of("KCS-REM-FTE"), "łącznie wystarczy ½ etatu na 1 lub 2 osoby");

    assertThat(half.modalClass()).isEqualTo(SUGGESTION);
    assertThat(half.paraphrase(Language.ENGLISH)).contains("not a minimum");
    assertThat(half.paraphrase(Language.POLISH)).contains("a nie dolna granica");
  }

  @Test
  void
      kcs_s2a_is_a_suggestion_because_partners_z_duzym_prawdopodobienstwem_ulatwia_and_warto_invite_them() {
    FactId partners = FactId.of("KCS-S2A");

    assertThat(partners.modalClass()).isEqualTo(SUGGESTION);
    assertThat(partners.decidingWords())
        .contains("z dużym prawdopodobieństwem ułatwi rekrutację")
        .anyMatch(words -> words.startsWith("warto się skupić"));
  }

  @Test
  void
      kcs_s2b_is_a_requirement_because_preparation_is_potrzebne_while_the_topics_are_przykladowe() {
    FactId training = FactId.of("KCS-S2B");

    assertThat(training.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(training.decidingWords())
        .containsExactly("potrzebne jest odpowiednie przygotowanie animatorów i animatorek");
    assertThat(classes(training)).containsExactly(REQUIREMENT, SUGGESTION, SUGGESTION);
    assertThat(training.clauses().subList(1, 3))
        .allMatch(c -> c.decidingWords().contains("przykładowe tematy szkoleń"));
  }

  @Test
  void kcs_s1a_is_a_suggestion_because_the_authors_zachecaja_and_documents_moga_uzasadniac() {
    FactId rooting = FactId.of("KCS-S1A");

    assertThat(rooting.modalClass()).isEqualTo(SUGGESTION);
    assertThat(classes(rooting)).containsOnly(SUGGESTION).hasSize(3);
    assertThat(rooting.decidingWords())
        .containsExactly(
            "zachęcamy do zapoznania się z funkcjonującymi aktami prawnymi",
            "mogą uzasadniać podejmowanie działań",
            "można również na stałe wpisać");
  }

  @Test
  void kcs_s1b_scale_is_a_requirement_because_trzeba_przeprowadzic_analize_i_podjac_decyzje() {
    assertThat(FactId.of("KCS-S1B-SCALE").modalClass()).isEqualTo(REQUIREMENT);
    assertThat(FactId.of("KCS-S1B-SCALE").decidingWords().get(0))
        .startsWith("Trzeba też przeprowadzić");
  }

  @Test
  void
      kcs_s1b_premises_and_equipment_are_requirements_because_they_are_potrzebne_but_refreshments_are_opcjonalnie() {
    assertThat(FactId.of("KCS-S1B-PREMISES").modalClass()).isEqualTo(REQUIREMENT);
    assertThat(FactId.of("KCS-S1B-EQUIPMENT").modalClass()).isEqualTo(REQUIREMENT);
    assertThat(FactId.of("KCS-S1B-EQUIPMENT").decidingWords()).startsWith("potrzebne są");
    assertThat(
            clauseQuoting(FactId.of("KCS-S1B-EQUIPMENT"), "opcjonalnie poczęstunek").modalClass())
        .isEqualTo(SUGGESTION);
    assertThat(clauseQuoting(FactId.of("KCS-S1B-PREMISES"), "np. jasny pokój").modalClass())
        .isEqualTo(SUGGESTION);
  }

  @Test
  void kcs_s1b_supervision_is_a_requirement_because_it_is_konieczne() {
    FactId supervision = FactId.of("KCS-S1B-SUPERVISION");

    assertThat(supervision.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(supervision.decidingWords())
        .containsExactly(
            "Konieczne też jest zapewnienie regularnych superwizji animatorowi lub animatorce");
  }

  @Test
  void kcs_m1_is_a_recommendation_because_the_space_powinna_byc_neutralna_przyjazna_i_bezpieczna() {
    FactId openDoors = FactId.of("KCS-M1");

    assertThat(openDoors.modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(openDoors.decidingWords())
        .containsExactly("Przestrzeń powinna być neutralna, przyjazna i bezpieczna");
    assertThat(openDoors.clauses().get(0).modalClass()).isEqualTo(OBSERVATION);
  }

  @Test
  void
      kcs_m2_is_a_suggestion_for_groups_na_wczesnym_etapie_lub_w_dluzszej_perspektywie_led_by_their_leaders() {
    FactId cultureOfSupport = FactId.of("KCS-M2");

    assertThat(cultureOfSupport.modalClass()).isEqualTo(SUGGESTION);
    assertThat(cultureOfSupport.clauses().get(0).decidingWords().get(0))
        .endsWith("na ich wczesnym etapie lub w dłuższej perspektywie");
    assertThat(cultureOfSupport.describe(Language.POLISH))
        .contains("liderzy i liderki grup dotarli do osób w podobnej sytuacji");
    assertThat(cultureOfSupport.describe(Language.ENGLISH))
        .contains("help its leaders reach people in a similar situation");
  }

  @Test
  void
      kcs_m3_kluczowy_wariant_is_a_suggestion_whose_first_form_is_the_institutions_own_programme() {
    FactId supportOfCulture = FactId.of("KCS-M3");

    assertThat(supportOfCulture.modalClass()).isEqualTo(SUGGESTION);
    assertThat(supportOfCulture.clauses().get(0).modalClass()).isEqualTo(OBSERVATION);
    assertThat(supportOfCulture.describe(Language.ENGLISH))
        .contains("the institution's cultural programme, which the institution proposes");
  }

  @Test
  void kcs_m4_is_a_recommendation_because_co_creation_is_wazna_rola_instytucji() {
    assertThat(FactId.of("KCS-M4").modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(FactId.of("KCS-M4").decidingWords().get(0)).startsWith("ważną rolą instytucji");
  }

  @Test
  void kcs_s3_is_a_suggestion_because_a_kcs_moze_funkcjonowac_wedlug_modeli_that_overlap() {
    FactId operation = FactId.of("KCS-S3");

    assertThat(operation.modalClass()).isEqualTo(SUGGESTION);
    assertThat(classes(operation)).containsExactly(SUGGESTION, OBSERVATION);
  }

  @Test
  void kcs_s2c_recruitment_is_a_recommendation_stated_as_a_step_przychodzi_czas_na() {
    FactClause recruitment = FactId.of("KCS-S2C").clauses().get(0);

    assertThat(recruitment.modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(recruitment.note().orElseThrow()).contains("indicative");
  }

  @Test
  void kcs_rem_points_are_recommendations_because_szczegolnie_nalezy_pamietac() {
    for (String id :
        List.of("KCS-REM-SPACE", "KCS-REM-PEOPLE", "KCS-REM-SUPPORT", "KCS-REM-RULES")) {
      assertThat(FactId.of(id).modalClass()).as(id).isEqualTo(RECOMMENDATION);
      assertThat(FactId.of(id).clauses().get(0).decidingWords())
          .as(id)
          .startsWith("szczególnie należy pamiętać o");
    }
    assertThat(FactId.of("KCS-REM-PEOPLE").decidingWords())
        .contains(
            "bardzo ważne jest to, żeby takie osoby rzeczywiście były związane z ideą samopomocy");
  }

  @Test
  void kcs_dif_rules_is_a_reported_difficulty_that_a_regulamin_dissolves_never_a_precondition() {
    FactId rules = FactId.of("KCS-DIF-RULES");

    assertThat(rules.modalClass()).isEqualTo(OBSERVATION);
    assertThat(rules.decidingWords())
        .contains(
            "trudności i obawy animatorów związane z brakiem odpowiednich kompetencji znikają");
  }

  @Test
  void kcs_dif_newcomers_nierzadko_wymaga_is_reported_as_may_need_not_always() {
    FactId newcomers = FactId.of("KCS-DIF-NEWCOMERS");

    assertThat(newcomers.modalClass()).isEqualTo(OBSERVATION);
    assertThat(newcomers.decidingWords().get(0)).contains("nierzadko wymaga");
    assertThat(newcomers.describe(Language.ENGLISH))
        .contains("often, though not always")
        .contains("may need");
  }

  @Test
  void kcs_eff_ties_is_reported_for_the_refugee_womens_group_only() {
    FactId ties = FactId.of("KCS-EFF-TIES");

    assertThat(ties.decidingWords())
        .contains("w przypadku grupy samopomocowej skierowanej do uchodźczyń");
    assertThat(ties.describe(Language.ENGLISH)).contains("refugee women");
  }

  @Test
  void kcs_cost_lines_are_required_funds_with_estimated_amounts_except_the_extra_events() {
    for (String id : List.of("KCS-COST-ANIMATOR", "KCS-COST-TRAINING", "KCS-COST-SUPERVISION")) {
      assertThat(FactId.of(id).modalClass()).as(id).isEqualTo(REQUIREMENT);
      assertThat(FactId.of(id).decidingWords()).as(id).startsWith("wymaga środków na");
      assertThat(classes(FactId.of(id))).as(id).contains(OBSERVATION);
    }
    assertThat(FactId.of("KCS-COST-EVENT").modalClass()).isEqualTo(OBSERVATION);
    assertThat(FactId.of("KCS-COST-PARTNERS").modalClass()).isEqualTo(SUGGESTION);
  }

  @Test
  void
      ks_people_is_a_requirement_because_it_is_niezbedne_zaplecze_though_the_coordinator_nie_musi_work_full_time() {
    FactId people = FactId.of("KS-PEOPLE");

    assertThat(people.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(people.decidingWords())
        .startsWith("Niezbędne zaplecze KS", "Pracą KS kieruje koordynator");
    assertThat(clauseQuoting(people, "nie musi być to pełny etat").modalClass())
        .isEqualTo(SUGGESTION);
    assertThat(clauseQuoting(people, "Zespół OPS powinien").modalClass()).isEqualTo(RECOMMENDATION);
  }

  @Test
  void ks_hours_is_a_recommendation_because_the_point_powinien_byc_czynny_minimum_6_godzin() {
    FactId hours = FactId.of("KS-HOURS");

    assertThat(hours.modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(hours.decidingWords())
        .containsExactly(
            "punkt informacyjny w Klubie powinien być czynny minimum 6 godzin tygodniowo");
    assertThat(clauseQuoting(hours, "np. 8-10 lub 16-18").modalClass()).isEqualTo(SUGGESTION);
  }

  @Test
  void
      ks_room_is_a_requirement_with_an_accessible_room_that_is_dobrze_and_field_points_that_klub_moze() {
    FactId room = FactId.of("KS-ROOM");

    assertThat(room.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(classes(room)).containsExactly(REQUIREMENT, SUGGESTION, SUGGESTION);
  }

  @Test
  void ks_equipment_is_a_requirement_of_basic_furniture_with_the_rest_rekomendowane() {
    FactId equipment = FactId.of("KS-EQUIPMENT");

    assertThat(equipment.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(equipment.decidingWords()).contains("Wyposażenie: podstawowe meble");
    assertThat(clauseQuoting(equipment, "Rekomendowane").modalClass()).isEqualTo(SUGGESTION);
  }

  @Test
  void ks_formal_is_stated_as_the_clubs_set_up_and_its_strategy_is_only_wskazane() {
    FactId formal = FactId.of("KS-FORMAL");

    assertThat(formal.modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(clauseQuoting(formal, "Wskazane jest").modalClass()).isEqualTo(SUGGESTION);
  }

  @Test
  void open_tools_are_recommendations_because_they_are_wazne_narzedzia() {
    assertThat(FactId.of("OPEN-TOOLS-SOCIAL").decidingWords())
        .containsExactly(
            "Ważne narzędzia otwierania instytucji", "szczególnie w pomocy społecznej");
    assertThat(FactId.of("OPEN-TOOLS-CULTURE").decidingWords())
        .containsExactly("Ważne narzędzia otwierania instytucji", "szczególnie w kulturze");
    assertThat(FactId.of("OPEN-TOOLS-SOCIAL").modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(FactId.of("OPEN-TOOLS-CULTURE").modalClass()).isEqualTo(RECOMMENDATION);
  }

  @Test
  void open_practices_are_suggestions_except_that_a_stable_group_is_wazna_wartosc() {
    FactId practices = FactId.of("OPEN-PRACTICES");

    assertThat(practices.modalClass()).isEqualTo(RECOMMENDATION);
    assertThat(practices.decidingWords()).containsExactly("stała grupa to ważna wartość");
    assertThat(clauseQuoting(practices, "trzeba wypracować").modalClass()).isEqualTo(OBSERVATION);
  }

  @Test
  void
      ma_autonomy_is_a_requirement_because_self_organisation_nie_moze_byc_traktowana_jako_uzupelnienie() {
    FactId autonomy = FactId.of("MA-AUTONOMY");

    assertThat(autonomy.modalClass()).isEqualTo(REQUIREMENT);
    assertThat(autonomy.decidingWords())
        .contains(
            "Samoorganizacja doświadczonych nie może być traktowana jako element uzupełniający profesjonalnych działań pomocowych");
    assertThat(clauseQuoting(autonomy, "co nie wyklucza współpracy").modalClass())
        .isEqualTo(SUGGESTION);
    assertThat(clauseQuoting(autonomy, "wystarczającym potencjałem").modalClass())
        .isEqualTo(RECOMMENDATION);
  }

  @Test
  void
      ma_assumptions_name_the_parallel_relation_reciprocity_and_authenticity_which_musi_rest_on_trust() {
    FactId assumptions = FactId.of("MA-ASSUMPTIONS");

    assertThat(assumptions.clauses()).hasSize(4);
    assertThat(assumptions.describe(Language.ENGLISH))
        .contains("parallel relation", "Reciprocity", "Authenticity");
    assertThat(assumptions.decidingWords())
        .containsExactly("musi opierać się na poczuciu zaufania uczestników");
  }

  private static List<ModalClass> classes(FactId fact) {
    return fact.clauses().stream().map(FactClause::modalClass).collect(Collectors.toList());
  }

  private static FactClause clauseQuoting(FactId fact, String words) {
    return fact.clauseQuoting(words);
  }
}
