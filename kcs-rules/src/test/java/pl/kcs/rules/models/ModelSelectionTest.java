package pl.kcs.rules.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.core.stage.OperatingModel.M1_OPEN_DOORS;
import static pl.kcs.core.stage.OperatingModel.M2_CULTURE_OF_SUPPORT;
import static pl.kcs.core.stage.OperatingModel.M3_SUPPORT_OF_CULTURE;
import static pl.kcs.core.stage.OperatingModel.M4_CO_CREATING_PROGRAMME;
import static pl.kcs.rules.models.ModelsFixture.coCreating;
import static pl.kcs.rules.models.ModelsFixture.developing;
import static pl.kcs.rules.models.ModelsFixture.early;
import static pl.kcs.rules.models.ModelsFixture.everything;
import static pl.kcs.rules.models.ModelsFixture.forming;
import static pl.kcs.rules.models.ModelsFixture.spaceOnly;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.SupportForm;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.MessageCatalog;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;

/** The fit and non-fit of each model, their overlap, scores, forms of support and plans (KCS-S3). */
class ModelSelectionTest {

  private static final ModelSelection SELECTION = ModelSelection.withDefaultRules();
  private static final Locale PL = Locale.forLanguageTag("pl");

  @Test
  @DisplayName(
      "KCS-M1: open doors fit a group that runs itself where the institution only lends space")
  void open_doors_fit_a_group_that_runs_itself_with_space_only_KCS_M1() {
    ModelRecommendation recommendation = SELECTION.recommend(coCreating(), spaceOnly());

    // Model 4 fits too: "ważną rolą instytucji jest danie możliwości" of public events is a
    // recommendation, so its absence is a warning, not a gate.
    assertThat(recommendation.recommendedModels())
        .containsExactly(M1_OPEN_DOORS, M4_CO_CREATING_PROGRAMME);
    assertThat(recommendation.fit(M4_CO_CREATING_PROGRAMME).improvements())
        .extracting(o -> o.ruleId().value())
        .contains("kcs.m4.public-events");
    ModelFit fit = recommendation.fit(M1_OPEN_DOORS);
    assertThat(fit.supportForms()).containsExactly(SupportForm.SPACE_WITH_NIGHT_WATCHMAN);
    // Two gates of 3 points pass; the neutral space (2 points, unknown without the rooms) and the
    // night watchman (1 point) are missing.
    assertThat(fit.score().points()).isEqualTo(6);
    assertThat(fit.score().maxPoints()).isEqualTo(9);
    assertThat(fit.score().percent()).isEqualTo(66);
    assertThat(fit.score().render(Locale.ENGLISH)).isEqualTo("66/100 (6 of 9 points)");
    assertThat(fit.score().render(PL)).isEqualTo("66/100 (6 z 9 pkt)");
    assertThat(fit.improvements())
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m1.neutral-space", "kcs.m1.night-watchman");
    assertThat(fit.missing()).isEmpty();
  }

  @Test
  @DisplayName(
      "KCS-M1: open doors do not fit a group whose meetings the animator still leads, nor without free space")
  void open_doors_do_not_fit_an_early_group_nor_an_institution_without_space_KCS_M1() {
    assertThat(SELECTION.recommend(early(), spaceOnly()).missingFor(M1_OPEN_DOORS))
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m1.runs-itself");
    assertThat(
            SELECTION
                .recommend(
                    coCreating(), InstitutionOffer.of(0, InstitutionCapability.NIGHT_WATCHMAN))
                .missingFor(M1_OPEN_DOORS))
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m1.space");
  }

  @Test
  @DisplayName("KCS-M2: a culture of support fits a forming group, with the forms that apply")
  void culture_of_support_fits_a_forming_group_with_every_starting_form_KCS_M2() {
    ModelRecommendation recommendation = SELECTION.recommend(forming(), everything());

    assertThat(recommendation.recommends(M2_CULTURE_OF_SUPPORT)).isTrue();
    assertThat(recommendation.fit(M2_CULTURE_OF_SUPPORT).supportForms())
        .containsExactly(
            SupportForm.PROMOTION_AND_RECRUITMENT,
            SupportForm.KNOWLEDGE_AND_AGENCY,
            SupportForm.FIRST_MEETING,
            SupportForm.GOALS_RULES_CONTRACT);
    assertThat(recommendation.fit(M2_CULTURE_OF_SUPPORT).score().percent()).isEqualTo(100);
  }

