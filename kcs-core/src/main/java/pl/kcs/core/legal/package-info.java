/** Legal acts and local strategies that justify or anchor a programme (KCS-S1A, KS-LAW, KS-FORMAL). */
@KcsStyle
package pl.kcs.core.legal;

import pl.kcs.core.KcsStyle;
