package pl.kcs.evaluation.instrument;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * The scoring rules an evaluation uses for each instrument (KCS-EFF-LONELINESS): one place to
 * configure cut-offs and missing-answer rules, so that every score in a report is computed the
 * same way.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LonelinessScoring implements WithLonelinessScoring {

  LonelinessScoring() {}

  /** The UCLA 3-item rules; {@link Ucla3Scoring#standard()} by default. */
  @Value.Default
  public Ucla3Scoring ucla3() {
    return Ucla3Scoring.standard();
  }

  /** The 6-item De Jong Gierveld rules; {@link DjgScoring#sixItem()} by default. */
  @Value.Default
  public DjgScoring djg6() {
    return DjgScoring.sixItem();
  }

  /** The 11-item De Jong Gierveld rules; {@link DjgScoring#elevenItem()} by default. */
  @Value.Default
  public DjgScoring djg11() {
    return DjgScoring.elevenItem();
  }

  /** The published rules with the library defaults where the sources leave a choice. */
  public static LonelinessScoring standard() {
    return builder().build();
  }

  /** A builder, starting from {@link #standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The score of {@code response}. */
  public final LonelinessScore score(UclaResponse response) {
    return ucla3().score(response);
  }

  /** The score of {@code response}, by the rules of its form. */
  public final LonelinessScore score(DjgResponse response) {
    requireNonNull(response, "response");
    return response.form() == DjgForm.SIX_ITEM ? djg6().score(response) : djg11().score(response);
  }

  @Value.Check
  void check() {
    checkState(
        djg6().form() == DjgForm.SIX_ITEM,
        "djg6 must score the SIX_ITEM form, was %s",
        djg6().form());
    checkState(
        djg11().form() == DjgForm.ELEVEN_ITEM,
        "djg11 must score the ELEVEN_ITEM form, was %s",
        djg11().form());
  }

  /** Builds {@link LonelinessScoring}; every attribute has a default. */
  public static final class Builder extends ImmutableLonelinessScoring.Builder {
    Builder() {}
  }
}
