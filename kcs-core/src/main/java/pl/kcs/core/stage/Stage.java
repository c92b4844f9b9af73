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

  /** The stage after this one. */
  public java.util.Optional<Stage> next() {
    return ordinal() + 1 < values().length
        ? java.util.Optional.of(values()[ordinal() + 1])
        : java.util.Optional.empty();
  }

  /** The steps of this stage, in the source's order. */
  public com.google.common.collect.ImmutableList<Step> steps() {
    return Step.of(this);
  }
}
