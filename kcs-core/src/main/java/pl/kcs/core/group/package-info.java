/** Self-help groups: who they are for (KCS-WHO, KS-WHO), their members (pseudonymous), rules, maturity, autonomy and links with other groups (MA-*). */
@KcsStyle
@NullMarked
package pl.kcs.core.group;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
