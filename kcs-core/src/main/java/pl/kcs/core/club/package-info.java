/** The self-help club (Klub Samopomocy, KS) of a municipal social-assistance centre: its formal set-up, goals, values and forms of activity (KS-*). */
@KcsStyle
@NullMarked
package pl.kcs.core.club;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
