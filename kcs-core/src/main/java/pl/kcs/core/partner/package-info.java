/** Local partners of a KCS or a club (KCS-S2A, KS-PARTNERS) and what they contribute (KCS-COST-PARTNERS). */
@KcsStyle
package pl.kcs.core.partner;

import pl.kcs.core.KcsStyle;
