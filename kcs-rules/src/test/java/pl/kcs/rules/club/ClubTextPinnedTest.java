package pl.kcs.rules.club;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.rules.PinnedText;

/** The rendered club report (KS-*) of every gap of the fixtures, pinned byte for byte. */
class ClubTextPinnedTest {

  @Test
  @DisplayName(
      "KS-*: the club report of a complete club, of every gap and of all gaps stands as pinned")
  void the_club_texts_stand_as_pinned() {
    PinnedText pins = new PinnedText();
    ClubCompliance compliance = ClubCompliance.withDefaultRules();
    pins.add("complete", compliance.assess(ClubFixture.complete())::render);
    for (ClubGap gap : ClubGap.values()) {
      pins.add("lacking " + gap, compliance.assess(ClubFixture.lacking(gap))::render);
    }
    pins.add("all gaps", compliance.assess(ClubFixture.with(EnumSet.allOf(ClubGap.class)))::render);
    ClubCompliance stricter =
        ClubCompliance.withRules(
            ClubCompliance.defaultRules()
                .replacing(
                    ClubCompliance.openingHoursRule(Duration.ofMinutes(615), LocalTime.of(11, 0))));
    pins.add("stricter hours", stricter.assess(ClubFixture.complete())::render);
    pins.assertSameAs("club.txt");
  }
}
