/**
 * The {@code kcs} command: an application, not a library. It opens the command package to
 * picocli, which reads the commands' options by reflection.
 */
module pl.kcs.cli {
  requires pl.kcs.examples;
  requires pl.kcs.json;
  requires info.picocli;
  requires org.knowm.xchart;
  requires java.desktop;
  requires java.xml;

  exports pl.kcs.cli;

  opens pl.kcs.cli to
      info.picocli;
}
