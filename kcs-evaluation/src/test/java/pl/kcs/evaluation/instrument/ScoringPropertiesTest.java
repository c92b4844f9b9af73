package pl.kcs.evaluation.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * Properties of loneliness scoring (KCS-EFF-LONELINESS) over generated answers, with and without
 * missing answers and under every missing-answer treatment: improving one answer never worsens a
 * score, and every score stays within its scale — paired with the other side: a complete response
 * is always scored, and an answer turned lonelier raises it by exactly one point.
 */
class ScoringPropertiesTest {

  private static final Gen<MissingAnswerRule> UCLA_RULES =
      Gens.ints(0, 2)
          .flatMap(
              max ->
                  Gens.enumValues(MissingAnswerTreatment.class)
                      .map(t -> MissingAnswerRule.of(max, t)));

  private static final Gen<Ucla3Scoring> UCLA_SCORINGS =
      Gens.ints(4, 9)
          .flatMap(
              cutOff ->
                  UCLA_RULES.map(
                      rule ->
                          Ucla3Scoring.builder().lonelyFrom(cutOff).missingAnswers(rule).build()));

  private static final Gen<UclaResponse> UCLA_RESPONSES =
      random -> {
        UclaResponse.Builder response = UclaResponse.builder();
        boolean any = false;
        for (UclaItem item : UclaItem.values()) {
          if (random.nextInt(4) > 0) {
            response.putAnswers(item, Gens.enumValues(UclaAnswer.class).next(random));
            any = true;
          }
        }
        if (!any) {
          response.putAnswers(UclaItem.LEFT_OUT, Gens.enumValues(UclaAnswer.class).next(random));
        }
        return response.build();
      };

  private static final Gen<DjgScoring> DJG_SCORINGS =
      Gens.enumValues(DjgForm.class)
          .flatMap(
              form ->
                  Gens.ints(0, 2)
                      .flatMap(
                          max ->
                              Gens.enumValues(MissingAnswerTreatment.class)
                                  .map(
                                      treatment ->
                                          DjgScoring.builder()
                                              .form(form)
                                              .totalMissing(MissingAnswerRule.of(max, treatment))
                                              .subscaleMissing(
                                                  MissingAnswerRule.of(Math.min(max, 1), treatment))
                                              .build())));

  private static Gen<DjgResponse> djgResponses(DjgForm form) {
    return random -> {
      DjgAnswerFormat format = Gens.enumValues(DjgAnswerFormat.class).next(random);
      List<DjgAnswer> offered = new ArrayList<>();
      for (DjgAnswer answer : DjgAnswer.values()) {
        if (format.offers(answer)) {
          offered.add(answer);
        }
      }
      DjgResponse.Builder response = DjgResponse.builder().form(form).format(format);
      boolean any = false;
      for (DjgItem item : form.items()) {
        if (random.nextInt(6) > 0) {
          response.putAnswers(item, Gens.oneOf(offered).next(random));
          any = true;
        }
      }
      if (!any) {
        response.putAnswers(form.items().get(0), DjgAnswer.MORE_OR_LESS);
      }
      return response.build();
    };
  }

  @Test
  void improving_one_ucla_answer_never_worsens_the_score() {
    Property.check()
        .forAllWithRandom(
            UCLA_SCORINGS.flatMap(s -> UCLA_RESPONSES.map(r -> new Object[] {s, r})),
            (input, random) -> {
              Ucla3Scoring scoring = (Ucla3Scoring) input[0];
              UclaResponse response = (UclaResponse) input[1];
              List<UclaItem> answered = new ArrayList<>(response.answers().keySet());
              UclaItem item = answered.get(random.nextInt(answered.size()));
              UclaAnswer answer = response.answer(item).get();
              if (answer == UclaAnswer.HARDLY_EVER) {
                return;
              }
              UclaResponse improved =
                  response.withAnswer(item, UclaAnswer.values()[answer.ordinal() - 1]);

              assertNotWorse(scoring.score(response).total(), scoring.score(improved).total());
            });
  }

  @Test
  void improving_one_de_jong_gierveld_answer_never_worsens_any_score() {
    Property.check()
        .forAllWithRandom(
            DJG_SCORINGS.flatMap(s -> djgResponses(s.form()).map(r -> new Object[] {s, r})),
            (input, random) -> {
              DjgScoring scoring = (DjgScoring) input[0];
              DjgResponse response = (DjgResponse) input[1];
              List<DjgItem> answered = new ArrayList<>(response.answers().keySet());
              DjgItem item = answered.get(random.nextInt(answered.size()));
              Optional<DjgAnswer> better =
                  lessLonely(item, response.answer(item).get(), response.format());
              if (better.isEmpty()) {
                return;
              }
              DjgResponse improved = response.withAnswer(item, better.get());

              LonelinessScore before = scoring.score(response);
              LonelinessScore after = scoring.score(improved);
              assertNotWorse(before.total(), after.total());
              assertNotWorse(before.emotional(), after.emotional());
              assertNotWorse(before.social(), after.social());
            });
  }

