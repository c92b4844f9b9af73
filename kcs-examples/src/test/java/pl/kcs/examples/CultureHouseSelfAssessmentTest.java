package pl.kcs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.rules.opening.OpeningAssessment;

/** The culture house's self-assessment example (OPEN-*), and its advice for stage 1 of a KCS. */
class CultureHouseSelfAssessmentTest {

  @Test
  void the_culture_house_is_a_partner_weakest_in_co_hosting_OPEN_COHOST_OPEN_START()
      throws IOException {
    String text = CultureHouseSelfAssessment.report();
    Files.writeString(
        Path.of("target", "culture-house-self-assessment.txt"), text, StandardCharsets.UTF_8);

    assertThat(
            OpeningAssessment.withDefaultRules()
                .assess(CultureHouseSelfAssessment.answers())
                .position())
        .isEqualTo(CohostPosition.PARTNER);
    assertThat(text)
        .contains(
            "Gminny Ośrodek Kultury w Lipowie\nSamoocena otwartości instytucji: od klienta do współgospodarza\n")
        .contains(
            "Pozycja: partner — mieszkańcy są pytani o zdanie i działają razem z instytucją\nWynik ogólny: 52% (61 z 117 pkt; odpowiedzi: 38 z 39)\n")
        .contains("  współgospodarzenie i inicjatywa mieszkańców  [###.......]  33%\n")
        .contains("Warunki startowe (OPEN-START): spełnione 3 z 4")
        .contains("Porady dla najsłabszych obszarów:")
        .contains("(OPEN-TOOLS-CULTURE)")
        .contains("Ta sama samoocena w etapie 1 KCS:")
        .contains("Self-assessment of openness: from client to co-host\n")
        .contains("Starting conditions (OPEN-START): 3 of 4 in place")
        .contains(
            "  - Staff and roles: 27%, below the co-host level (from 75%). (open.area.staff-and-roles, OPEN-PRACTICES)\n")
        .contains("      · a social café — not yet (OPEN-TOOLS-CULTURE)\n")
        .contains("      · solution-focused work — not yet (OPEN-TOOLS-SOCIAL)\n")
        .contains("The same self-assessment in stage 1 of a KCS:")
        .contains("(kcs.s1a.open-institution, OPEN-START)")
        .contains("(kcs.s1b.team-open-practices, KCS-S1B-TEAM)");
  }
}
