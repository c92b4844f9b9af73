package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pl.kcs.rules.club.ClubCompliance;

/** The municipal centre's club example (KS-HOURS, KS-PEOPLE, KS-PARTNERS), in Polish and English. */
class MunicipalClubComplianceTest {

  @Test
  void the_club_is_two_hours_short_until_it_opens_on_tuesday_too_KS_HOURS() throws IOException {
    String text = MunicipalClubCompliance.report();
    Files.writeString(Path.of("target", "municipal-club.txt"), text, StandardCharsets.UTF_8);

    assertThat(ClubCompliance.withDefaultRules().assess(MunicipalClubCompliance.club()).isCompliant()).isFalse();
    assertThat(ClubCompliance.withDefaultRules().assess(MunicipalClubCompliance.clubWithLongerHours()).isCompliant()).isTrue();
    assertThat(text)
        .contains("Miejski Ośrodek Pomocy Społecznej w Lipowie — klub samopomocy (KS)\nZgodność z modelem KS: nie (blokady: 1).")
        .contains("Punkt informacyjny: poniedziałek 08:00–10:00, czwartek 16:00–18:00 (4 godz. tygodniowo)")
        .contains("Punkt informacyjny jest czynny 4 godz. tygodniowo: 2 godz. przed południem, 2 godz. po południu; brakuje: 2 godz. tygodniowo. (ks.hours, KS-HOURS)")
        .contains("Miejski Ośrodek Pomocy Społecznej w Lipowie — self-help club (KS)\nComplies with the KS model: no (blockers: 1).")
        .contains("The information point is open 4 h a week: 2 h in the morning, 2 h in the afternoon; missing: 2 h a week. (ks.hours, KS-HOURS)")
        .contains("Duties of the coordinator not assigned: developing the club (partners, promotion of self-help). (ks.people.coordinator-duties, KS-PEOPLE)")
        .contains("Information point: Monday 08:00–10:00, Tuesday 12:00–14:00, Thursday 16:00–18:00 (6 h a week)\n")
        .contains("Complies with the KS model: yes.")
        .contains("Zgodność z modelem KS: tak.");
  }
}
