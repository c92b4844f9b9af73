/**
 * Statistics for small evaluation samples: a {@link pl.kcs.evaluation.stats.Proportion} of
 * respondents or groups with its {@link pl.kcs.evaluation.stats.Interval Wilson score interval}
 * at a {@link pl.kcs.evaluation.stats.ConfidenceLevel}. A KCS evaluates a handful of groups of a
 * few people each (KCS-EFF-INDEPENDENT: "one of three groups"), so a share is never shown
 * without its count and its interval.
 *
 * <p>Shares and intervals are statistics, not money: they are computed in {@code double} and
 * rounded deliberately only where a report presents them.
 */
@KcsStyle
@NullMarked
package pl.kcs.evaluation.stats;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
