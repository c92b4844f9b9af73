package pl.kcs.evaluation.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.evaluation.instrument.DjgAnswer.MORE_OR_LESS;
import static pl.kcs.evaluation.instrument.DjgAnswer.NO;
import static pl.kcs.evaluation.instrument.DjgAnswer.NO_EMPHATIC;
import static pl.kcs.evaluation.instrument.DjgAnswer.YES;
import static pl.kcs.evaluation.instrument.DjgAnswer.YES_EMPHATIC;
import static pl.kcs.evaluation.instrument.DjgItem.ENOUGH_PEOPLE_CLOSE;
import static pl.kcs.evaluation.instrument.DjgItem.MANY_TO_TRUST;
import static pl.kcs.evaluation.instrument.DjgItem.MISS_PEOPLE_AROUND;
import static pl.kcs.evaluation.instrument.DjgItem.OFTEN_REJECTED;
import static pl.kcs.evaluation.instrument.DjgItem.PLENTY_TO_LEAN_ON;
import static pl.kcs.evaluation.instrument.DjgItem.SENSE_OF_EMPTINESS;
import static pl.kcs.evaluation.instrument.DjgItem.SOMEONE_TO_TALK_TO;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The De Jong Gierveld scale scored by the Manual of the Loneliness Scale (KCS-EFF-LONELINESS).
 * The worked examples apply the manual's stated rules by hand: dichotomous items with "more or
 * less" counting as lonely, the 6-item scale's items 3, 9, 10 (emotional) and 4, 7, 8 (social),
 * its bands 0–1 / 2–4 / 5–6 and its missing-answer syntax (total with at most one missing,
 * subscales with none), and the 11-item bands 0–2 / 3–8 / 9–10 / 11.
 */
class DjgScoringTest {

  private final DjgScoring six = DjgScoring.sixItem();
  private final DjgScoring eleven = DjgScoring.elevenItem();

  @Test
  void should_know_the_manual_items_of_each_form_and_subscale() {
    assertThat(DjgForm.SIX_ITEM.items())
        .extracting(DjgItem::number)
        .containsExactly(3, 4, 7, 8, 9, 10);
    assertThat(DjgForm.SIX_ITEM.items(DjgSubscale.EMOTIONAL))
        .extracting(DjgItem::number)
        .containsExactly(3, 9, 10);
    assertThat(DjgForm.ELEVEN_ITEM.items(DjgSubscale.EMOTIONAL))
        .extracting(DjgItem::number)
        .containsExactly(2, 3, 5, 6, 9, 10);
    assertThat(DjgForm.ELEVEN_ITEM.items(DjgSubscale.SOCIAL))
        .extracting(DjgItem::number)
        .containsExactly(1, 4, 7, 8, 11);
  }

  @Test
  void should_count_more_or_less_as_lonely_on_every_item_of_the_11_item_scale() {
    LonelinessScore score = eleven.score(allAnswered(DjgForm.ELEVEN_ITEM, MORE_OR_LESS));

    assertThat(score.points()).hasValue(11);
    assertThat(score.emotional().get().points()).isEqualTo(6);
    assertThat(score.social().get().points()).isEqualTo(5);
    assertThat(score.band()).contains(LonelinessBand.VERY_SEVERELY_LONELY);
  }

  @Test
  void should_score_yes_on_emotional_and_no_on_social_items_as_lonely() {
    LonelinessScore allYes = eleven.score(allAnswered(DjgForm.ELEVEN_ITEM, YES));
    LonelinessScore allNo = eleven.score(allAnswered(DjgForm.ELEVEN_ITEM, NO));

    assertThat(allYes.points()).hasValue(6);
    assertThat(allYes.emotional().get().points()).isEqualTo(6);
    assertThat(allYes.social().get().points()).isZero();
    assertThat(allNo.points()).hasValue(5);
    assertThat(allNo.emotional().get().points()).isZero();
    assertThat(allNo.social().get().points()).isEqualTo(5);
  }

