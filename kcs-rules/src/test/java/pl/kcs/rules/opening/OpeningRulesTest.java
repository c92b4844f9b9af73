package pl.kcs.rules.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Rule;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * Every built-in rule of the self-assessment — the starting conditions (OPEN-START), the areas
 * (OPEN-PRACTICES, OPEN-START, OPEN-COHOST) and the position (OPEN-COHOST) — once passing on a fully
 * open institution and once failing, with its message asserted in Polish and English.
 */
class OpeningRulesTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale EN = Locale.ENGLISH;

  static Stream<Arguments> rules() {
    return Stream.of(
        start(
            "open.start.shared-vision",
            OpeningPractice.SHARED_VISION,
            "wspólna wizja",
            "a shared vision"),
        start(
            "open.start.friendly-space",
            OpeningPractice.FRIENDLY_SPACE,
            "przyjazna przestrzeń, do której chce się wracać",
            "a friendly space people want to come back to"),
        start(
            "open.start.open-communication",
            OpeningPractice.OPEN_COMMUNICATION,
            "otwarcie na media społecznościowe i komunikację z otoczeniem",
            "openness in social media and communication with the surroundings"),
        start(
            "open.start.broad-partnership",
            OpeningPractice.BROAD_PARTNERSHIP,
            "szerokie partnerstwo — sieciowanie z innymi organizacjami i instytucjami",
            "broad partnership — networking with other organisations and institutions"),
        area(
            "open.area.governance-and-funding",
            OpeningArea.GOVERNANCE_AND_FUNDING,
            "OPEN-PRACTICES",
            "Zarządzanie i finansowanie",
            "Governance and funding"),
        area(
            "open.area.staff-and-roles",
            OpeningArea.STAFF_AND_ROLES,
            "OPEN-PRACTICES",
            "Zespół i role",
            "Staff and roles"),
        area(
            "open.area.space-and-hours",
            OpeningArea.SPACE_AND_HOURS,
            "OPEN-START",
            "Przestrzeń i godziny otwarcia",
            "Space and hours"),
        area(
            "open.area.outreach-and-promotion",
            OpeningArea.OUTREACH_AND_PROMOTION,
            "OPEN-PRACTICES",
            "Docieranie do mieszkańców i promocja",
            "Outreach and promotion"),
        area(
            "open.area.partnership-and-networking",
            OpeningArea.PARTNERSHIP_AND_NETWORKING,
            "OPEN-START",
            "Partnerstwo i sieciowanie",
            "Partnership and networking"),
        area(
            "open.area.cohosting-and-initiative",
            OpeningArea.COHOSTING_AND_INITIATIVE,
            "OPEN-COHOST",
            "Współgospodarzenie i inicjatywa mieszkańców",
            "Co-hosting and residents' initiative"),
        area(
            "open.area.process-and-evaluation",
            OpeningArea.PROCESS_AND_EVALUATION,
            "OPEN-PRACTICES",
            "Praca procesem i ewaluacja",
            "Process and evaluation"),
        Arguments.of(
            "open.cohost",
            "OPEN-COHOST",
            Severity.ADVICE,
            SelfAssessment.allAnswered(PracticeLevel.PARTLY),
            "Pozycja na skali od klienta do współgospodarza: współgospodarz — mieszkańcy współdecydują, co, dla kogo i po co się dzieje (wynik ogólny 100%).",
            "Position on the client → co-host scale: co-host — residents co-decide what happens, for whom and why (overall score 100%).",
            "Pozycja na skali od klienta do współgospodarza: partner — mieszkańcy są pytani o zdanie i działają razem z instytucją (wynik ogólny 66%); cel: współgospodarz — mieszkańcy współdecydują, co, dla kogo i po co się dzieje.",
            "Position on the client → co-host scale: partner — residents are consulted and act together with the institution (overall score 66%); the goal: co-host — residents co-decide what happens, for whom and why."));
  }

  private static Arguments start(
      String id, OpeningPractice condition, String polish, String english) {
    return Arguments.of(
        id,
        "OPEN-START",
        Severity.WARNING,
        AssessmentFixture.fullyOpen().withAnswer(condition, PracticeLevel.STARTING),
        "Warunek startowy spełniony: " + polish + " (w pełni).",
        "Starting condition in place: " + english + " (fully).",
        "Warunek startowy niespełniony: "
            + polish
            + " (odpowiedź: dopiero zaczynamy; potrzeba co najmniej: częściowo).",
        "Starting condition not in place: "
            + english
            + " (answer: just starting; needed: at least partly).");
  }

  private static Arguments area(
      String id, OpeningArea area, String fact, String polish, String english) {
    return Arguments.of(
        id,
        fact,
        Severity.ADVICE,
        AssessmentFixture.withArea(AssessmentFixture.fullyOpen(), area, PracticeLevel.STARTING),
        polish + ": 100%, poziom współgospodarza (od 75%).",
        english + ": 100%, at the co-host level (from 75%).",
        polish + ": 33%, poniżej poziomu współgospodarza (od 75%).",
        english + ": 33%, below the co-host level (from 75%).");
  }

  @ParameterizedTest(name = "{0} ({1}) passes for a fully open institution")
  @MethodSource("rules")
  void each_rule_passes_for_a_fully_open_institution_and_says_so_in_polish_and_english(
      String id,
      String fact,
      Severity severity,
      SelfAssessment lacking,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(AssessmentFixture.fullyOpen(), id);

    assertThat(outcome.status()).isEqualTo(Status.PASSED);
    assertThat(outcome.source().id()).isEqualTo(fact);
    assertThat(outcome.severity()).isEqualTo(severity);
    assertThat(outcome.message(PL)).isEqualTo(passedPl);
    assertThat(outcome.message(EN)).isEqualTo(passedEn);
  }

  @ParameterizedTest(name = "{0} ({1}) fails when the institution lacks it")
  @MethodSource("rules")
  void each_rule_fails_when_the_institution_lacks_it_and_says_what_to_do(
      String id,
      String fact,
      Severity severity,
      SelfAssessment lacking,
      String passedPl,
      String passedEn,
      String failedPl,
      String failedEn) {
    Outcome outcome = outcome(lacking, id);

    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message(PL)).isEqualTo(failedPl);
    assertThat(outcome.message(EN)).isEqualTo(failedEn);
    assertThat(outcome.action(PL))
        .isNotBlank()
        .isNotEqualTo(outcome.action(EN))
        .doesNotContain("''");
    assertThat(outcome.render(EN))
        .contains(failedEn)
        .contains("(" + id + ", " + fact + ")")
        .contains("→ " + outcome.action(EN));
  }

  @Test
  void the_cases_above_cover_every_built_in_rule_once() {
    assertThat(rules().map(a -> (String) a.get()[0]))
        .containsExactlyElementsOf(
            OpeningAssessment.defaultRules().rules().stream()
                .map(r -> r.id().value())
                .collect(Collectors.toList()));
  }

  @Test
  void an_unanswered_starting_condition_is_unknown_not_failed_OPEN_START() {
    Outcome outcome =
        outcome(
            AssessmentFixture.withoutAnswer(
                AssessmentFixture.fullyOpen(), OpeningPractice.FRIENDLY_SPACE),
            "open.start.friendly-space");

    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.isProblem()).isTrue();
    assertThat(outcome.message(PL))
        .isEqualTo(
            "Nie oceniono warunku startowego: przyjazna przestrzeń, do której chce się wracać.");
    assertThat(outcome.message(EN))
        .isEqualTo(
            "Starting condition not assessed: a friendly space people want to come back to.");
  }

  @Test
  void
      the_advice_of_an_area_names_the_practices_and_tools_to_develop_weakest_first_OPEN_TOOLS_SOCIAL_OPEN_TOOLS_CULTURE() {
    SelfAssessment assessment =
        AssessmentFixture.fullyOpen()
            .withAnswer(OpeningPractice.EMPOWERMENT, PracticeLevel.PARTLY)
            .withAnswer(OpeningPractice.SOCIAL_CAFE, PracticeLevel.NOT_YET)
            .withAnswer(OpeningPractice.CONSULTATION_BEFORE_OPENING, PracticeLevel.STARTING)
            .withAnswer(OpeningPractice.NON_COMMERCIAL, PracticeLevel.STARTING);
    Outcome outcome = outcome(assessment, "open.area.cohosting-and-initiative");

    // 3+2+0+1+3+3+3+1 = 16 of 24 points: 66%.
    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.finding().observed()).isEqualTo(66);
    assertThat(outcome.finding().subjects())
        .containsExactly(
            OpeningPractice.SOCIAL_CAFE,
            OpeningPractice.CONSULTATION_BEFORE_OPENING,
            OpeningPractice.NON_COMMERCIAL,
            OpeningPractice.EMPOWERMENT);
    assertThat(OpeningPractice.SOCIAL_CAFE.source().id()).isEqualTo("OPEN-TOOLS-CULTURE");
    assertThat(OpeningPractice.EMPOWERMENT.source().id()).isEqualTo("OPEN-TOOLS-SOCIAL");
  }

  @Test
  void every_rule_has_its_messages_in_the_self_assessments_own_bundle() {
    for (Rule<OpeningFacts> rule : OpeningAssessment.defaultRules().rules()) {
      assertThat(rule.messages()).as(rule.id().value()).isSameAs(OpeningRules.WORDS);
      assertThat(rule.source().id()).startsWith("OPEN-");
    }
  }

  private static Outcome outcome(SelfAssessment assessment, String ruleId) {
    return OpeningAssessment.withDefaultRules()
        .assess(assessment)
        .evaluation()
        .outcome(ruleId)
        .orElseThrow();
  }
}
