/** Local partners of a KCS or a club (KCS-S2A, KS-PARTNERS) and what they contribute (KCS-COST-PARTNERS). */
@KcsStyle
@NullMarked
package pl.kcs.core.partner;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
