/**
 * Opening an institution to residents, "from client to co-host" (section 3 of the domain): the
 * practices and tools an institution assesses itself on (OPEN-PRACTICES, OPEN-TOOLS-SOCIAL,
 * OPEN-TOOLS-CULTURE, OPEN-START), grouped into {@link pl.kcs.core.opening.OpeningArea areas},
 * each answered on the small scale of {@link pl.kcs.core.opening.PracticeLevel}, and the rungs of
 * the client → co-host scale (OPEN-COHOST). Scoring and advice are in kcs-rules.
 */
@KcsStyle
@NullMarked
package pl.kcs.core.opening;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
