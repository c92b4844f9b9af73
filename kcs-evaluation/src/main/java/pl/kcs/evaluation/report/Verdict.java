package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import pl.kcs.evaluation.EvaluationTerm;
import pl.kcs.evaluation.stats.Interval;

/**
 * How an observed share compares with a {@link pl.kcs.evaluation.PilotResult} (KCS-EFF-*): by its
 * Wilson interval, not by its point estimate, so that a handful of respondents does not pass for a
 * confirmation. The comparison is the library's, not in the source method.
 */
public enum Verdict implements EvaluationTerm {
  /** The whole interval lies within the pilot's result. */
  CONSISTENT,
  /** The interval lies wholly outside the pilot's result. */
  DIFFERENT,
  /** The interval holds values both within and outside the pilot's result: too few to tell. */
  INCONCLUSIVE,
  /** Nothing to compare: no answers, or the share is suppressed. */
  NOT_AVAILABLE,
  /**
   * The pilot's result is about a kind of group this KCS does not have: the ties kept outside
   * the group (KCS-EFF-TIES) were reported for the refugee women's group only.
   */
  NOT_APPLICABLE;

  /** The verdict for an observed {@code interval} against the pilot's {@code plausibleShares}. */
  public static Verdict of(Interval interval, Range<Double> plausibleShares) {
    requireNonNull(interval, "interval");
    requireNonNull(plausibleShares, "plausibleShares");
    if (plausibleShares.contains(interval.lower()) && plausibleShares.contains(interval.upper())) {
      return CONSISTENT;
    }
    Range<Double> observed = Range.closed(interval.lower(), interval.upper());
    boolean disjoint =
        !plausibleShares.isConnected(observed) || plausibleShares.intersection(observed).isEmpty();
    return disjoint ? DIFFERENT : INCONCLUSIVE;
  }
}
