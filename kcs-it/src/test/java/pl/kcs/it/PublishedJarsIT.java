package pl.kcs.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What every kcs library jar carries for publication: the repository's LICENSE and NOTICE in
 * META-INF, and its own module descriptor (not an automatic module name).
 */
class PublishedJarsIT {

  private static final List<String> LIBRARY_MODULES =
      List.of(
          "kcs-testing",
          "kcs-core",
          "kcs-rules",
          "kcs-costs",
          "kcs-evaluation",
          "kcs-simulation",
          "kcs-json",
          "kcs-json3");

  @Test
  void should_put_the_licence_the_notice_and_a_module_descriptor_in_every_library_jar()
      throws IOException {
    Path root = Path.of(Consumer.property("kcs.it.repositoryRoot"));
    String licence = Files.readString(root.resolve("LICENSE"), UTF_8);
    String notice = Files.readString(root.resolve("NOTICE"), UTF_8);
    assertThat(licence).contains("Apache License", "Version 2.0, January 2004");

    List<Path> kcsJars =
        Consumer.dependencyPath().stream()
            .filter(jar -> jar.getFileName().toString().startsWith("kcs-"))
            .toList();
    assertThat(kcsJars)
        .extracting(jar -> jar.getFileName().toString().replaceFirst("-\\d.*", ""))
        .containsExactlyInAnyOrderElementsOf(LIBRARY_MODULES);

    for (Path jar : kcsJars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(text(file, "META-INF/LICENSE")).as(jar + " LICENSE").isEqualTo(licence);
        assertThat(text(file, "META-INF/NOTICE")).as(jar + " NOTICE").isEqualTo(notice);
        ZipEntry descriptor = file.getEntry("module-info.class");
        assertThat(descriptor).as(jar + " module-info.class").isNotNull();
        try (InputStream in = file.getInputStream(descriptor)) {
          assertThat(ModuleDescriptor.read(in).name()).startsWith("pl.kcs.");
        }
      }
    }
  }

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(jar.getName() + " " + name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