  @Test
  @DisplayName(
      "KCS-M2: a developing group still without a contract gets help with goals, rules and contract only")
  void culture_of_support_fits_any_group_without_an_agreed_contract_KCS_M2() {
    SelfHelpGroup withoutContract =
        developing().withRules(ModelsFixture.agreed(RulesElement.GOALS, RulesElement.RULES));

    ModelRecommendation recommendation =
        SELECTION.recommend(
            withoutContract, InstitutionOffer.of(4, InstitutionCapability.ANIMATION));

    assertThat(recommendation.recommendedModels()).containsExactly(M2_CULTURE_OF_SUPPORT);
    assertThat(recommendation.fit(M2_CULTURE_OF_SUPPORT).supportForms())
        .containsExactly(SupportForm.GOALS_RULES_CONTRACT);
  }

  @Test
  @DisplayName("KCS-M2, KCS-DIF-RULES: written regulations count as agreed rules and contract")
  void written_regulations_count_as_rules_and_contract_KCS_M2_KCS_DIF_RULES() {
    ModelRecommendation recommendation =
        SELECTION.recommend(Fixtures.aMentalHealthPeerGroup(), everything());

    assertThat(ModelFacts.of(Fixtures.aMentalHealthPeerGroup(), everything()).missingAgreements())
        .isEmpty();
    // "lub w dłuższej perspektywie": Model 2 still fits, with training only, never with help to
    // agree goals, rules and contract it already has.
    assertThat(recommendation.recommends(M2_CULTURE_OF_SUPPORT)).isTrue();
    assertThat(recommendation.fit(M2_CULTURE_OF_SUPPORT).supportForms())
        .containsExactly(SupportForm.KNOWLEDGE_AND_AGENCY);
  }

  @Test
  @DisplayName(
      "KCS-M2: \"na ich wczesnym etapie lub w dłuższej perspektywie\": a formed group still fits through training, but not where the institution has nothing of Model 2 to give it")
  void culture_of_support_is_not_limited_to_early_groups_but_needs_a_form_to_give_KCS_M2() {
    ModelRecommendation formed = SELECTION.recommend(developing(), everything());
    assertThat(formed.recommends(M2_CULTURE_OF_SUPPORT)).isTrue();
    assertThat(formed.fit(M2_CULTURE_OF_SUPPORT).improvements())
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m2.needs-support");
    assertThat(
            SELECTION
                .recommend(developing(), InstitutionOffer.of(4, InstitutionCapability.ANIMATION))
                .missingFor(M2_CULTURE_OF_SUPPORT))
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m2.capacity");
    assertThat(SELECTION.recommend(forming(), spaceOnly()).missingFor(M2_CULTURE_OF_SUPPORT))
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m2.capacity");
    assertThat(SELECTION.recommend(forming(), spaceOnly()).recommendedModels()).isEmpty();
  }

  @Test
  @DisplayName(
      "KCS-M3: support of culture fits where the group stated needs and the institution has means for one")
  void support_of_culture_fits_stated_needs_with_means_KCS_M3() {
    InstitutionOffer programmeOnly =
        InstitutionOffer.of(4, InstitutionCapability.CULTURAL_PROGRAMME);

    ModelRecommendation recommendation =
        SELECTION.recommend(Fixtures.aRefugeeWomenGroup(), programmeOnly);

    assertThat(recommendation.recommends(M3_SUPPORT_OF_CULTURE)).isTrue();
    ModelFit fit = recommendation.fit(M3_SUPPORT_OF_CULTURE);
    assertThat(fit.supportForms())
        .containsExactly(SupportForm.PROGRAMME_PARTICIPATION, SupportForm.GROUP_STATED_NEEDS);
    // Outings are stated but without means: advice, not a gate.
    assertThat(fit.improvements())
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m3.outings");
    assertThat(fit.score().points()).isEqualTo(6);
    assertThat(fit.score().maxPoints()).isEqualTo(7);
  }

