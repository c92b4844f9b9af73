/** Legal acts and local strategies that justify or anchor a programme (KCS-S1A, KS-LAW, KS-FORMAL). */
@KcsStyle
@NullMarked
package pl.kcs.core.legal;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
