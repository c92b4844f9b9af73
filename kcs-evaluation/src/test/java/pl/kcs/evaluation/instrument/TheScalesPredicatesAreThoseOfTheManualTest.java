package pl.kcs.evaluation.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The predicates of the loneliness instruments (KCS-EFF-LONELINESS) pinned value by value in
 * kcs-evaluation's own tests (issue 20): which answer scores 1 on which subscale of the De Jong
 * Gierveld scale (the manual's dichotomy), which answers each format offers, and which bands count
 * as lonely. A predicate turned always true or always false fails here, not only in a golden text
 * elsewhere.
 */
class TheScalesPredicatesAreThoseOfTheManualTest {

  @ParameterizedTest(name = "{0} on an emotional item is lonely: {1}; on a social item: {2}")
  @CsvSource({
    "YES_EMPHATIC, true, false",
    "YES, true, false",
    "MORE_OR_LESS, true, true",
    "NO, false, true",
    "NO_EMPHATIC, false, true"
  })
  void an_answer_scores_lonely_by_the_wording_of_its_item_and_more_or_less_always_does(
      DjgAnswer answer, boolean onEmotional, boolean onSocial) {
    for (DjgItem item : DjgItem.values()) {
      assertThat(item.isLonely(answer))
          .as("item %s (%s), answer %s", item.number(), item.subscale(), answer)
          .isEqualTo(item.subscale() == DjgSubscale.EMOTIONAL ? onEmotional : onSocial);
    }
  }

  @ParameterizedTest(name = "{0}: three-point format offers it: {1}")
  @CsvSource({
    "YES_EMPHATIC, false",
    "YES, true",
    "MORE_OR_LESS, true",
    "NO, true",
    "NO_EMPHATIC, false"
  })
  void the_interview_format_offers_three_answers_and_the_questionnaire_all_five(
      DjgAnswer answer, boolean inThree) {
    assertThat(answer.inThreePointFormat()).isEqualTo(inThree);
    assertThat(DjgAnswerFormat.THREE_POINT.offers(answer)).isEqualTo(inThree);
    assertThat(DjgAnswerFormat.FIVE_POINT.offers(answer)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LonelinessBand.class)
  void every_band_but_not_lonely_counts_as_lonely(LonelinessBand band) {
    assertThat(band.isLonely()).isEqualTo(band != LonelinessBand.NOT_LONELY);
    assertThat(ScaleScore.of(0, 0, 1, band).isLonely()).isEqualTo(band.isLonely());
  }
}
