package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import pl.kcs.evaluation.PilotResult;

/**
 * One of the pilot's published results side by side with what this evaluation observed
 * (KCS-EFF-LONELINESS, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT, KCS-EFF-CONFIDENCE, KCS-EFF-TIES).
 *
 * @param pilot the published result
 * @param observed the share observed over the groups the result is about — all groups, or for
 *     {@link PilotResult#TIES_OUTSIDE} the groups for refugees — unless there were no answers, it is
 *     suppressed, or there are no such groups
 * @param verdict how the two compare
 */
public record PilotComparison(
    PilotResult pilot, Optional<ShareEstimate> observed, Verdict verdict) {
  /** A comparison; no component may be null. */
  public PilotComparison {
    requireNonNull(pilot, "pilot");
    requireNonNull(observed, "observed");
    requireNonNull(verdict, "verdict");
  }

  static PilotComparison of(PilotResult pilot, Optional<ShareEstimate> observed) {
    Verdict verdict =
        observed
            .map(share -> Verdict.of(share.interval(), pilot.plausibleShares()))
            .orElse(Verdict.NOT_AVAILABLE);
    return new PilotComparison(pilot, observed, verdict);
  }

  /** The result is about a kind of group this evaluation does not have. */
  static PilotComparison notApplicable(PilotResult pilot) {
    return new PilotComparison(pilot, Optional.empty(), Verdict.NOT_APPLICABLE);
  }
}
