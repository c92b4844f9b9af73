/** The host institution of a programme: its kind, rooms and equipment (KCS-HOST, KCS-S1B-PREMISES, KCS-S1B-EQUIPMENT, KS-ROOM, KS-EQUIPMENT). */
@KcsStyle
@NullMarked
package pl.kcs.core.host;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