  @Test
  void should_score_zero_for_the_least_lonely_answers() {
    Map<DjgItem, DjgAnswer> answers = new EnumMap<>(DjgItem.class);
    for (DjgItem item : DjgItem.values()) {
      answers.put(item, item.subscale() == DjgSubscale.EMOTIONAL ? NO : YES);
    }
    LonelinessScore score =
        eleven.score(
            DjgResponse.builder().form(DjgForm.ELEVEN_ITEM).putAllAnswers(answers).build());

    assertThat(score.points()).hasValue(0);
    assertThat(score.band()).contains(LonelinessBand.NOT_LONELY);
    assertThat(score.emotional().get().band()).isEqualTo(LonelinessBand.NOT_LONELY);
  }

  @ParameterizedTest(name = "11 items: {0} -> {1}")
  @CsvSource({
    "0, NOT_LONELY",
    "2, NOT_LONELY",
    "3, MODERATELY_LONELY",
    "8, MODERATELY_LONELY",
    "9, SEVERELY_LONELY",
    "10, SEVERELY_LONELY",
    "11, VERY_SEVERELY_LONELY"
  })
  void should_band_the_11_item_total_by_the_published_cut_offs(int points, LonelinessBand band) {
    assertThat(DjgBands.elevenItemManual().band(points)).isEqualTo(band);
    assertThat(eleven.score(withLonelyAnswers(DjgForm.ELEVEN_ITEM, points)).band()).contains(band);
  }

  @ParameterizedTest(name = "6 items: {0} -> {1}")
  @CsvSource({
    "0, NOT_LONELY",
    "1, NOT_LONELY",
    "2, MODERATELY_LONELY",
    "4, MODERATELY_LONELY",
    "5, SEVERELY_LONELY",
    "6, SEVERELY_LONELY"
  })
  void should_band_the_6_item_total_as_the_manual_syntax_does(int points, LonelinessBand band) {
    assertThat(six.score(withLonelyAnswers(DjgForm.SIX_ITEM, points)).band()).contains(band);
  }

  @Test
  void should_score_a_worked_6_item_example_with_both_subscales() {
    // Emotional: emptiness yes (1), miss people no (0), rejected more or less (1) = 2.
    // Social: lean on yes (0), trust no (1), close more or less (1) = 2. Total 4: moderately.
    DjgResponse response =
        DjgResponse.builder()
            .form(DjgForm.SIX_ITEM)
            .putAnswers(SENSE_OF_EMPTINESS, YES)
            .putAnswers(MISS_PEOPLE_AROUND, NO)
            .putAnswers(OFTEN_REJECTED, MORE_OR_LESS)
            .putAnswers(PLENTY_TO_LEAN_ON, YES)
            .putAnswers(MANY_TO_TRUST, NO)
            .putAnswers(ENOUGH_PEOPLE_CLOSE, MORE_OR_LESS)
            .build();

    LonelinessScore score = six.score(response);

    assertThat(score.instrument()).isEqualTo(Instrument.DJG_6);
    assertThat(score.points()).hasValue(4);
    assertThat(score.band()).contains(LonelinessBand.MODERATELY_LONELY);
    assertThat(score.emotional()).contains(ScaleScore.of(2, 0, 3, LonelinessBand.LONELY));
    assertThat(score.social()).contains(ScaleScore.of(2, 0, 3, LonelinessBand.LONELY));
  }

  @Test
  void should_score_the_five_point_format_dichotomously() {
    DjgResponse response =
        DjgResponse.builder()
            .form(DjgForm.SIX_ITEM)
            .format(DjgAnswerFormat.FIVE_POINT)
            .putAnswers(SENSE_OF_EMPTINESS, YES_EMPHATIC)
            .putAnswers(MISS_PEOPLE_AROUND, NO_EMPHATIC)
            .putAnswers(OFTEN_REJECTED, NO)
            .putAnswers(PLENTY_TO_LEAN_ON, NO_EMPHATIC)
            .putAnswers(MANY_TO_TRUST, YES_EMPHATIC)
            .putAnswers(ENOUGH_PEOPLE_CLOSE, YES)
            .build();

    LonelinessScore score = six.score(response);

    assertThat(score.emotional().get().points()).isEqualTo(1);
    assertThat(score.social().get().points()).isEqualTo(1);
    assertThat(score.points()).hasValue(2);
  }

