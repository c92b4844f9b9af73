/**
 * The exchange formats of kcs: a documented, versioned JSON form of every kcs value, input
 * document and report, through Jackson ({@link pl.kcs.json.KcsJson}), and an XML form of the
 * implementation document with its XSD. One explicit mapping per package of kcs writes and reads
 * both forms, so that every error names the path of the field and what was wrong.
 *
 * <p>Also the two input documents that are not values of another module: {@link
 * pl.kcs.json.EvaluationInput} (what {@code kcs evaluate} reads) and {@link
 * pl.kcs.json.SimulationInput} (what {@code kcs simulate} reads).
 */
@KcsStyle
@NullMarked
package pl.kcs.json;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
