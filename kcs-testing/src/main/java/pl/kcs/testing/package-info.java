/**
 * Seeded generators ({@link pl.kcs.testing.Gen}, {@link pl.kcs.testing.Gens}) with integrated
 * shrinking ({@link pl.kcs.testing.Shrinkable}) and a property runner ({@link
 * pl.kcs.testing.Property}) for JUnit 5 tests. A failing property is shrunk to a small input that
 * still fails and prints the seeds that replay it; with {@code KCS_VARY_SEED=true} the seed varies from
 * run to run. Used by the kcs modules' own tests; published so that embedding systems can test
 * their own rules the same way.
 */
@NullMarked
package pl.kcs.testing;

import org.jspecify.annotations.NullMarked;