  @Test
  @DisplayName(
      "KCS-M3: the key variant fits without stated needs where the institution proposes its programme, and not where it has nothing the group can use")
  void
      support_of_culture_fits_on_the_institutions_own_offer_and_needs_only_raise_the_score_KCS_M3() {
    // "proponowanie i informowanie o programie instytucji": no stated need is required.
    ModelRecommendation noNeeds = SELECTION.recommend(developing(), everything());
    assertThat(noNeeds.recommends(M3_SUPPORT_OF_CULTURE)).isTrue();
    assertThat(noNeeds.fit(M3_SUPPORT_OF_CULTURE).supportForms())
        .containsExactly(SupportForm.PROGRAMME_PARTICIPATION);
    assertThat(noNeeds.fit(M3_SUPPORT_OF_CULTURE).improvements())
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m3.cultural-needs");
    assertThat(noNeeds.evaluation().outcome("kcs.m3.means").orElseThrow().status())
        .isEqualTo(pl.kcs.rules.Status.NOT_APPLICABLE);

    // Art therapy nobody asked for is no form of support for this group.
    SelfHelpGroup wantsOutings = ModelsFixture.wanting(CulturalNeed.OUTINGS);
    InstitutionOffer artTherapyOnly =
        InstitutionOffer.of(4, InstitutionCapability.ART_THERAPY_EXTERNAL_INSTRUCTORS);
    ModelRecommendation nothingToUse = SELECTION.recommend(wantsOutings, artTherapyOnly);
    assertThat(nothingToUse.missingFor(M3_SUPPORT_OF_CULTURE))
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m3.offer");
    assertThat(nothingToUse.evaluation().outcome("kcs.m3.means").orElseThrow().status())
        .isEqualTo(pl.kcs.rules.Status.FAILED);
  }

  @Test
  @DisplayName(
      "KCS-M4: co-creating fits a formed, well-functioning, motivated and resourced group where public events are possible")
  void co_creating_fits_a_formed_motivated_resourced_group_KCS_M4() {
    ModelRecommendation recommendation = SELECTION.recommend(coCreating(), everything());

    assertThat(recommendation.recommends(M4_CO_CREATING_PROGRAMME)).isTrue();
    assertThat(recommendation.fit(M4_CO_CREATING_PROGRAMME).supportForms())
        .containsExactly(
            SupportForm.CO_CREATED_EVENTS, SupportForm.ART_MAKING, SupportForm.PUBLIC_WORKSHOPS);
    assertThat(recommendation.fit(M4_CO_CREATING_PROGRAMME).score().percent()).isEqualTo(100);
  }

  @Test
  @DisplayName("KCS-M4: what is missing for an early group, in Polish and English")
  void what_is_missing_for_co_creating_names_each_gate_with_what_to_do_KCS_M4() {
    ModelRecommendation recommendation = SELECTION.recommend(early(), spaceOnly());

    List<Outcome> missing = recommendation.missingFor(M4_CO_CREATING_PROGRAMME);

    assertThat(missing)
        .extracting(o -> o.ruleId().value())
        .containsExactly("kcs.m4.formed", "kcs.m4.rules", "kcs.m4.motivated", "kcs.m4.resourced");
    assertThat(missing.get(0).action(Locale.ENGLISH))
        .isEqualTo(
            "Support the group first (Models 2 and 3) until it has agreed its rules and is developing. (This is a kcs default, not the method's requirement; the system that embeds the library can switch this rule off.)");
    assertThat(missing.get(0).action(PL))
        .isEqualTo(
            "Najpierw wspierajcie grupę (modele 2 i 3), aż ustali zasady i zacznie się rozwijać. (To ustawienie domyślne kcs, a nie wymóg metody KCS; system, który korzysta z biblioteki, może wyłączyć tę regułę.)");
    assertThat(recommendation.render(Locale.ENGLISH))
        .contains(
            "  ✗ Model 4: co-creating the cultural programme — 0/100 (0 of 15 points)\n"
                + "      What is missing:\n"
                + "        - The group is not formed yet (maturity: early stage): Model 4 is for formed, well-functioning groups. (kcs.m4.formed, KCS-M4)\n"
                + "          → Support the group first (Models 2 and 3) until it has agreed its rules and is developing."
                + " (This is a kcs default, not the method's requirement; the system that embeds the library can switch this rule off.)\n");
  }

