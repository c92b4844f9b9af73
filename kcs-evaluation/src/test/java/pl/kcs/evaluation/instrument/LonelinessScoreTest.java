package pl.kcs.evaluation.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A score is consistent with its instrument (KCS-EFF-LONELINESS): answered items within the
 * instrument's items, subscales only on the De Jong Gierveld scales, the total over the scale's
 * range; and it is scored only when it has a total.
 */
class LonelinessScoreTest {

  @Test
  void should_accept_every_item_answered_and_none() {
    assertThat(
            LonelinessScore.builder().instrument(Instrument.UCLA_3).answered(3).build().missing())
        .isZero();
    assertThat(
            LonelinessScore.builder().instrument(Instrument.UCLA_3).answered(0).build().missing())
        .isEqualTo(3);
  }

  @Test
  void should_reject_more_answers_than_items_or_fewer_than_none() {
    assertThatThrownBy(
            () -> LonelinessScore.builder().instrument(Instrument.UCLA_3).answered(4).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("answered must be in [0, 3], was 4");
    assertThatThrownBy(
            () -> LonelinessScore.builder().instrument(Instrument.DJG_6).answered(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("answered must be in [0, 6], was -1");
  }

  @Test
  void should_keep_subscales_to_the_de_jong_gierveld_scales() {
    ScaleScore subscale = ScaleScore.of(1, 0, 3, LonelinessBand.LONELY);

    assertThatThrownBy(
            () ->
                LonelinessScore.builder()
                    .instrument(Instrument.UCLA_3)
                    .answered(3)
                    .emotional(subscale)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("subscales exist only on the De Jong Gierveld scales, was given for UCLA_3");
    assertThatThrownBy(
            () ->
                LonelinessScore.builder()
                    .instrument(Instrument.UCLA_3)
                    .answered(3)
                    .social(subscale)
                    .build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            LonelinessScore.builder()
                .instrument(Instrument.DJG_6)
                .answered(6)
                .emotional(subscale)
                .build()
                .emotional())
        .hasValue(subscale);
  }

  @Test
  void should_range_a_total_over_its_instrument() {
    assertThatThrownBy(
            () ->
                LonelinessScore.builder()
                    .instrument(Instrument.DJG_11)
                    .answered(11)
                    .total(ScaleScore.of(3, 0, 6, LonelinessBand.MODERATELY_LONELY))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("total must range over [0, 11] on DJG_11, was [0, 6]");
    assertThatThrownBy(
            () ->
                LonelinessScore.builder()
                    .instrument(Instrument.UCLA_3)
                    .answered(3)
                    .total(ScaleScore.of(3, 3, 8, LonelinessBand.NOT_LONELY))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("total must range over [3, 9] on UCLA_3, was [3, 8]");
  }

  @Test
  void should_be_scored_only_with_a_total() {
    LonelinessScore unscored =
        LonelinessScore.builder().instrument(Instrument.UCLA_3).answered(1).build();
    LonelinessScore scored =
        LonelinessScore.builder()
            .instrument(Instrument.UCLA_3)
            .answered(3)
            .total(ScaleScore.of(6, 3, 9, LonelinessBand.LONELY))
            .build();

    assertThat(unscored.isScored()).isFalse();
    assertThat(unscored.points()).isEmpty();
    assertThat(scored.isScored()).isTrue();
    assertThat(scored.points()).hasValue(6);
    assertThat(scored.band()).hasValue(LonelinessBand.LONELY);
  }

  @Test
  void should_count_the_unanswered_items_of_a_de_jong_gierveld_response() {
    DjgResponse response =
        DjgResponse.builder()
            .form(DjgForm.SIX_ITEM)
            .putAnswers(DjgItem.SENSE_OF_EMPTINESS, DjgAnswer.NO)
            .putAnswers(DjgItem.MANY_TO_TRUST, DjgAnswer.YES)
            .build();

    assertThat(response.missing()).isEqualTo(4);
  }

  @Test
  void should_accept_the_lowest_moderate_cut_off_and_reject_zero() {
    assertThat(DjgBands.of(1, 3).band(1)).isEqualTo(LonelinessBand.MODERATELY_LONELY);
    assertThatThrownBy(() -> DjgBands.of(0, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("moderateFrom must be at least 1, was 0");
  }

  @Test
  void should_score_each_form_with_its_own_rules() {
    assertThatThrownBy(() -> LonelinessScoring.builder().djg11(DjgScoring.sixItem()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("djg11 must score the ELEVEN_ITEM form, was SIX_ITEM");
  }
}
