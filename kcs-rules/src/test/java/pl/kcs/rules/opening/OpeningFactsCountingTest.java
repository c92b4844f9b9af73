package pl.kcs.rules.opening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;

/**
 * What the self-assessment counts for each kind of host: the panel names tools "szczególnie w
 * pomocy społecznej" (OPEN-TOOLS-SOCIAL) and "szczególnie w kulturze" (OPEN-TOOLS-CULTURE), so a
 * social-assistance centre is not scored on the culture tools, a culture institution not on the
 * social ones, and without a host kind every tool counts.
 */
class OpeningFactsCountingTest {

  private static int count(String fact) {
    int count = 0;
    for (OpeningPractice practice : OpeningPractice.values()) {
      if (practice.source().id().equals(fact)) {
        count++;
      }
    }
    return count;
  }

  private static int scoredItems(HostKind kind) {
    return OpeningPractice.values().length
        - (kind == HostKind.SOCIAL_ASSISTANCE_CENTRE
            ? count("OPEN-TOOLS-CULTURE")
            : count("OPEN-TOOLS-SOCIAL"));
  }

  @Test
  void both_sectors_have_tools_of_their_own_OPEN_TOOLS_SOCIAL_OPEN_TOOLS_CULTURE() {
    assertThat(count("OPEN-TOOLS-SOCIAL")).isPositive();
    assertThat(count("OPEN-TOOLS-CULTURE")).isPositive();
  }

  @Test
  void without_a_host_kind_every_item_counts() {
    OpeningFacts facts = OpeningFacts.of(SelfAssessment.allAnswered(PracticeLevel.FULLY));

    assertThat(facts.hostKind()).isEmpty();
    assertThat(facts.items()).isEqualTo(OpeningPractice.values().length);
    assertThat(facts.answered()).isEqualTo(OpeningPractice.values().length);
    assertThat(facts.maxPoints())
        .isEqualTo(OpeningPractice.values().length * PracticeLevel.MAX_POINTS);
    assertThat(facts.points()).isEqualTo(facts.maxPoints());
    assertThat(facts.percent()).isEqualTo(100);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostKind.class)
  void a_host_is_scored_on_the_tools_of_its_own_sector_only_with_every_answer_counted_once(
      HostKind kind) {
    OpeningFacts facts = OpeningFacts.of(SelfAssessment.allAnswered(PracticeLevel.FULLY), kind);

    assertThat(facts.hostKind()).contains(kind);
    assertThat(facts.items()).isEqualTo(scoredItems(kind));
    assertThat(facts.answered()).isEqualTo(scoredItems(kind));
    assertThat(facts.maxPoints()).isEqualTo(scoredItems(kind) * PracticeLevel.MAX_POINTS);
    assertThat(facts.points()).isEqualTo(facts.maxPoints());
    int areaItems = 0;
    int areaAnswered = 0;
    int areaPoints = 0;
    for (OpeningArea area : OpeningArea.values()) {
      AreaScore score = facts.score(area);
      areaItems += score.items();
      areaAnswered += score.answered();
      areaPoints += score.points();
      assertThat(score.toDevelop()).as("%s answered fully", area).isEmpty();
    }
    assertThat(areaItems).isEqualTo(facts.items());
    assertThat(areaAnswered).isEqualTo(facts.answered());
    assertThat(areaPoints).isEqualTo(facts.points());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostKind.class)
  void an_answer_about_a_tool_of_the_other_sector_is_not_counted(HostKind kind) {
    String otherSector =
        kind == HostKind.SOCIAL_ASSISTANCE_CENTRE ? "OPEN-TOOLS-CULTURE" : "OPEN-TOOLS-SOCIAL";
    String ownSector =
        kind == HostKind.SOCIAL_ASSISTANCE_CENTRE ? "OPEN-TOOLS-SOCIAL" : "OPEN-TOOLS-CULTURE";
    SelfAssessment other = SelfAssessment.empty();
    SelfAssessment own = SelfAssessment.empty();
    for (OpeningPractice practice : OpeningPractice.values()) {
      if (practice.source().id().equals(otherSector)) {
        other = other.withAnswer(practice, PracticeLevel.FULLY);
      }
      if (practice.source().id().equals(ownSector)) {
        own = own.withAnswer(practice, PracticeLevel.FULLY);
      }
    }

    assertThat(OpeningFacts.of(other, kind).answered()).isZero();
    assertThat(OpeningFacts.of(other, kind).points()).isZero();
    assertThat(OpeningFacts.of(own, kind).answered()).isEqualTo(count(ownSector));
    assertThat(OpeningFacts.of(own, kind).points())
        .isEqualTo(count(ownSector) * PracticeLevel.MAX_POINTS);
    assertThat(OpeningFacts.of(other).answered())
        .as("with no host kind every tool counts")
        .isEqualTo(count(otherSector));
  }

  @Test
  void an_unanswered_self_assessment_counts_no_answer_and_no_point_and_everything_to_develop() {
    OpeningFacts facts = OpeningFacts.of(SelfAssessment.empty(), HostKind.LIBRARY);

    assertThat(facts.answered()).isZero();
    assertThat(facts.points()).isZero();
    assertThat(facts.percent()).isZero();
    assertThat(facts.items()).isEqualTo(scoredItems(HostKind.LIBRARY));
    int toDevelop = 0;
    for (OpeningArea area : OpeningArea.values()) {
      toDevelop += facts.score(area).toDevelop().size();
    }
    assertThat(toDevelop).isEqualTo(facts.items());
  }
}
