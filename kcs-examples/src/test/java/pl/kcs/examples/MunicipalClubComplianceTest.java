package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pl.kcs.rules.club.ClubCompliance;

/** The municipal centre's club example (KS-PEOPLE, KS-HOURS, KS-PARTNERS), in Polish and English. */
class MunicipalClubComplianceTest {

  @Test
  void
      the_club_complies_once_its_coordinator_is_appointed_and_its_short_hours_only_warn_KS_PEOPLE_KS_HOURS()
          throws IOException {
    String text = MunicipalClubCompliance.report();
    Files.writeString(Path.of("target", "municipal-club.txt"), text, StandardCharsets.UTF_8);

    assertThat(
            ClubCompliance.withDefaultRules().assess(MunicipalClubCompliance.club()).isCompliant())
        .isFalse();
    assertThat(
            ClubCompliance.withDefaultRules()
                .assess(MunicipalClubCompliance.clubWithCoordinator())
                .isCompliant())
        .isTrue();
    assertThat(text)
        .contains(
            "Miejski Ośrodek Pomocy Społecznej w Lipowie — klub samopomocy (KS)\nZgodność z modelem KS: nie (1 blokada).")
        .contains(
            "Punkt informacyjny: poniedziałek 08:00–10:00, czwartek 16:00–18:00 (4 godz. tygodniowo)")
        .contains(
            "Blokady:\n"
                + "  - Klub nie ma koordynatora, a pracą KS kieruje koordynator. (ks.people.coordinator-appointed, KS-PEOPLE)\n")
        .contains(
            "  - Punkt informacyjny jest czynny 4 godz. tygodniowo: 2 godz. przed południem, 2 godz. po południu; brakuje: 2 godz. tygodniowo. (ks.hours, KS-HOURS)\n")
        .contains(
            "Miejski Ośrodek Pomocy Społecznej w Lipowie — self-help club (KS)\nComplies with the KS model: no (1 blocker).")
        .contains(
            "Blockers:\n"
                + "  - The club has no coordinator, and a coordinator directs a club's work. (ks.people.coordinator-appointed, KS-PEOPLE)\n")
        .contains(
            "Duties of the coordinator not assigned: developing the club (partners, promotion of self-help). (ks.people.coordinator-duties, KS-PEOPLE)")
        .contains("Complies with the KS model: yes.")
        .contains("Zgodność z modelem KS: tak.");
    // The hours "powinien": a warning even where the club complies, never among the blockers.
    String compliantEnglish = text.substring(text.lastIndexOf("Complies with the KS model: yes."));
    assertThat(compliantEnglish)
        .contains("Blockers: none\n")
        .contains(
            "Warnings:\n"
                + "  - Duties of the coordinator not assigned: developing the club (partners, promotion of self-help). (ks.people.coordinator-duties, KS-PEOPLE)\n")
        .contains(
            "  - The information point is open 4 h a week: 2 h in the morning, 2 h in the afternoon; missing: 2 h a week. (ks.hours, KS-HOURS)\n");
  }
}
