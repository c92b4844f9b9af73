/** Self-help groups: who they are for (KCS-WHO, KS-WHO), their members (pseudonymous), rules, maturity, autonomy and links with other groups (MA-*). */
@KcsStyle
package pl.kcs.core.group;

import pl.kcs.core.KcsStyle;
