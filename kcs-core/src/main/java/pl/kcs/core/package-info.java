/**
 * What every part of kcs shares: {@link pl.kcs.core.FactId fact IDs} that tie code to the
 * domain specification, {@link pl.kcs.core.Language Polish and English} labels and messages, and
 * the Immutables {@link pl.kcs.core.KcsStyle style} of the value types.
 *
 * <p>The domain itself lives in the sub-packages: {@code host} (the host institution, its rooms
 * and equipment), {@code people} (animators, coordinators, experts), {@code group} (self-help
 * groups, their members and life), {@code partner}, {@code legal}, {@code stage} (an
 * implementation of the KCS method, its stages, steps and operating models) and {@code club} (the
 * self-help club of a social-assistance centre).
 */
@NullMarked
package pl.kcs.core;

import org.jspecify.annotations.NullMarked;
