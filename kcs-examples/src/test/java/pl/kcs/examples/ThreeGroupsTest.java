package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.rules.models.KcsModelPlan;
import pl.kcs.rules.models.ModelSelection;

/** The three-groups example (KCS-S3, KCS-M1 … KCS-M4, KCS-DIF-*, MA-*) in Polish and English. */
class ThreeGroupsTest {

  @Test
  void each_group_gets_its_models_with_reasons_KCS_S3() {
    KcsModelPlan plan =
        ModelSelection.withDefaultRules().plan(ThreeGroups.implementation(), ThreeGroups.offer());

    // KCS-M2 "na ich wczesnym etapie lub w dłuższej perspektywie": Model 2 fits groups past their
    // early stage too; KCS-M3 fits on the house's own programme; KCS-M1 needs a group running its
    // own meetings, which only the peer group does.
    assertThat(
            plan.recommendation(ThreeGroups.refugeeWomen().id()).orElseThrow().recommendedModels())
        .containsExactly(
            OperatingModel.M2_CULTURE_OF_SUPPORT, OperatingModel.M3_SUPPORT_OF_CULTURE);
    assertThat(
            plan.recommendation(ThreeGroups.singleParents().id()).orElseThrow().recommendedModels())
        .containsExactly(
            OperatingModel.M2_CULTURE_OF_SUPPORT, OperatingModel.M3_SUPPORT_OF_CULTURE);
    assertThat(plan.recommendation(ThreeGroups.peers().id()).orElseThrow().recommendedModels())
        .containsExactly(
            OperatingModel.M1_OPEN_DOORS,
            OperatingModel.M2_CULTURE_OF_SUPPORT,
            OperatingModel.M3_SUPPORT_OF_CULTURE,
            OperatingModel.M4_CO_CREATING_PROGRAMME);
    assertThat(plan.modelsRun()).containsExactly(OperatingModel.values());
  }

  @Test
  void the_report_reads_in_polish() {
    String polish = ThreeGroups.report(Language.POLISH);

    assertThat(polish)
        .startsWith(
            "=== Modele działania (KCS-S3, KCS-M1 … KCS-M4) ===\nDom Kultury „Zielona”: modele działania KCS\n")
        .contains(
            "Kobiety z doświadczeniem uchodźczym — rozwijająca się\n"
                + "Rekomendowane modele: Model 2. Kultura wsparcia, Model 3. Wsparcie kultury\n"
                + "  ✓ Model 2. Kultura wsparcia — 83/100 (5 z 6 pkt)\n")
        .contains(
            "        [sugestia — niespełniona] Grupa ma już za sobą wczesny etap (etap: rozwijająca się) i ustaliła z uczestnikami cele, zasady i kontrakt; "
                + "model 2 może ją wspierać w dłuższej perspektywie. (kcs.m2.needs-support, KCS-M2)")
        .contains("  ✓ Model 3. Wsparcie kultury — 100/100 (7 z 7 pkt)\n")
        .contains(
            "Samodzielni rodzice — na wczesnym etapie\nRekomendowane modele: Model 2. Kultura wsparcia, Model 3. Wsparcie kultury\n")
        .contains(
            "Grupa wsparcia rówieśniczego „Razem” — spotyka się bez udziału animatora lub animatorki\n"
                + "Rekomendowane modele: Model 1. Drzwi otwarte, Model 2. Kultura wsparcia, Model 3. Wsparcie kultury, Model 4. Współtworzenie programu kulturalnego przez grupy\n")
        .contains(
            "        [zalecenie — niespełnione] Żadna z sal (sprawdzono: 1) nie jest odnotowana jako neutralna, przyjazna i bezpieczna. (kcs.m1.neutral-space, KCS-M1)")
        .contains(
            "        [warunek konieczny — spełniony] Instytucja ma własną ofertę kulturalną, którą może proponować grupie (program, arteterapia lub wyjścia). (kcs.m3.offer, KCS-M3)\n")
        .contains(
            "        [sugestia — spełniona] Grupa zgłosiła potrzeby kulturalne: udział w programie kulturalnym instytucji, wyjścia „na miasto”. (kcs.m3.cultural-needs, KCS-M3)\n")
        .contains(
            "        - Grupa nie ma motywacji do działania na zewnątrz. (kcs.m4.motivated, KCS-M4)\n")
        .contains(
            "Animatorzy, którzy prowadzą też grupy zupełnie innego rodzaju: anim-ewa (także: Kobiety z doświadczeniem uchodźczym).")
        .contains(
            "dołączyły nowe osoby: 2. Zasady grupy mogą wymagać ponownego ustalenia. (kcs.dif.newcomers, KCS-DIF-NEWCOMERS)")
        .contains("o uczestnikach mówimy: „osoby z doświadczeniem”")
        .endsWith(
            "Grupy bez kontaktu z innymi grupami (MA-NETWORK): Grupa wsparcia rówieśniczego „Razem”\n");
  }

  @Test
  void the_report_reads_in_english() {
    String english = ThreeGroups.report(Language.ENGLISH);

    assertThat(english)
        .startsWith(
            "=== Operating models (KCS-S3, KCS-M1 … KCS-M4) ===\nDom Kultury „Zielona”: the KCS's operating models\n")
        .contains(
            "The KCS as a whole runs: Model 1: open doors, Model 2: culture of support, Model 3: support of culture, Model 4: co-creating the cultural programme\n")
        .contains(
            "Samodzielni rodzice — early stage\nRecommended models: Model 2: culture of support, Model 3: support of culture\n")
        .contains(
            "  ✗ Model 4: co-creating the cultural programme — 13/100 (2 of 15 points)\n"
                + "      What is missing:\n"
                + "        - The group is not formed yet (maturity: early stage): Model 4 is for formed, well-functioning groups. (kcs.m4.formed, KCS-M4)\n")
        .contains(
            "People joined after the group bonded (5 September 2024) and after its rules were last agreed (—): 2. The group's rules may need agreeing again.")
        .contains("[note — worth considering] People joined after the group bonded")
        .contains(
            "Grupa wsparcia rówieśniczego „Razem” — meets without the animator\n"
                + "Recommended models: Model 1: open doors, Model 2: culture of support, Model 3: support of culture, Model 4: co-creating the cultural programme\n")
        .contains(
            "        [recommendation — not met] None of the rooms (checked: 1) is recorded as neutral, friendly and safe. (kcs.m1.neutral-space, KCS-M1)")
        .contains("Model 2 can still support it in the longer run. (kcs.m2.needs-support, KCS-M2)")
        .contains("the participants are called \"the experienced\"")
        .contains(
            "[suggestion — not met] The group has no contact with any other group. (ma.network.contacts, MA-NETWORK)")
        .doesNotContain("Rekomendowane", "Powody:", "Czego brakuje")
        .endsWith(
            "Groups with no contact to other groups (MA-NETWORK): Grupa wsparcia rówieśniczego „Razem”\n");
  }

  @Test
  void main_prints_both_languages() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ThreeGroups.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("=== Modele działania")
        .contains("=== Operating models");
  }
}
