package pl.kcs.core.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreContracts;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.stage.KcsImplementation;

/** The self-assessment of an institution's openness, "from client to co-host" (OPEN-*). */
class SelfAssessmentTest {

  private static final Locale PL = Locale.forLanguageTag("pl");

  private static List<OpeningPractice> citing(String fact) {
    return Arrays.stream(OpeningPractice.values())
        .filter(p -> p.source().id().equals(fact))
        .collect(Collectors.toList());
  }

  @Test
  @DisplayName(
      "OPEN-START, OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE, OPEN-PRACTICES: every item of the source, once")
  void the_items_are_the_sources_starting_point_tools_and_practices() {
    assertThat(citing("OPEN-START"))
        .containsExactly(
            OpeningPractice.SHARED_VISION,
            OpeningPractice.FRIENDLY_SPACE,
            OpeningPractice.OPEN_COMMUNICATION,
            OpeningPractice.BROAD_PARTNERSHIP)
        .isEqualTo(OpeningPractice.startingConditions());
    assertThat(citing("OPEN-TOOLS-SOCIAL")).hasSize(5);
    assertThat(citing("OPEN-TOOLS-CULTURE")).hasSize(5);
    assertThat(citing("OPEN-PRACTICES")).hasSize(25);
    assertThat(OpeningPractice.values()).hasSize(39);
    assertThat(OpeningPractice.SHARED_VISION.isStartingCondition()).isTrue();
    assertThat(OpeningPractice.REPETITION.isStartingCondition()).isFalse();
  }

  @Test
  void every_area_has_items_and_every_item_one_area() {
    int total = 0;
    for (OpeningArea area : OpeningArea.values()) {
      List<OpeningPractice> items = OpeningPractice.in(area);
      assertThat(items).as(area.name()).isNotEmpty().allMatch(p -> p.area() == area);
      total += items.size();
    }
    assertThat(total).isEqualTo(OpeningPractice.values().length);
    assertThat(OpeningPractice.in(OpeningArea.STAFF_AND_ROLES))
        .contains(
            OpeningPractice.SHARED_VISION,
            OpeningPractice.COORDINATOR_ANIMATOR_SPLIT,
            OpeningPractice.LESS_MULTITASKING);
    assertThat(OpeningPractice.in(OpeningArea.COHOSTING_AND_INITIATIVE))
        .contains(
            OpeningPractice.EMPOWERMENT,
            OpeningPractice.INITIATIVE_TO_INFORMAL_GROUPS,
            OpeningPractice.SOCIAL_CAFE);
  }

  @Test
  void labels_follow_the_polish_source() {
    assertThat(OpeningPractice.LESS_MULTITASKING.label(PL))
        .isEqualTo("ograniczenie wielozadaniowości pracowników");
    assertThat(OpeningPractice.SOCIAL_CAFE.label(Locale.ENGLISH)).isEqualTo("a social café");
    assertThat(OpeningArea.COHOSTING_AND_INITIATIVE.label(PL))
        .isEqualTo("współgospodarzenie i inicjatywa mieszkańców");
    assertThat(PracticeLevel.PARTLY.label(PL)).isEqualTo("częściowo");
    assertThat(CohostPosition.CO_HOST.label(PL))
        .startsWith("współgospodarz — mieszkańcy współdecydują");
  }

  @Test
  @DisplayName("OPEN-PRACTICES: the four-step scale is worth 0 to 3 points; in place from 'partly'")
  void the_scale() {
    assertThat(Arrays.stream(PracticeLevel.values()).mapToInt(PracticeLevel::points))
        .containsExactly(0, 1, 2, 3);
    assertThat(PracticeLevel.MAX_POINTS).isEqualTo(PracticeLevel.FULLY.points());
    assertThat(Arrays.stream(PracticeLevel.values()).filter(PracticeLevel::isInPlace))
        .containsExactly(PracticeLevel.PARTLY, PracticeLevel.FULLY);
    assertThat(PracticeLevel.FULLY.isBetterThan(PracticeLevel.PARTLY)).isTrue();
    assertThat(PracticeLevel.PARTLY.isBetterThan(PracticeLevel.PARTLY)).isFalse();
  }

