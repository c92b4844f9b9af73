package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Scores the De Jong Gierveld loneliness scale (KCS-EFF-LONELINESS) in one {@link DjgForm form},
 * as the authors' manual says (de Jong Gierveld, J., &amp; van Tilburg, T. (1999, updated
 * online). <i>Manual of the Loneliness Scale</i>. Vrije Universiteit Amsterdam):
 *
 * <ul>
 *   <li>Each item scores 0 or 1 ({@link DjgItem#isLonely(DjgAnswer)}): the neutral answer "more
 *       or less" counts as lonely on every item. The total is the number of lonely answers, 0–11
 *       or 0–6; the emotional and social subscales count their own items (0–6 and 0–5 on the 11
 *       items, 0–3 each on the 6 items).
 *   <li>Bands ({@link #bands()}): 6 items — 0–1 not lonely, 2–4 moderately, 5–6 severely lonely,
 *       as in the manual's syntax for the short scale; 11 items — 0–2 not lonely, 3–8 moderately,
 *       9–10 severely, 11 very severely lonely (van Tilburg &amp; de Jong Gierveld 1999, which the
 *       manual names for the cut-off points).
 *   <li>A subscale counts as lonely from {@link #subscaleLonelyFrom()} lonely answers; default 1,
 *       the manual's split of the short subscales into 0 "not lonely" and 1–3 "lonely". Some
 *       studies take 2 instead; set it to match the study you compare with. On the 11-item
 *       subscales the same default is a library default, not from the manual.
 *   <li>Missing answers: on the 6 items the manual's syntax scores the total when at most one
 *       answer is missing, counting the lonely answers among those given, and a subscale only when
 *       none of its answers is missing; these are the defaults of {@link #totalMissing()} and
 *       {@link #subscaleMissing()}. kcs could not confirm the manual's rule for the 11 items, so
 *       there the same rule is a library default, not from the manual; configure it if your
 *       protocol says otherwise.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DjgScoring implements WithDjgScoring {

  DjgScoring() {}

  /** The form scored. */
  public abstract DjgForm form();

  /**
   * The total's bands: {@link DjgBands#sixItemManual()} or {@link DjgBands#elevenItemManual()} by
   * default.
   */
  @Value.Default
  public DjgBands bands() {
    return form() == DjgForm.SIX_ITEM ? DjgBands.sixItemManual() : DjgBands.elevenItemManual();
  }

  /** How many lonely answers make a subscale count as lonely; default 1. */
  @Value.Default
  public int subscaleLonelyFrom() {
    return 1;
  }

  /**
   * When missing answers still allow a total; default at most one missing, scored as not lonely
   * (the manual's syntax for the 6 items; a library default for the 11 items).
   */
  @Value.Default
  public MissingAnswerRule totalMissing() {
    return MissingAnswerRule.of(1, MissingAnswerTreatment.SCORE_AS_NOT_LONELY);
  }

  /**
   * When missing answers still allow a subscale; default none missing (the manual's syntax for the
   * 6 items; a library default for the 11 items).
   */
  @Value.Default
  public MissingAnswerRule subscaleMissing() {
    return MissingAnswerRule.noneMissing();
  }

  /** The defaults for the 6-item scale. */
  public static DjgScoring sixItem() {
    return builder().form(DjgForm.SIX_ITEM).build();
  }

  /** The defaults for the 11-item scale. */
  public static DjgScoring elevenItem() {
    return builder().form(DjgForm.ELEVEN_ITEM).build();
  }

  /** A builder of De Jong Gierveld scoring rules; the form is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The score of {@code response}.
   *
   * @throws IllegalArgumentException if the response is of another form (use {@link
   *     DjgResponse#toSixItemForm()} to score 11 answers on the 6-item scale)
   */
  public final LonelinessScore score(DjgResponse response) {
    requireNonNull(response, "response");
    checkArgument(
        response.form() == form(),
        "response must be of the %s form, was %s",
        form(),
        response.form());
    List<DjgItem> items = form().items();
    int[] tally = tally(response, items);
    LonelinessScore.Builder score =
        LonelinessScore.builder().instrument(form().instrument()).answered(tally[1]);
    OptionalInt total = totalMissing().score(tally[0], tally[1], items.size(), 0);
    if (total.isPresent()) {
      int points = total.getAsInt();
      score.total(ScaleScore.of(points, 0, items.size(), bands().band(points)));
    }
    score.emotional(subscale(response, DjgSubscale.EMOTIONAL));
    score.social(subscale(response, DjgSubscale.SOCIAL));
    return score.build();
  }

  private Optional<ScaleScore> subscale(DjgResponse response, DjgSubscale subscale) {
    List<DjgItem> items = form().items(subscale);
    int[] tally = tally(response, items);
    OptionalInt points = subscaleMissing().score(tally[0], tally[1], items.size(), 0);
    if (points.isEmpty()) {
      return Optional.empty();
    }
    int value = points.getAsInt();
    LonelinessBand band =
        value >= subscaleLonelyFrom() ? LonelinessBand.LONELY : LonelinessBand.NOT_LONELY;
    return Optional.of(ScaleScore.of(value, 0, items.size(), band));
  }

  /** {lonely answers, answers given} among {@code items}. */
  private static int[] tally(DjgResponse response, List<DjgItem> items) {
    int lonely = 0;
    int answered = 0;
    for (DjgItem item : items) {
      Optional<DjgAnswer> answer = response.answer(item);
      if (answer.isPresent()) {
        answered++;
        if (item.isLonely(answer.get())) {
          lonely++;
        }
      }
    }
    return new int[] {lonely, answered};
  }

  @Value.Check
  void check() {
    int items = form().items().size();
    int smallestSubscale =
        Math.min(
            form().items(DjgSubscale.EMOTIONAL).size(), form().items(DjgSubscale.SOCIAL).size());
    checkState(
        bands().highestCutOff() <= items,
        "bands must lie within 0 to %s on the %s form, was a cut-off at %s",
        items,
        form(),
        bands().highestCutOff());
    checkState(
        subscaleLonelyFrom() >= 1 && subscaleLonelyFrom() <= smallestSubscale,
        "subscaleLonelyFrom must be in [1, %s] on the %s form, was %s",
        smallestSubscale,
        form(),
        subscaleLonelyFrom());
    checkState(
        totalMissing().maxMissing() < items,
        "totalMissing.maxMissing must leave at least one of the %s items answered, was %s",
        items,
        totalMissing().maxMissing());
    checkState(
        subscaleMissing().maxMissing() < smallestSubscale,
        "subscaleMissing.maxMissing must leave at least one item of each subscale answered, was %s",
        subscaleMissing().maxMissing());
  }

  /** Builds {@link DjgScoring}; the form is required, everything else has a default. */
  public static final class Builder extends ImmutableDjgScoring.Builder {
    Builder() {}
  }
}