  @Test
  @DisplayName("KCS-S3: the models overlap: one group can fit all four of them")
  void the_models_overlap_KCS_S3() {
    ModelRecommendation recommendation = SELECTION.recommend(coCreating(), everything());

    assertThat(recommendation.recommendedModels())
        .containsExactly(
            M1_OPEN_DOORS, M2_CULTURE_OF_SUPPORT, M3_SUPPORT_OF_CULTURE, M4_CO_CREATING_PROGRAMME);
    assertThat(recommendation.recommended())
        .extracting(ModelFit::model)
        .containsExactly(
            M1_OPEN_DOORS, M2_CULTURE_OF_SUPPORT, M3_SUPPORT_OF_CULTURE, M4_CO_CREATING_PROGRAMME);
    assertThat(recommendation.fits()).hasSize(4);
    assertThat(recommendation.render(PL))
        .startsWith(
            "Grupa 3 — spotyka się bez udziału animatora lub animatorki\n"
                + "Rekomendowane modele: Model 1. Drzwi otwarte, Model 2. Kultura wsparcia, Model 3. Wsparcie kultury, "
                + "Model 4. Współtworzenie programu kulturalnego przez grupy\n"
                + "  ✓ Model 1. Drzwi otwarte — 77/100 (7 z 9 pkt)\n"
                + "      Formy wsparcia: użyczenie przestrzeni z funkcją nocnego stróża (kawa, herbata, drobna obsługa administracyjna)\n"
                + "      Powody:\n"
                + "        [warunek konieczny — spełniony] Instytucja może bezpłatnie użyczyć przestrzeni: 8 godz. tygodniowo. (kcs.m1.space, KCS-M1)\n");
  }

  @Test
  @DisplayName(
      "KCS-S3: a plan across groups says which models the KCS runs and what they ask of the institution")
  void a_plan_says_which_models_the_kcs_runs_and_what_they_ask_KCS_S3() {
    KcsImplementation implementation =
        Fixtures.aLibraryReadyForStageThree()
            .withGroupLinks()
            .withGroups(
                Fixtures.aRefugeeWomenGroup(),
                Fixtures.aSingleParentsGroup(),
                Fixtures.aMentalHealthPeerGroup());
    InstitutionOffer offer =
        InstitutionOffer.of(
            6,
            InstitutionCapability.NIGHT_WATCHMAN,
            InstitutionCapability.ANIMATION,
            InstitutionCapability.CULTURAL_PROGRAMME,
            InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);

    KcsModelPlan plan = SELECTION.plan(implementation, offer);

    assertThat(plan.recommendations())
        .extracting(r -> r.group().id().value())
        .containsExactly("mental-health-peers", "refugee-women", "single-parents");
    assertThat(plan.modelsRun())
        .containsExactly(M1_OPEN_DOORS, M2_CULTURE_OF_SUPPORT, M3_SUPPORT_OF_CULTURE);
    assertThat(plan.runsOneModelOnly()).isFalse();
    assertThat(plan.groupsWithoutModel()).isEmpty();
    // The institution's programme is proposed to every group; outings count only for the groups
    // that asked for them.
    assertThat(plan.groupsFor(M3_SUPPORT_OF_CULTURE))
        .extracting(g -> g.id().value())
        .containsExactly("mental-health-peers", "refugee-women", "single-parents");
    ResourceDemand culture = plan.demand(M3_SUPPORT_OF_CULTURE).orElseThrow();
    assertThat(culture.forms())
        .containsEntry(SupportForm.PROGRAMME_PARTICIPATION, 3)
        .containsEntry(SupportForm.OUTINGS, 1)
        .containsEntry(SupportForm.GROUP_STATED_NEEDS, 2);
    assertThat(culture.capabilities())
        .containsExactly(
            InstitutionCapability.CULTURAL_PROGRAMME,
            InstitutionCapability.OUTINGS_AND_GROUP_TICKETS);
    assertThat(plan.demand(M4_CO_CREATING_PROGRAMME)).isEmpty();
    assertThat(plan.demand(M1_OPEN_DOORS).orElseThrow().render(Locale.ENGLISH))
        .isEqualTo(
            "Model 1: open doors — groups: Grupa wsparcia rówieśniczego „Razem”\n"
                + "    forms of support: space with a \"night watchman\" (coffee, tea, small administrative help) (1 group)\n"
                + "    free space: 6 hours a week, shared by 1 group\n"
                + "    the institution's resources: \"night watchman\" service (coffee, tea, small administrative help)\n");
    assertThat(plan.render(PL))
        .startsWith("Miejska Biblioteka Publiczna: modele działania KCS\n")
        .contains(
            "KCS jako całość działa według modeli: Model 1. Drzwi otwarte, Model 2. Kultura wsparcia, Model 3. Wsparcie kultury\n");
    assertThat(plan.recommendation(pl.kcs.core.group.GroupId.of("nobody"))).isEmpty();
  }

