package pl.kcs.core.stage;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The three stages of implementing the KCS method, in order; none is skipped.
 */
public enum Stage implements DomainTerm {
  /** Stage 1: preparing the culture institution (1a rooting and context, 1b team and resources). (KCS-S1A) */
  PREPARATION("KCS-S1A", 1),
  /** Stage 2: inauguration (2a partners, 2b animator training, 2c recruitment and first groups). (KCS-S2A) */
  INAUGURATION("KCS-S2A", 2),
  /** Stage 3: operation by one or more of the four models. (KCS-S3) */
  OPERATION("KCS-S3", 3);

  // Precomputed so that next() allocates nothing: it is called on every assessment.
  private static final java.util.Optional<Stage>[] NEXT = nextStages();

  private final FactId source;
  private final int number;

  Stage(String source, int number) {
    this.source = FactId.of(source);
    this.number = number;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The stage's number in the source method: 1, 2 or 3. */
  public int number() {
    return number;
  }

  /** The stage after this one; empty for the last. */
  public java.util.Optional<Stage> next() {
    return NEXT[ordinal()];
  }

  /** Whether this is the last stage. */
  public boolean isLast() {
    return ordinal() == NEXT.length - 1;
  }

  /** The steps of this stage, in the source's order. */
  public com.google.common.collect.ImmutableList<Step> steps() {
    return Step.of(this);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private static java.util.Optional<Stage>[] nextStages() {
    Stage[] stages = values();
    java.util.Optional<Stage>[] next = new java.util.Optional[stages.length];
    for (int i = 0; i < stages.length; i++) {
      next[i] =
          i + 1 < stages.length ? java.util.Optional.of(stages[i + 1]) : java.util.Optional.empty();
    }
    return next;
  }
}
