package pl.kcs.evaluation.report;

import static java.util.Objects.requireNonNull;

import pl.kcs.evaluation.instrument.Instrument;

/**
 * The pre/post results of one loneliness scale (KCS-EFF-LONELINESS), over the respondents whose
 * scale could be scored both at the start and after.
 *
 * @param instrument the scale
 * @param scores mean scores at the start and after, and the mean change
 * @param improved the share whose score fell (less lonely)
 * @param lonelyBefore the share in a lonely band at the start
 * @param lonelyAfter the share in a lonely band after
 */
public record ScaleSection(
    Instrument instrument,
    MeasureTable<MeanScores> scores,
    MeasureTable<ShareEstimate> improved,
    MeasureTable<ShareEstimate> lonelyBefore,
    MeasureTable<ShareEstimate> lonelyAfter) {
  /** A section; no component may be null. */
  public ScaleSection {
    requireNonNull(instrument, "instrument");
    requireNonNull(scores, "scores");
    requireNonNull(improved, "improved");
    requireNonNull(lonelyBefore, "lonelyBefore");
    requireNonNull(lonelyAfter, "lonelyAfter");
  }

  /** How many cells of the section are suppressed. */
  public int suppressedCells() {
    return scores.suppressedCells()
        + improved.suppressedCells()
        + lonelyBefore.suppressedCells()
        + lonelyAfter.suppressedCells();
  }
}
