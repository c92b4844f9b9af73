/** An implementation of the KCS method: its stages and steps (KCS-S1A … KCS-S3), its scale decision and the four operating models (KCS-M1 … KCS-M4). */
@KcsStyle
@NullMarked
package pl.kcs.core.stage;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