  @Test
  void should_score_the_6_item_total_with_one_missing_answer_but_not_its_subscale() {
    // The manual's syntax: total missing only if more than one item is missing; a subscale
    // missing if any of its items is; missing answers add nothing to the count.
    DjgResponse oneMissing =
        DjgResponse.builder()
            .form(DjgForm.SIX_ITEM)
            .putAnswers(SENSE_OF_EMPTINESS, YES)
            .putAnswers(MISS_PEOPLE_AROUND, YES)
            .putAnswers(OFTEN_REJECTED, YES)
            .putAnswers(PLENTY_TO_LEAN_ON, NO)
            .putAnswers(MANY_TO_TRUST, NO)
            .build();
    DjgResponse twoMissing =
        oneMissing.withAnswers(
            Map.of(
                SENSE_OF_EMPTINESS,
                YES,
                MISS_PEOPLE_AROUND,
                YES,
                OFTEN_REJECTED,
                YES,
                PLENTY_TO_LEAN_ON,
                NO));

    LonelinessScore one = six.score(oneMissing);
    LonelinessScore two = six.score(twoMissing);

    assertThat(one.points()).hasValue(5);
    assertThat(one.band()).contains(LonelinessBand.SEVERELY_LONELY);
    assertThat(one.emotional()).contains(ScaleScore.of(3, 0, 3, LonelinessBand.LONELY));
    assertThat(one.social()).isEmpty();
    assertThat(one.missing()).isEqualTo(1);
    assertThat(two.isScored()).isFalse();
    assertThat(two.emotional()).isPresent();
    assertThat(two.social()).isEmpty();
  }

  @Test
  void should_apply_the_library_default_missing_answer_rule_to_the_11_items() {
    DjgResponse oneMissing =
        allAnswered(DjgForm.ELEVEN_ITEM, MORE_OR_LESS).withAnswers(allBut(SOMEONE_TO_TALK_TO));
    DjgResponse twoMissing =
        DjgResponse.builder()
            .form(DjgForm.ELEVEN_ITEM)
            .putAllAnswers(allBut(SOMEONE_TO_TALK_TO))
            .build()
            .withAnswers(allBut(SOMEONE_TO_TALK_TO, PLENTY_TO_LEAN_ON));

    assertThat(eleven.score(oneMissing).points()).hasValue(10);
    assertThat(eleven.score(oneMissing).social()).isEmpty();
    assertThat(eleven.score(twoMissing).isScored()).isFalse();

    DjgScoring lenient =
        DjgScoring.builder()
            .form(DjgForm.ELEVEN_ITEM)
            .totalMissing(MissingAnswerRule.of(2, MissingAnswerTreatment.PRORATE))
            .subscaleMissing(MissingAnswerRule.of(1, MissingAnswerTreatment.PRORATE))
            .build();
    // 9 lonely answers of 9 given, prorated to 11; social 3 of 3 given, prorated to 5.
    assertThat(lenient.score(twoMissing).points()).hasValue(11);
    assertThat(lenient.score(twoMissing).social()).isEmpty();
    assertThat(lenient.score(oneMissing).social().get().points()).isEqualTo(5);
  }

  @Test
  void should_score_11_answers_on_the_6_items_they_contain() {
    DjgResponse elevenAnswers = allAnswered(DjgForm.ELEVEN_ITEM, MORE_OR_LESS);

    DjgResponse sixAnswers = elevenAnswers.toSixItemForm();

    assertThat(sixAnswers.form()).isEqualTo(DjgForm.SIX_ITEM);
    assertThat(sixAnswers.answers()).hasSize(6);
    assertThat(six.score(sixAnswers).points()).hasValue(6);
    assertThat(sixAnswers.toSixItemForm()).isSameAs(sixAnswers);
    assertThat(LonelinessScoring.standard().score(elevenAnswers).instrument())
        .isEqualTo(Instrument.DJG_11);
    assertThat(LonelinessScoring.standard().score(sixAnswers).instrument())
        .isEqualTo(Instrument.DJG_6);
  }

