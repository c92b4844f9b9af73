/**
 * People of a programme: animators with their exact post fractions, trainings and supervision
 * (KCS-S1B-ANIMATORS, KCS-S1B-SUPERVISION, KCS-S2B, KCS-REM-FTE), a self-help club's coordinator
 * and experts (KS-PEOPLE).
 */
@KcsStyle
@NullMarked
package pl.kcs.core.people;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