  @Test
  void every_score_lies_within_its_scale() {
    Property.check()
        .forAll(
            DJG_SCORINGS.flatMap(s -> djgResponses(s.form()).map(r -> new Object[] {s, r})),
            input -> {
              DjgScoring scoring = (DjgScoring) input[0];
              DjgResponse response = (DjgResponse) input[1];
              LonelinessScore score = scoring.score(response);
              assertThat(score.answered() + score.missing())
                  .isEqualTo(scoring.form().items().size());
              score
                  .points()
                  .ifPresent(
                      points ->
                          assertThat(points)
                              .isBetween(
                                  score.instrument().minScore(), score.instrument().maxScore()));
            });
    Property.check()
        .forAll(
            UCLA_SCORINGS.flatMap(s -> UCLA_RESPONSES.map(r -> new Object[] {s, r})),
            input -> {
              LonelinessScore score = ((Ucla3Scoring) input[0]).score((UclaResponse) input[1]);
              score.points().ifPresent(points -> assertThat(points).isBetween(3, 9));
            });
  }

  // The other side of "never worsens" and "within its scale": scoring that ignored answers, or
  // scored nothing, would pass those; these properties force a score to move and to exist.

  @Test
  void a_ucla_answer_one_step_lonelier_raises_a_complete_response_by_exactly_one_point() {
    Property.check()
        .forAllWithRandom(
            UCLA_SCORINGS.flatMap(
                s ->
                    Gens.listsOf(Gens.enumValues(UclaAnswer.class), 3, 3)
                        .map(a -> new Object[] {s, a})),
            (input, random) -> {
              Ucla3Scoring scoring = (Ucla3Scoring) input[0];
              @SuppressWarnings("unchecked")
              List<UclaAnswer> answers = (List<UclaAnswer>) input[1];
              UclaResponse response =
                  UclaResponse.of(answers.get(0), answers.get(1), answers.get(2));
              UclaItem item = UclaItem.values()[random.nextInt(3)];
              UclaAnswer answer = response.answer(item).get();
              LonelinessScore score = scoring.score(response);
              // A complete response is always scored.
              assertThat(score.isScored()).isTrue();
              if (answer == UclaAnswer.OFTEN) {
                return;
              }
              UclaResponse lonelier =
                  response.withAnswer(item, UclaAnswer.values()[answer.ordinal() + 1]);

              assertThat(scoring.score(lonelier).points().getAsInt())
                  .isEqualTo(score.points().getAsInt() + 1);
            });
  }

  @Test
  void
      a_de_jong_gierveld_answer_turned_lonely_raises_a_complete_response_and_its_subscale_by_one() {
    Property.check()
        .forAllWithRandom(
            Gens.enumValues(DjgForm.class),
            (form, random) -> {
              DjgResponse.Builder builder = DjgResponse.builder().form(form);
              for (DjgItem item : form.items()) {
                builder.putAnswers(
                    item,
                    Gens.oneOf(DjgAnswer.YES, DjgAnswer.MORE_OR_LESS, DjgAnswer.NO).next(random));
              }
              DjgResponse response = builder.build();
              DjgItem item = form.items().get(random.nextInt(form.items().size()));
              DjgAnswer answer = response.answer(item).get();
              DjgScoring scoring =
                  form == DjgForm.SIX_ITEM ? DjgScoring.sixItem() : DjgScoring.elevenItem();
              LonelinessScore score = scoring.score(response);
              assertThat(score.isScored()).isTrue();
              if (item.isLonely(answer)) {
                return;
              }
              // Emotional items are lonely on "yes", social items on "no".
              DjgAnswer lonely =
                  item.subscale() == DjgSubscale.EMOTIONAL ? DjgAnswer.YES : DjgAnswer.NO;
              LonelinessScore after = scoring.score(response.withAnswer(item, lonely));

              assertThat(after.points().getAsInt()).isEqualTo(score.points().getAsInt() + 1);
              Optional<ScaleScore> subscale =
                  item.subscale() == DjgSubscale.EMOTIONAL ? score.emotional() : score.social();
              Optional<ScaleScore> subscaleAfter =
                  item.subscale() == DjgSubscale.EMOTIONAL ? after.emotional() : after.social();
              assertThat(subscaleAfter.get().points()).isEqualTo(subscale.get().points() + 1);
            });
  }

  /** The neighbouring answer one step less lonely on {@code item}, if the format offers one. */
  private static Optional<DjgAnswer> lessLonely(
      DjgItem item, DjgAnswer answer, DjgAnswerFormat format) {
    // Answers run from YES_EMPHATIC to NO_EMPHATIC: towards NO is less lonely on emotional items,
    // towards YES on social items.
    int step = item.subscale() == DjgSubscale.EMOTIONAL ? 1 : -1;
    for (int i = answer.ordinal() + step; i >= 0 && i < DjgAnswer.values().length; i += step) {
      DjgAnswer next = DjgAnswer.values()[i];
      if (format.offers(next)) {
        return Optional.of(next);
      }
    }
    return Optional.empty();
  }

  private static void assertNotWorse(Optional<ScaleScore> before, Optional<ScaleScore> after) {
    // Changing an answer never changes how many are missing, so a score present before is present
    // after.
    assertThat(after.isPresent()).isEqualTo(before.isPresent());
    if (before.isPresent()) {
      assertThat(after.get().points()).isLessThanOrEqualTo(before.get().points());
      assertThat(after.get().band().isLonely() && !before.get().band().isLonely())
          .as("a better answer must not make a respondent lonely")
          .isFalse();
      assertThat(bandRank(after.get().band())).isLessThanOrEqualTo(bandRank(before.get().band()));
    }
  }

  private static int bandRank(LonelinessBand band) {
    switch (band) {
      case NOT_LONELY:
        return 0;
      case LONELY:
      case MODERATELY_LONELY:
        return 1;
      case SEVERELY_LONELY:
        return 2;
      default:
        return 3;
    }
  }
}
