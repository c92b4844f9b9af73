package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Memory does not grow with the number of replications: a million run in a 256 MB heap. */
class MemoryTest {

  @Test
  void a_million_replications_run_in_a_heap_of_256_mb() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                MillionReplications.class.getName())
            .redirectErrorStream(true)
            .start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("replications=1000000");
  }
}
