package pl.kcs.evaluation;

/**
 * When a respondent was surveyed. The source method compares how participants feel "at the end"
 * with "before joining the group" (KCS-EFF-LONELINESS); kcs measures both instead of asking only
 * in retrospect. Two waves is the library's design, not in the source method.
 */
public enum Wave implements LonelinessTerm {
  /** At the start: when joining or when the evaluation began. */
  BASELINE,
  /** After some time in the group, e.g. six months later. */
  FOLLOW_UP
}
