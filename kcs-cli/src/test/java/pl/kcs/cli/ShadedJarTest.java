package pl.kcs.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The runnable kcs.jar keeps every licence: kcs's own LICENSE, one NOTICE merged from kcs's and
 * the bundled libraries' notices, and each library's licence files as it shipped them. Runs in the
 * package phase, after the shade plugin made target/kcs.jar.
 */
class ShadedJarTest {

  private static final Path JAR = Path.of("target", "kcs.jar");

  @Test
  void should_carry_the_kcs_licence_and_a_notice_merged_from_every_bundled_library()
      throws IOException {
    assumeTrue(Files.exists(JAR), "the build has made target/kcs.jar");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(text(jar, "META-INF/LICENSE"))
          .isEqualTo(Files.readString(Path.of("..", "LICENSE"), UTF_8));
      assertThat(text(jar, "META-INF/NOTICE"))
          .contains("Copyright 2026 the kcs contributors")
          .contains("Jackson")
          .contains("Apache PDFBox");
      assertThat(jar.getEntry("module-info.class")).isNull();
    }
  }

  @Test
  void should_keep_each_bundled_librarys_own_licence_files_including_non_apache_ones()
      throws IOException {
    assumeTrue(Files.exists(JAR), "the build has made target/kcs.jar");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (String licence :
          List.of(
              "META-INF/licenses/slf4j-api-jar/META-INF/LICENSE.txt",
              "META-INF/licenses/guava-jar/META-INF/LICENSE",
              "META-INF/licenses/jackson-databind-jar/META-INF/LICENSE",
              "META-INF/licenses/jackson-databind-jar/META-INF/NOTICE",
              "META-INF/licenses/joda-money-jar/META-INF/LICENSE.txt",
              "META-INF/licenses/pdfbox-jar/META-INF/LICENSE")) {
        assertThat(jar.getEntry(licence)).as(licence).isNotNull();
      }
      assertThat(text(jar, "META-INF/licenses/slf4j-api-jar/META-INF/LICENSE.txt"))
          .contains("Copyright (c) 2004", "QOS.ch", "Permission is hereby granted");
    }
  }

  @Test
  void should_name_every_bundled_library_with_its_licence_and_carry_the_lgpl_texts()
      throws IOException {
    assumeTrue(Files.exists(JAR), "the build has made target/kcs.jar");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String list = text(jar, "META-INF/THIRD-PARTY.txt");
      assertThat(list)
          .contains("VectorGraphics2D", "picocli", "XChart", "Guava")
          .containsIgnoringCase("Lesser General Public License")
          .doesNotContain("pl.kcs:");
      assertThat(text(jar, "META-INF/licenses/VectorGraphics2D/LGPL-3.0.txt"))
          .contains("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3");
      assertThat(text(jar, "META-INF/licenses/VectorGraphics2D/GPL-3.0.txt"))
          .contains("GNU GENERAL PUBLIC LICENSE", "Version 3");
    }
  }

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
