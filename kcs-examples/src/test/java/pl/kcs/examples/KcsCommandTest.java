package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KcsCommandTest {

  @Test
  void the_default_run_assesses_the_small_town_library_at_each_stage_in_polish_and_english() {
    String text = Kcs.stageReports();

    assertThat(text)
        .contains("Biblioteka Publiczna w Lipowie — Etap 1. Przygotowanie instytucji kultury")
        .contains("Etap 1. Przygotowanie instytucji kultury: gotowe 5 z 7")
        .contains("Animatorzy bez regularnej superwizji: anim-ewa (okazjonalnie, bez harmonogramu).")
        .contains("Biblioteka Publiczna w Lipowie — Stage 1: preparing the institution")
        .contains("Animators without regular supervision: anim-ewa (occasionally, with no schedule).")
        .contains("Next stage: Stage 3: operation. May advance: no (blockers: 1).")
        .contains("No local partner has been invited to cooperate yet. (kcs.s2a.partners-invited, KCS-S2A)")
        .contains("Biblioteka Publiczna w Lipowie — Stage 3: operation\nThis is the last stage. No blockers.")
        .contains("To ostatni etap. Brak blokad.");
  }
}
