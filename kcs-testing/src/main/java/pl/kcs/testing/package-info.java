/**
 * Seeded generators ({@link pl.kcs.testing.Gen}, {@link pl.kcs.testing.Gens}) and a property
 * runner ({@link pl.kcs.testing.Property}) for JUnit 5 tests. A failing property prints the seed
 * that replays it. Used by the kcs modules' own tests; published so that embedding systems can
 * test their own rules the same way.
 */
package pl.kcs.testing;
