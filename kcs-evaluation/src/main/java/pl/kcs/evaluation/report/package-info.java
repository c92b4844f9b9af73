/**
 * Analysis and reporting: pre/post comparison per respondent and per group, shares with Wilson
 * intervals, and an evaluation report of an implementation that sets the method's measures side by
 * side with the pilot's published results (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES,
 * KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT), in Polish and English.
 *
 * <p>Privacy: answers are special-category data about vulnerable people. Every aggregate of
 * respondents in a report goes through a {@link pl.kcs.evaluation.report.SuppressionPolicy}: a
 * cell with fewer respondents than the threshold, or whose figures would pin down individual
 * answers, is {@link pl.kcs.evaluation.report.Cell.Suppressed suppressed} (it keeps no count, so
 * nothing can leak from it), the report says so, and further cells are suppressed where the
 * all-groups total would otherwise give a suppressed one away. No
 * report, {@code toString()} or log line names a respondent.
 *
 * <p>The entry point is {@link pl.kcs.evaluation.report.Evaluator}.
 */
@KcsStyle
@NullMarked
package pl.kcs.evaluation.report;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
