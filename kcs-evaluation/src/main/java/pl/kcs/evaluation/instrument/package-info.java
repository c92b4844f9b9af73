/**
 * Validated loneliness scales as first-class instruments with their published scoring, to
 * measure the effect the source method names first: participants feeling less lonely
 * (KCS-EFF-LONELINESS; loneliness is the first problem a KCS answers, KCS-PROB).
 *
 * <ul>
 *   <li>The three-item UCLA loneliness scale: Hughes, M. E., Waite, L. J., Hawkley, L. C., &amp;
 *       Cacioppo, J. T. (2004). A short scale for measuring loneliness in large surveys: results
 *       from two population-based studies. <i>Research on Aging</i>, 26(6), 655–672. See {@link
 *       pl.kcs.evaluation.instrument.Ucla3Scoring}.
 *   <li>The De Jong Gierveld loneliness scale, 11 items (de Jong Gierveld, J., &amp; Kamphuis, F.
 *       (1985). The development of a Rasch-type loneliness scale. <i>Applied Psychological
 *       Measurement</i>, 9(3), 289–299) and 6 items (de Jong Gierveld, J., &amp; van Tilburg, T.
 *       (2006). A 6-item scale for overall, emotional, and social loneliness: confirmatory tests
 *       on survey data. <i>Research on Aging</i>, 28(5), 582–598), scored as the authors' manual
 *       says (de Jong Gierveld, J., &amp; van Tilburg, T. (1999, updated online). <i>Manual of the
 *       Loneliness Scale</i>. Vrije Universiteit Amsterdam). See {@link
 *       pl.kcs.evaluation.instrument.DjgScoring}.
 * </ul>
 *
 * <p>Every rule kcs could not confirm in those sources — the missing-answer rule of the UCLA
 * scale and of the 11-item scale, the UCLA cut-off — is configurable, and its javadoc says
 * "library default, not from the manual". kcs ships short labels of the items, not the
 * questionnaires' wording: ask the items in the authors' wording or a validated translation.
 *
 * <p>Scores are not personal identifiers, but they are answers of vulnerable people: keep them
 * with the pseudonymous survey data, and publish only the suppressed aggregates of {@code
 * pl.kcs.evaluation.report}.
 */
@KcsStyle
@NullMarked
package pl.kcs.evaluation.instrument;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
