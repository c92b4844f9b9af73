package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KcsCommandTest {

  @Test
  void
      the_default_run_assesses_the_small_town_library_at_each_stage_in_polish_and_english_KCS_S2B_KCS_S3() {
    String text = Kcs.stageReports();

    assertThat(text)
        .contains("Biblioteka Publiczna w Lipowie — Etap 1. Przygotowanie instytucji kultury")
        .contains("Etap 1. Przygotowanie instytucji kultury: wykonane kroki: 5 z 7")
        .contains(
            "Animatorzy bez regularnej superwizji: anim-ewa (okazjonalnie, bez harmonogramu).")
        .contains("Biblioteka Publiczna w Lipowie — Stage 1: preparing the institution")
        .contains(
            "Animators without regular supervision: anim-ewa (occasionally, with no schedule).")
        .contains(
            "Next stage: Stage 3: operation. The institution may move on to the next stage: no (1 blocker).")
        .contains(
            "Animatorzy bez żadnego przygotowania (szkolenia): anim-jan. (kcs.s2b.prepared, KCS-S2B)")
        .contains(
            "Blockers:\n  - Animators with no preparation (training) at all: anim-jan. (kcs.s2b.prepared, KCS-S2B)")
        .contains(
            "No local partner has been invited to cooperate yet. (kcs.s2a.partners-invited, KCS-S2A)")
        .contains(
            "Biblioteka Publiczna w Lipowie — Stage 3: operation\nThis is the last stage. No blockers.")
        .contains("To ostatni etap. Brak blokad.")
        .contains(
            "Modele działania grup:\n"
                + "  - Grupa kobiet z doświadczeniem uchodźczym: Model 1. Drzwi otwarte, Model 2. Kultura wsparcia, Model 3. Wsparcie kultury\n")
        .contains(
            "Operating models of the groups:\n"
                + "  - Grupa kobiet z doświadczeniem uchodźczym: Model 1: open doors, Model 2: culture of support, Model 3: support of culture\n")
        .doesNotContain("kcs.s3.group-models");
  }
}
