/** The host institution of a programme: its kind, rooms and equipment (KCS-HOST, KCS-S1B-PREMISES, KCS-S1B-EQUIPMENT, KS-ROOM, KS-EQUIPMENT). */
@KcsStyle
package pl.kcs.core.host;

import pl.kcs.core.KcsStyle;
