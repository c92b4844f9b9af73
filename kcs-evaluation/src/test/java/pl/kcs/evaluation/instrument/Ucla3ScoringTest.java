package pl.kcs.evaluation.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.evaluation.instrument.UclaAnswer.HARDLY_EVER;
import static pl.kcs.evaluation.instrument.UclaAnswer.OFTEN;
import static pl.kcs.evaluation.instrument.UclaAnswer.SOME_OF_THE_TIME;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/**
 * The UCLA 3-item scale as Hughes et al. (2004) score it: 1–3 per item, total 3–9
 * (KCS-EFF-LONELINESS). Worked examples follow the published item points; the cut-off and the
 * missing-answer rule are library defaults.
 */
class Ucla3ScoringTest {

  private final Ucla3Scoring standard = Ucla3Scoring.standard();

  @Test
  void should_sum_the_published_item_points_from_3_to_9() {
    assertThat(standard.score(UclaResponse.of(HARDLY_EVER, HARDLY_EVER, HARDLY_EVER)).points())
        .hasValue(3);
    assertThat(standard.score(UclaResponse.of(HARDLY_EVER, SOME_OF_THE_TIME, OFTEN)).points())
        .hasValue(6);
    assertThat(standard.score(UclaResponse.of(OFTEN, OFTEN, OFTEN)).points()).hasValue(9);
  }

  @Test
  void should_count_6_or_more_as_lonely_by_the_library_default_cut_off() {
    LonelinessScore five =
        standard.score(UclaResponse.of(HARDLY_EVER, SOME_OF_THE_TIME, SOME_OF_THE_TIME));
    LonelinessScore six =
        standard.score(UclaResponse.of(SOME_OF_THE_TIME, SOME_OF_THE_TIME, SOME_OF_THE_TIME));

    assertThat(five.points()).hasValue(5);
    assertThat(five.band()).contains(LonelinessBand.NOT_LONELY);
    assertThat(six.points()).hasValue(6);
    assertThat(six.band()).contains(LonelinessBand.LONELY);
    assertThat(Ucla3Scoring.DEFAULT_LONELY_FROM).isEqualTo(6);
  }

  @Test
  void should_apply_a_configured_cut_off() {
    Ucla3Scoring fromFour = Ucla3Scoring.builder().lonelyFrom(4).build();

    assertThat(fromFour.score(UclaResponse.of(HARDLY_EVER, HARDLY_EVER, SOME_OF_THE_TIME)).band())
        .contains(LonelinessBand.LONELY);
    assertThat(fromFour.score(UclaResponse.of(HARDLY_EVER, HARDLY_EVER, HARDLY_EVER)).band())
        .contains(LonelinessBand.NOT_LONELY);
  }

  @Test
  void should_leave_the_score_missing_when_an_answer_is_missing_by_default() {
    UclaResponse twoAnswers =
        UclaResponse.builder()
            .putAnswers(UclaItem.LACK_COMPANIONSHIP, OFTEN)
            .putAnswers(UclaItem.ISOLATED, OFTEN)
            .build();

    LonelinessScore score = standard.score(twoAnswers);

    assertThat(score.isScored()).isFalse();
    assertThat(score.points()).isEmpty();
    assertThat(score.band()).isEmpty();
    assertThat(score.answered()).isEqualTo(2);
    assertThat(score.missing()).isEqualTo(1);
    assertThat(twoAnswers.missing()).isEqualTo(1);
  }

  @Test
  void should_prorate_one_missing_answer_half_up_when_configured() {
    Ucla3Scoring prorating =
        Ucla3Scoring.builder()
            .missingAnswers(MissingAnswerRule.of(1, MissingAnswerTreatment.PRORATE))
            .build();
    UclaResponse oneAndTwo =
        UclaResponse.builder()
            .putAnswers(UclaItem.LACK_COMPANIONSHIP, HARDLY_EVER)
            .putAnswers(UclaItem.LEFT_OUT, SOME_OF_THE_TIME)
            .build();
    UclaResponse oneOnly = UclaResponse.builder().putAnswers(UclaItem.LEFT_OUT, OFTEN).build();

    // (1 + 2) · 3 / 2 = 4.5, half up to 5.
    assertThat(prorating.score(oneAndTwo).points()).hasValue(5);
    // Two missing is one more than the rule allows.
    assertThat(prorating.score(oneOnly).isScored()).isFalse();
  }

  @Test
  void should_score_a_missing_answer_as_hardly_ever_when_configured() {
    Ucla3Scoring lowest =
        Ucla3Scoring.builder()
            .missingAnswers(MissingAnswerRule.of(2, MissingAnswerTreatment.SCORE_AS_NOT_LONELY))
            .build();
    UclaResponse oneOften = UclaResponse.builder().putAnswers(UclaItem.LEFT_OUT, OFTEN).build();

    assertThat(lowest.score(oneOften).points()).hasValue(5);
  }

  @Test
  void should_reject_rules_outside_the_scale_naming_the_value() {
    assertThatThrownBy(() -> Ucla3Scoring.builder().lonelyFrom(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lonelyFrom must be in [4, 9], was 3");
    assertThatThrownBy(() -> Ucla3Scoring.builder().lonelyFrom(10).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lonelyFrom must be in [4, 9], was 10");
    assertThatThrownBy(
            () ->
                Ucla3Scoring.builder()
                    .missingAnswers(MissingAnswerRule.of(3, MissingAnswerTreatment.PRORATE))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "missingAnswers.maxMissing must leave at least one of the 3 items answered, was 3");
    assertThatThrownBy(() -> MissingAnswerRule.of(-1, MissingAnswerTreatment.PRORATE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxMissing must not be negative, was -1");
    assertThatThrownBy(() -> UclaResponse.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("answers must not be empty");
  }

  @Test
  void should_be_values() {
    new EqualsTester()
        .addEqualityGroup(Ucla3Scoring.standard(), Ucla3Scoring.builder().lonelyFrom(6).build())
        .addEqualityGroup(Ucla3Scoring.builder().lonelyFrom(5).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            UclaResponse.of(OFTEN, OFTEN, HARDLY_EVER),
            UclaResponse.of(HARDLY_EVER, OFTEN, OFTEN)
                .withAnswer(UclaItem.LACK_COMPANIONSHIP, OFTEN)
                .withAnswer(UclaItem.ISOLATED, HARDLY_EVER))
        .addEqualityGroup(UclaResponse.of(OFTEN, OFTEN, OFTEN))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(standard);
    new NullPointerTester().testAllPublicInstanceMethods(UclaResponse.of(OFTEN, OFTEN, OFTEN));
    new NullPointerTester().testAllPublicStaticMethods(MissingAnswerRule.class);
  }
}
