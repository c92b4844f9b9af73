package pl.kcs.evaluation;

import com.google.common.collect.Range;
import java.util.OptionalDouble;
import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;

/**
 * The results the source method publishes for its pilot, as values an evaluation is compared with
 * and a simulation can calibrate to. The label is the published result in Polish and English.
 *
 * <p>The source gives words, not numbers, except for "one of three groups". {@link
 * #plausibleShares()} is kcs's reading of the words as a range of shares and {@link
 * #calibrationShare()} a point inside it for a simulation to draw from; where {@link
 * #isExactInSource()} is false both are library readings, not in the source method. The pilot had
 * {@link #PILOT_GROUPS} groups (KCS-EFF-INDEPENDENT).
 */
public enum PilotResult implements EvaluationTerm, Sourced {
  /**
   * "Almost all" participants said at the end that they felt less lonely than before joining
   * (KCS-EFF-LONELINESS). Library reading: at least 85 % of participants; calibration share 0.9.
   */
  LESS_LONELY("KCS-EFF-LONELINESS", Unit.PARTICIPANTS, Range.closed(0.85, 1.0), 0.9, false),
  /**
   * Groups began meeting in the premises provided without the animator (KCS-EFF-SELFRUN). The
   * source gives no number; library reading: at least one group. No calibration share.
   */
  SELF_RUNNING_GROUPS(
      "KCS-EFF-SELFRUN", Unit.GROUPS, Range.openClosed(0.0, 1.0), Double.NaN, false),
  /** One of three groups became independent (KCS-EFF-INDEPENDENT): exactly 1/3, from the source. */
  INDEPENDENT_GROUPS("KCS-EFF-INDEPENDENT", Unit.GROUPS, Range.singleton(1.0 / 3), 1.0 / 3, true),
  /**
   * "Fewer than half" of the surveyed participants felt confident enough to organise a new
   * self-help group themselves, judged satisfactory given the short time (KCS-EFF-CONFIDENCE). The
   * range below one half is the source's; the calibration share 0.4 is a library reading.
   */
  CONFIDENT_TO_ORGANISE(
      "KCS-EFF-CONFIDENCE", Unit.PARTICIPANTS, Range.closedOpen(0.0, 0.5), 0.4, false),
  /**
   * In the group for refugee women, first acquaintances made in the group were kept up outside it
   * (KCS-EFF-TIES). The finding is about that group only, so an evaluation compares it with its
   * groups for refugees ({@link #isAboutRefugeeGroupsOnly()}). The source gives no share; library
   * reading: at least one in five participants, since an acquaintance joins at least two members
   * of a group of about ten — a range an observed interval can fall below, so the comparison can
   * disagree. No calibration share.
   */
  TIES_OUTSIDE("KCS-EFF-TIES", Unit.PARTICIPANTS, Range.closed(0.2, 1.0), Double.NaN, false);

  /** How many groups the pilot had: "one of three groups" (KCS-EFF-INDEPENDENT). */
  public static final int PILOT_GROUPS = 3;

  /** What a share of a pilot result is a share of. */
  public enum Unit implements EvaluationTerm {
    /** Participants (respondents). */
    PARTICIPANTS,
    /** Groups. */
    GROUPS
  }

  private final FactId source;
  private final Unit unit;
  private final Range<Double> plausibleShares;
  private final double calibrationShare;
  private final boolean exactInSource;

  PilotResult(
      String source,
      Unit unit,
      Range<Double> plausibleShares,
      double calibrationShare,
      boolean exactInSource) {
    this.source = FactId.of(source);
    this.unit = unit;
    this.plausibleShares = plausibleShares;
    this.calibrationShare = calibrationShare;
    this.exactInSource = exactInSource;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** Whether the result is a share of participants or of groups. */
  public Unit unit() {
    return unit;
  }

  /** The shares kcs reads the published words as. */
  public Range<Double> plausibleShares() {
    return plausibleShares;
  }

  /**
   * A share within {@link #plausibleShares()} for a simulation to draw outcomes from; empty where
   * the source gives nothing to calibrate to.
   */
  public OptionalDouble calibrationShare() {
    return Double.isNaN(calibrationShare)
        ? OptionalDouble.empty()
        : OptionalDouble.of(calibrationShare);
  }

  /**
   * Whether the source reports the result for its group for refugee women only, so that it
   * compares with groups for refugees rather than with all groups: true for {@link
   * #TIES_OUTSIDE} (KCS-EFF-TIES).
   */
  public boolean isAboutRefugeeGroupsOnly() {
    return this == TIES_OUTSIDE;
  }

  /** Whether the source states the number itself rather than words kcs had to read. */
  public boolean isExactInSource() {
    return exactInSource;
  }
}