  @Test
  void should_reject_a_response_of_another_form() {
    assertThatThrownBy(() -> six.score(allAnswered(DjgForm.ELEVEN_ITEM, YES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response must be of the SIX_ITEM form, was ELEVEN_ITEM");
  }

  @Test
  void should_reject_answers_the_form_or_format_does_not_offer() {
    assertThatThrownBy(
            () ->
                DjgResponse.builder()
                    .form(DjgForm.SIX_ITEM)
                    .putAnswers(SOMEONE_TO_TALK_TO, YES)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "answers must be to items of the SIX_ITEM form, was item 1 (SOMEONE_TO_TALK_TO)");
    assertThatThrownBy(
            () ->
                DjgResponse.builder()
                    .form(DjgForm.SIX_ITEM)
                    .putAnswers(SENSE_OF_EMPTINESS, YES_EMPHATIC)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "answers must be offered by the THREE_POINT format, was YES_EMPHATIC to item 3");
    assertThatThrownBy(() -> DjgResponse.builder().form(DjgForm.SIX_ITEM).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("answers must not be empty");
  }

  @Test
  void should_reject_scoring_rules_that_do_not_fit_the_form() {
    assertThatThrownBy(
            () ->
                DjgScoring.builder()
                    .form(DjgForm.SIX_ITEM)
                    .bands(DjgBands.elevenItemManual())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bands must lie within 0 to 6 on the SIX_ITEM form, was a cut-off at 11");
    assertThatThrownBy(
            () -> DjgScoring.builder().form(DjgForm.SIX_ITEM).subscaleLonelyFrom(4).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("subscaleLonelyFrom must be in [1, 3] on the SIX_ITEM form, was 4");
    assertThatThrownBy(
            () ->
                DjgScoring.builder()
                    .form(DjgForm.SIX_ITEM)
                    .totalMissing(MissingAnswerRule.of(6, MissingAnswerTreatment.PRORATE))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "totalMissing.maxMissing must leave at least one of the 6 items answered, was 6");
    assertThatThrownBy(
            () ->
                DjgScoring.builder()
                    .form(DjgForm.ELEVEN_ITEM)
                    .subscaleMissing(MissingAnswerRule.of(5, MissingAnswerTreatment.PRORATE))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "subscaleMissing.maxMissing must leave at least one item of each subscale answered, was 5");
    assertThatThrownBy(() -> DjgBands.of(3, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("severeFrom must be above moderateFrom, was 3 with moderateFrom 3");
    assertThatThrownBy(() -> DjgBands.of(0, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("moderateFrom must be at least 1, was 0");
    assertThatThrownBy(() -> DjgBands.of(3, 9, 9))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("verySevereFrom must be above severeFrom, was 9 with severeFrom 9");
    assertThatThrownBy(() -> LonelinessScoring.builder().djg6(DjgScoring.elevenItem()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("djg6 must score the SIX_ITEM form, was ELEVEN_ITEM");
  }

  @Test
  void should_take_a_subscale_cut_off_of_two_when_configured() {
    DjgScoring stricter = DjgScoring.builder().form(DjgForm.SIX_ITEM).subscaleLonelyFrom(2).build();

    LonelinessScore score = stricter.score(withLonelyAnswers(DjgForm.SIX_ITEM, 2));

    // The first two items in order are SENSE_OF_EMPTINESS (emotional) and PLENTY_TO_LEAN_ON
    // (social).
    assertThat(score.emotional().get().band()).isEqualTo(LonelinessBand.NOT_LONELY);
    assertThat(score.social().get().band()).isEqualTo(LonelinessBand.NOT_LONELY);
  }

  @Test
  void should_count_a_subscale_as_lonely_from_exactly_its_cut_off() {
    // Emotional items 3, 9, 10 (lonely: yes); social items 4, 7, 8 (lonely: no). Two lonely
    // emotional answers and one lonely social answer.
    DjgResponse response =
        DjgResponse.builder()
            .form(DjgForm.SIX_ITEM)
            .putAnswers(DjgItem.SENSE_OF_EMPTINESS, DjgAnswer.YES)
            .putAnswers(DjgItem.MISS_PEOPLE_AROUND, DjgAnswer.YES)
            .putAnswers(DjgItem.OFTEN_REJECTED, DjgAnswer.NO)
            .putAnswers(DjgItem.PLENTY_TO_LEAN_ON, DjgAnswer.NO)
            .putAnswers(DjgItem.MANY_TO_TRUST, DjgAnswer.YES)
            .putAnswers(DjgItem.ENOUGH_PEOPLE_CLOSE, DjgAnswer.YES)
            .build();

    LonelinessScore atTwo =
        DjgScoring.builder().form(DjgForm.SIX_ITEM).subscaleLonelyFrom(2).build().score(response);
    LonelinessScore atThree =
        DjgScoring.builder().form(DjgForm.SIX_ITEM).subscaleLonelyFrom(3).build().score(response);
    LonelinessScore manual = DjgScoring.sixItem().score(response);

    // Cut-off 2: exactly 2 is lonely, 1 is not.
    assertThat(atTwo.emotional().get().points()).isEqualTo(2);
    assertThat(atTwo.emotional().get().band()).isEqualTo(LonelinessBand.LONELY);
    assertThat(atTwo.social().get().points()).isEqualTo(1);
    assertThat(atTwo.social().get().band()).isEqualTo(LonelinessBand.NOT_LONELY);
    // Cut-off 3: 2 falls short.
    assertThat(atThree.emotional().get().band()).isEqualTo(LonelinessBand.NOT_LONELY);
    // The manual's cut-off 1: exactly 1 is lonely.
    assertThat(manual.social().get().band()).isEqualTo(LonelinessBand.LONELY);
  }

  @Test
  void should_be_values() {
    new EqualsTester()
        .addEqualityGroup(DjgScoring.sixItem(), DjgScoring.builder().form(DjgForm.SIX_ITEM).build())
        .addEqualityGroup(DjgScoring.elevenItem())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DjgBands.of(2, 5), DjgBands.sixItemManual())
        .addEqualityGroup(DjgBands.of(3, 9, 11))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(six);
    new NullPointerTester().testAllPublicInstanceMethods(allAnswered(DjgForm.SIX_ITEM, NO));
    new NullPointerTester().testAllPublicInstanceMethods(LonelinessScoring.standard());
  }

  /** A response of {@code form} with {@code answer} to every item. */
  static DjgResponse allAnswered(DjgForm form, DjgAnswer answer) {
    DjgResponse.Builder response = DjgResponse.builder().form(form);
    for (DjgItem item : form.items()) {
      response.putAnswers(item, answer);
    }
    return response.build();
  }

  /** A response of {@code form} whose first {@code lonely} items are answered lonely, the rest not. */
  static DjgResponse withLonelyAnswers(DjgForm form, int lonely) {
    DjgResponse.Builder response = DjgResponse.builder().form(form);
    int index = 0;
    for (DjgItem item : form.items()) {
      boolean makeLonely = index++ < lonely;
      boolean emotional = item.subscale() == DjgSubscale.EMOTIONAL;
      response.putAnswers(item, makeLonely == emotional ? YES : NO);
    }
    return response.build();
  }

  private static Map<DjgItem, DjgAnswer> allBut(DjgItem... left) {
    Map<DjgItem, DjgAnswer> answers = new EnumMap<>(DjgItem.class);
    for (DjgItem item : DjgItem.values()) {
      answers.put(item, MORE_OR_LESS);
    }
    for (DjgItem item : left) {
      answers.remove(item);
    }
    return answers;
  }
}
