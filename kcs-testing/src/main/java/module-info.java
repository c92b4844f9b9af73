/**
 * Seeded generators and a small property-test runner, shared by the kcs modules' tests and open to
 * users' tests of their own kcs code.
 */
module pl.kcs.testing {
  requires static transitive org.jspecify;

  exports pl.kcs.testing;
}
