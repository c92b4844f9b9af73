package pl.kcs.rules.opening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreContracts;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.rules.Status;

/** How a self-assessment is scored, placed on the client → co-host scale and advised on (OPEN-*). */
class SelfAssessmentScoringTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private final OpeningAssessment opening = OpeningAssessment.withDefaultRules();

  @Test
  @DisplayName("OPEN-PRACTICES: an area scores its points out of 3 per item, rounded down")
  void an_area_scores_its_points_out_of_three_per_item() {
    SelfAssessment assessment =
        SelfAssessment.builder()
            .putAnswers(OpeningPractice.AUTHORITIES_COOPERATION, PracticeLevel.FULLY)
            .putAnswers(OpeningPractice.SETTLED_FUNDING, PracticeLevel.FULLY)
            .putAnswers(OpeningPractice.DIVERSE_FUNDING, PracticeLevel.PARTLY)
            .putAnswers(OpeningPractice.PROJECTS_AND_GRANTS, PracticeLevel.NOT_YET)
            .build();
    AreaScore governance =
        opening.assess(assessment).facts().score(OpeningArea.GOVERNANCE_AND_FUNDING);

    assertThat(governance.points()).isEqualTo(8);
    assertThat(governance.maxPoints()).isEqualTo(12);
    assertThat(governance.items()).isEqualTo(4);
    assertThat(governance.answered()).isEqualTo(4);
    assertThat(governance.percent()).isEqualTo(66);
    assertThat(governance.position()).isEqualTo(CohostPosition.PARTNER);
    assertThat(governance.toDevelop())
        .containsExactly(OpeningPractice.PROJECTS_AND_GRANTS, OpeningPractice.DIVERSE_FUNDING);
    assertThat(governance).hasToString("AreaScore{GOVERNANCE_AND_FUNDING, 8/12 = 66%}");
  }

  @Test
  @DisplayName("OPEN-PRACTICES: an unanswered item counts as 'not yet'")
  void unanswered_items_count_as_not_yet() {
    SelfAssessmentReport report = opening.assess(SelfAssessment.empty());

    assertThat(report.percent()).isZero();
    assertThat(report.facts().points()).isZero();
    assertThat(report.facts().maxPoints()).isEqualTo(117);
    assertThat(report.facts().answered()).isZero();
    assertThat(report.position()).isEqualTo(CohostPosition.CLIENT);
    assertThat(report.scores()).allMatch(s -> s.percent() == 0 && s.answered() == 0);
    assertThat(report.startingConditionsMissing()).isEqualTo(OpeningPractice.startingConditions());
    assertThat(report.warnings()).hasSize(4).allMatch(o -> o.status() == Status.UNKNOWN);
  }

  @Test
  @DisplayName("OPEN-COHOST: every item partly in place is a partner, every item fully a co-host")
  void uniform_answers_land_on_the_expected_rungs() {
    assertThat(opening.assess(SelfAssessment.allAnswered(PracticeLevel.NOT_YET)).position())
        .isEqualTo(CohostPosition.CLIENT);
    assertThat(opening.assess(SelfAssessment.allAnswered(PracticeLevel.STARTING)).position())
        .isEqualTo(CohostPosition.PARTICIPANT);
    assertThat(opening.assess(SelfAssessment.allAnswered(PracticeLevel.PARTLY)).position())
        .isEqualTo(CohostPosition.PARTNER);
    assertThat(opening.assess(SelfAssessment.allAnswered(PracticeLevel.FULLY)).position())
        .isEqualTo(CohostPosition.CO_HOST);
    assertThat(opening.assess(SelfAssessment.allAnswered(PracticeLevel.STARTING)).percent())
        .isEqualTo(33);
  }

  @Test
  @DisplayName("OPEN-COHOST: exactly three quarters of the points reach the co-host rung")
  void exactly_three_quarters_reach_the_co_host_rung() {
    // Co-hosting has 8 items, 24 points: 6 fully and 2 not yet are 18 points, 75%.
    SelfAssessment assessment =
        AssessmentFixture.fullyOpen()
            .withAnswer(OpeningPractice.SOCIAL_CAFE, PracticeLevel.NOT_YET)
            .withAnswer(OpeningPractice.NON_COMMERCIAL, PracticeLevel.NOT_YET);
    assertThat(
            opening
                .assess(assessment)
                .facts()
                .score(OpeningArea.COHOSTING_AND_INITIATIVE)
                .percent())
        .isEqualTo(75);
    assertThat(
            opening
                .assess(assessment)
                .evaluation()
                .outcome("open.area.cohosting-and-initiative")
                .orElseThrow()
                .status())
        .isEqualTo(Status.PASSED);

    SelfAssessment oneLess =
        assessment.withAnswer(OpeningPractice.EMPOWERMENT, PracticeLevel.PARTLY);
    assertThat(
            opening.assess(oneLess).facts().score(OpeningArea.COHOSTING_AND_INITIATIVE).percent())
        .isEqualTo(70);
  }

  @Test
  @DisplayName(
      "OPEN-COHOST: a high score without residents co-deciding is a partner, not a co-host")
  void a_co_host_needs_the_co_hosting_area_at_the_co_host_rung_too() {
    SelfAssessment assessment =
        AssessmentFixture.withArea(
            AssessmentFixture.fullyOpen(),
            OpeningArea.COHOSTING_AND_INITIATIVE,
            PracticeLevel.PARTLY);
    SelfAssessmentReport report = opening.assess(assessment);

    assertThat(report.percent()).isEqualTo(93);
    assertThat(CohostPosition.forPercent(report.percent())).isEqualTo(CohostPosition.CO_HOST);
    assertThat(report.position()).isEqualTo(CohostPosition.PARTNER);
    assertThat(report.evaluation().outcome("open.cohost").orElseThrow().status())
        .isEqualTo(Status.FAILED);
  }

  @Test
  @DisplayName("OPEN-START: the starting conditions met and missing")
  void starting_conditions_met_and_missing() {
    SelfAssessment assessment =
        SelfAssessment.builder()
            .putAnswers(OpeningPractice.SHARED_VISION, PracticeLevel.PARTLY)
            .putAnswers(OpeningPractice.FRIENDLY_SPACE, PracticeLevel.FULLY)
            .putAnswers(OpeningPractice.OPEN_COMMUNICATION, PracticeLevel.STARTING)
            .build();
    SelfAssessmentReport report = opening.assess(assessment);

    assertThat(report.startingConditionsMet())
        .containsExactly(OpeningPractice.SHARED_VISION, OpeningPractice.FRIENDLY_SPACE);
    assertThat(report.startingConditionsMissing())
        .containsExactly(OpeningPractice.OPEN_COMMUNICATION, OpeningPractice.BROAD_PARTNERSHIP);
    assertThat(report.warnings())
        .extracting(o -> o.ruleId().value() + " " + o.status())
        .containsExactly(
            "open.start.open-communication FAILED", "open.start.broad-partnership UNKNOWN");
  }

  @Test
  void the_weakest_areas_are_the_two_lowest_below_the_co_host_rung_with_ties_kept_OPEN_PRACTICES() {
    SelfAssessment assessment =
        AssessmentFixture.withArea(
            AssessmentFixture.withArea(
                AssessmentFixture.withArea(
                    AssessmentFixture.fullyOpen(),
                    OpeningArea.OUTREACH_AND_PROMOTION,
                    PracticeLevel.NOT_YET),
                OpeningArea.SPACE_AND_HOURS,
                PracticeLevel.STARTING),
            OpeningArea.PROCESS_AND_EVALUATION,
            PracticeLevel.STARTING);
    SelfAssessmentReport report =
        opening.assess(assessment.withAnswer(OpeningPractice.REPETITION, PracticeLevel.PARTLY));

    assertThat(report.weakestAreas())
        .extracting(AreaScore::area)
        .containsExactly(OpeningArea.OUTREACH_AND_PROMOTION, OpeningArea.SPACE_AND_HOURS);
    assertThat(report.adviceForWeakestAreas())
        .extracting(o -> o.ruleId().value())
        .as("the position first: 77 of 117 points is a partner")
        .containsExactly(
            "open.cohost", "open.area.outreach-and-promotion", "open.area.space-and-hours");

    SelfAssessmentReport tied = opening.assess(assessment);
    assertThat(tied.weakestAreas())
        .extracting(AreaScore::area)
        .containsExactly(
            OpeningArea.OUTREACH_AND_PROMOTION,
            OpeningArea.SPACE_AND_HOURS,
            OpeningArea.PROCESS_AND_EVALUATION);
    assertThat(opening.assess(AssessmentFixture.fullyOpen()).weakestAreas()).isEmpty();
    assertThat(opening.assess(AssessmentFixture.fullyOpen()).adviceForWeakestAreas()).isEmpty();
  }

  @Test
  void the_report_reads_in_polish_and_english_OPEN_COHOST_OPEN_START() {
    SelfAssessment assessment =
        AssessmentFixture.withArea(
                AssessmentFixture.fullyOpen(),
                OpeningArea.OUTREACH_AND_PROMOTION,
                PracticeLevel.STARTING)
            .withAnswer(OpeningPractice.DOOR_TO_DOOR, PracticeLevel.NOT_YET);
    SelfAssessmentReport report =
        opening.assess(
            AssessmentFixture.withoutAnswer(assessment, OpeningPractice.BROAD_PARTNERSHIP));

    String english = report.render(Locale.ENGLISH);
    assertThat(english)
        .startsWith(
            "Self-assessment of openness: from client to co-host\n"
                + "Position: co-host — residents co-decide what happens, for whom and why\n"
                + "Overall score: 84% (99 of 117 points; answered: 38 of 39)\n")
        .contains("  outreach and promotion                [##........]  28%\n")
        .contains("  partnership and networking            [#######...]  75%\n")
        .contains("Starting conditions (OPEN-START): 2 of 4 in place\n")
        .contains(
            "  [ ] openness in social media and communication with the surroundings — just starting\n")
        .contains(
            "  [?] broad partnership — networking with other organisations and institutions — no answer\n")
        .contains(
            "  - Starting condition not assessed: broad partnership — networking with other organisations and institutions. (open.start.broad-partnership, OPEN-START)\n")
        .contains(
            "  - Outreach and promotion: 28%, below the co-host level (from 75%). (open.area.outreach-and-promotion, OPEN-PRACTICES)\n")
        .contains("      · going door to door, time for each person — not yet (OPEN-PRACTICES)\n");
    assertThat(report.render(PL))
        .contains(
            "Pozycja: współgospodarz — mieszkańcy współdecydują, co, dla kogo i po co się dzieje\n")
        .contains("Wynik ogólny: 84% (99 z 117 pkt; odpowiedzi: 38 z 39)\n")
        .contains("Warunki startowe (OPEN-START): spełnione 2 z 4\n")
        .contains(
            "      · chodzenie od drzwi do drzwi, czas dla każdego z osobna — jeszcze nie (OPEN-PRACTICES)\n");
  }

  @Test
  void should_reject_nulls() {
    NullPointerTester nulls = CoreContracts.nullPointerTester();
    nulls.setDefault(SelfAssessment.class, AssessmentFixture.fullyOpen());
    nulls.setDefault(OpeningArea.class, OpeningArea.STAFF_AND_ROLES);
    nulls.testAllPublicStaticMethods(OpeningAssessment.class);
    nulls.testAllPublicStaticMethods(OpeningFacts.class);
    nulls.testAllPublicInstanceMethods(opening);
    nulls.testAllPublicInstanceMethods(OpeningFacts.of(AssessmentFixture.fullyOpen()));
  }
}
