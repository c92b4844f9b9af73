/**
 * kcs examples: runnable examples of the library and the {@code kcs} command. An application, not
 * a library: it exports the examples for reading and opens the command package to picocli, which
 * reads the commands' options by reflection.
 */
module pl.kcs.examples {
  requires pl.kcs.json;
  requires info.picocli;
  requires org.knowm.xchart;
  requires java.desktop;

  exports pl.kcs.examples;

  opens pl.kcs.examples.command to info.picocli;
}
