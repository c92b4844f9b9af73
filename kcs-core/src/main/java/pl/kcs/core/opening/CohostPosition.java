package pl.kcs.core.opening;

import static com.google.common.base.Preconditions.checkArgument;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Where an institution stands on the scale from serving clients to working with residents as
 * co-hosts (OPEN-COHOST: a co-host is a resident who co-decides what happens in the institution,
 * for whom and why; a social culture house works with residents, not for them).
 *
 * <p>The source names the two ends; the two rungs between them and the score each rung starts at
 * are a library default, not in the source.
 */
public enum CohostPosition implements DomainTerm {
  /** The institution serves residents as clients. From 0%. (OPEN-COHOST) */
  CLIENT("OPEN-COHOST", 0),
  /** Residents take part in what the institution offers. From 25%. (OPEN-COHOST) */
  PARTICIPANT("OPEN-COHOST", 25),
  /** Residents are consulted and act together with the institution. From 50%. (OPEN-COHOST) */
  PARTNER("OPEN-COHOST", 50),
  /** Residents co-decide what happens, for whom and why. From 75%. (OPEN-COHOST) */
  CO_HOST("OPEN-COHOST", 75);

  private final FactId source;
  private final int minimumPercent;

  CohostPosition(String source, int minimumPercent) {
    this.source = FactId.of(source);
    this.minimumPercent = minimumPercent;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The lowest score, in percent of the highest possible, at which this rung begins. */
  public int minimumPercent() {
    return minimumPercent;
  }

  /**
   * The rung a score of {@code percent} reaches.
   *
   * @throws IllegalArgumentException unless {@code 0 <= percent <= 100}
   */
  public static CohostPosition forPercent(int percent) {
    checkArgument(percent >= 0 && percent <= 100, "percent must be in [0, 100], was %s", percent);
    CohostPosition reached = CLIENT;
    for (CohostPosition position : values()) {
      if (percent >= position.minimumPercent) {
        reached = position;
      }
    }
    return reached;
  }
}