  @Test
  @DisplayName(
      "KCS-S3: a plan names the groups no model fits yet and notes a KCS that runs one model only")
  void a_plan_names_groups_without_a_model_KCS_S3() {
    KcsImplementation implementation =
        Fixtures.aLibraryReadyForStageThree()
            .withGroupLinks()
            .withGroups(Fixtures.aSingleParentsGroup());

    KcsModelPlan plan = SELECTION.plan(implementation, spaceOnly());

    assertThat(plan.groupsWithoutModel())
        .extracting(SelfHelpGroup::name)
        .containsExactly("Samodzielni rodzice");
    assertThat(plan.render(Locale.ENGLISH))
        .contains("No model fits any group yet.\n")
        .contains("Groups no model fits yet: Samodzielni rodzice\n");

    KcsModelPlan oneModel =
        SELECTION.plan(implementation, InstitutionOffer.of(2, InstitutionCapability.TRAINING));
    assertThat(oneModel.runsOneModelOnly()).isTrue();
    assertThat(oneModel.render(Locale.ENGLISH))
        .contains("Note: the models overlap, and a KCS rarely works by one model only (KCS-S3).\n");
  }

  @Test
  @DisplayName(
      "KCS-S3: an embedding system's rule joins a model's fit when it applies to that model")
  void a_custom_rule_that_applies_to_a_model_takes_part_in_its_fit_and_score() {
    MessageCatalog messages =
        MessageCatalog.builder()
            .add("rule.city.m1.evening.passed", "Wieczorem.", "In the evening.")
            .add("rule.city.m1.evening.failed", "Za mało godzin: {1}.", "Too few hours: {1}.")
            .add("rule.city.m1.evening.action", "Dodaj godziny.", "Add hours.")
            .build();
    Rule<ModelFacts> eveningHours =
        Rule.<ModelFacts>builder("city.m1.evening")
            .source("KCS-M1")
            .severity(Severity.BLOCKER)
            .appliesTo(M1_OPEN_DOORS)
            .condition(Condition.holds(f -> f.offer().freeHoursPerWeek() >= 10))
            .explainer(f -> Finding.of(f.offer().freeHoursPerWeek(), 10))
            .messages(messages)
            .build();
    ModelSelection strict =
        ModelSelection.withRules(ModelSelection.defaultRules().with(eveningHours));

    ModelRecommendation recommendation = strict.recommend(coCreating(), spaceOnly());

    assertThat(recommendation.recommends(M1_OPEN_DOORS)).isFalse();
    assertThat(recommendation.missingFor(M1_OPEN_DOORS))
        .extracting(o -> o.message(Locale.ENGLISH))
        .containsExactly("Too few hours: 8.");
    ModelSelection relaxed =
        ModelSelection.withRules(ModelSelection.defaultRules().disabling("kcs.m1.runs-itself"));
    assertThat(relaxed.recommend(early(), spaceOnly()).recommends(M1_OPEN_DOORS)).isTrue();
    assertThat(relaxed.recommend(early(), spaceOnly()).fit(M1_OPEN_DOORS).score().maxPoints())
        .isEqualTo(6);
  }

  @Test
  void every_default_rule_applies_to_the_model_whose_fact_it_cites_and_nulls_are_rejected() {
    for (Rule<ModelFacts> rule : ModelSelection.defaultRules().rules()) {
      assertThat(rule.appliesTo()).as(rule.id().value()).isPresent();
      assertThat(rule.source()).isEqualTo(rule.appliesTo().orElseThrow().source());
    }
    assertThat(
            ModelSelection.defaultRules().rules().stream()
                .map(r -> r.source().id())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("KCS-M1", "KCS-M2", "KCS-M3", "KCS-M4");
    assertThatThrownBy(() -> SELECTION.recommend(null, spaceOnly()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("group");
    assertThatThrownBy(() -> SELECTION.recommend(early(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("offer");
    assertThatThrownBy(() -> ModelSelection.withRules(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
    assertThatThrownBy(() -> SELECTION.recommend(early(), spaceOnly()).fit(null))
        .isInstanceOf(NullPointerException.class);
    assertThat(ModelScore.pointsOf(Severity.WARNING)).isEqualTo(ModelScore.WARNING_POINTS);
  }
}