  @Test
  @DisplayName(
      "OPEN-COHOST: client from 0%, participant from 25%, partner from 50%, co-host from 75%")
  void the_rungs_of_the_client_to_co_host_scale() {
    assertThat(CohostPosition.values())
        .extracting(CohostPosition::minimumPercent)
        .containsExactly(0, 25, 50, 75);
    assertThat(CohostPosition.forPercent(0)).isEqualTo(CohostPosition.CLIENT);
    assertThat(CohostPosition.forPercent(24)).isEqualTo(CohostPosition.CLIENT);
    assertThat(CohostPosition.forPercent(25)).isEqualTo(CohostPosition.PARTICIPANT);
    assertThat(CohostPosition.forPercent(49)).isEqualTo(CohostPosition.PARTICIPANT);
    assertThat(CohostPosition.forPercent(50)).isEqualTo(CohostPosition.PARTNER);
    assertThat(CohostPosition.forPercent(74)).isEqualTo(CohostPosition.PARTNER);
    assertThat(CohostPosition.forPercent(75)).isEqualTo(CohostPosition.CO_HOST);
    assertThat(CohostPosition.forPercent(100)).isEqualTo(CohostPosition.CO_HOST);
    assertThatThrownBy(() -> CohostPosition.forPercent(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be in [0, 100], was 101");
    assertThatThrownBy(() -> CohostPosition.forPercent(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be in [0, 100], was -1");
  }

  @Test
  void an_unanswered_item_counts_as_not_yet_and_is_not_in_place_OPEN_START() {
    SelfAssessment assessment =
        SelfAssessment.builder()
            .putAnswers(OpeningPractice.SHARED_VISION, PracticeLevel.FULLY)
            .putAnswers(OpeningPractice.FRIENDLY_SPACE, PracticeLevel.STARTING)
            .build();

    assertThat(assessment.answer(OpeningPractice.OPEN_COMMUNICATION)).isEmpty();
    assertThat(assessment.answer(OpeningPractice.SHARED_VISION)).contains(PracticeLevel.FULLY);
    assertThat(assessment.answer(OpeningPractice.FRIENDLY_SPACE)).contains(PracticeLevel.STARTING);
    assertThat(assessment.levelOf(OpeningPractice.OPEN_COMMUNICATION))
        .isEqualTo(PracticeLevel.NOT_YET);
    assertThat(assessment.isInPlace(OpeningPractice.SHARED_VISION)).isTrue();
    assertThat(assessment.notInPlace(OpeningPractice.startingConditions()))
        .containsExactly(
            OpeningPractice.FRIENDLY_SPACE,
            OpeningPractice.OPEN_COMMUNICATION,
            OpeningPractice.BROAD_PARTNERSHIP);
    assertThat(
            assessment.notInPlace(
                List.of(OpeningPractice.BROAD_PARTNERSHIP, OpeningPractice.FRIENDLY_SPACE)))
        .as("in enum order whatever the order asked")
        .containsExactly(OpeningPractice.FRIENDLY_SPACE, OpeningPractice.BROAD_PARTNERSHIP);
  }

  @Test
  void answering_again_replaces_the_earlier_answer_OPEN_PRACTICES() {
    SelfAssessment assessment =
        SelfAssessment.empty().withAnswer(OpeningPractice.REPETITION, PracticeLevel.STARTING);
    SelfAssessment better = assessment.withAnswer(OpeningPractice.REPETITION, PracticeLevel.FULLY);

    assertThat(better.answers())
        .containsExactly(java.util.Map.entry(OpeningPractice.REPETITION, PracticeLevel.FULLY));
    assertThat(assessment.levelOf(OpeningPractice.REPETITION)).isEqualTo(PracticeLevel.STARTING);
    assertThat(SelfAssessment.allAnswered(PracticeLevel.PARTLY).answers())
        .hasSize(39)
        .containsValue(PracticeLevel.PARTLY);
  }

  @Test
  void value_contract() {
    SelfAssessment some =
        SelfAssessment.builder()
            .putAnswers(OpeningPractice.SHARED_VISION, PracticeLevel.FULLY)
            .putAnswers(OpeningPractice.REPETITION, PracticeLevel.NOT_YET)
            .build();
    new EqualsTester()
        .addEqualityGroup(
            some,
            SelfAssessment.empty()
                .withAnswer(OpeningPractice.REPETITION, PracticeLevel.NOT_YET)
                .withAnswer(OpeningPractice.SHARED_VISION, PracticeLevel.FULLY))
        .addEqualityGroup(some.withAssessedOn(LocalDate.of(2024, 3, 1)))
        .addEqualityGroup(some.withAnswer(OpeningPractice.REPETITION, PracticeLevel.STARTING))
        .addEqualityGroup(SelfAssessment.empty(), SelfAssessment.builder().build())
        .testEquals();
    NullPointerTester nulls = CoreContracts.nullPointerTester();
    nulls.setDefault(SelfAssessment.class, some);
    nulls.testAllPublicStaticMethods(SelfAssessment.class);
    nulls.testAllPublicInstanceMethods(some);
    nulls.testAllPublicInstanceMethods(SelfAssessment.builder());
  }

  @Test
  @DisplayName(
      "OPEN-START, KCS-S1A: a KCS host may attach its self-assessment to its implementation")
  void a_kcs_implementation_may_carry_the_hosts_self_assessment() {
    KcsImplementation library = Fixtures.aLibraryStartingStageOne();

    assertThat(library.selfAssessment()).isEmpty();
    SelfAssessment assessment = SelfAssessment.allAnswered(PracticeLevel.PARTLY);
    assertThat(library.withSelfAssessment(assessment).selfAssessment()).contains(assessment);
  }
}
