/**
 * kcs examples: runnable programs that show the library's API (stage reports, model
 * recommendations, club compliance, a budget, an evaluation and a simulation). Example programs,
 * not a library; the {@code kcs} command (module {@code pl.kcs.cli}) uses them as its embedded
 * examples.
 */
module pl.kcs.examples {
  requires transitive pl.kcs.json;
  requires org.knowm.xchart;
  requires java.desktop;

  exports pl.kcs.examples;
}
