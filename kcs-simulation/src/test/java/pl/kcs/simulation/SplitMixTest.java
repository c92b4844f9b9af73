package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The model draws from a replication's stream in local variables (issue 17): this holds only if
 * {@link SplitMix} is exactly this JDK's {@link SplittableRandom}. Checked on many streams,
 * including split ones (whose gamma is not the default), and on the thresholds that replace
 * {@code nextDouble() < p}.
 */
class SplitMixTest {

  @Test
  void unmixing_undoes_the_mix_for_any_state() {
    SplittableRandom states = new SplittableRandom(1);
    for (int i = 0; i < 100_000; i++) {
      long state = states.nextLong();
      assertThat(SplitMix.unmix64(SplitMix.mix64(state))).isEqualTo(state);
    }
    assertThat(SplitMix.unmix64(SplitMix.mix64(0))).isZero();
    assertThat(SplitMix.unmix64(SplitMix.mix64(-1))).isEqualTo(-1);
  }

  @Test
  void a_recovered_stream_continues_exactly_as_the_splittable_random_it_came_from() {
    // Two identical roots split alike give identical streams: one to recover, one to compare with.
    SplittableRandom root = new SplittableRandom(20_240_115L);
    SplittableRandom rootAgain = new SplittableRandom(20_240_115L);
    long[] state = new long[2];
    for (int stream = 0; stream < 500; stream++) {
      SplittableRandom original = root.split().split();
      SplittableRandom twin = rootAgain.split().split();
      SplitMix.stateBefore(original, state);
      long seed = state[0];
      long gamma = state[1];
      for (int draw = 0; draw < 200; draw++) {
        seed += gamma;
        double expected = twin.nextDouble();
        assertThat(SplitMix.bits53(seed) * 0x1p-53).isEqualTo(expected);
      }
      // The original is two outputs further on: the recovered stream's third output is its next.
      long third = state[0] + 3 * state[1];
      assertThat(SplitMix.mix64(third)).isEqualTo(original.nextLong());
    }
  }

  @Test
  void an_integer_threshold_decides_exactly_as_comparing_next_double_with_the_probability() {
    SplittableRandom random = new SplittableRandom(99);
    double[] probabilities = {
      0,
      1e-300,
      1e-17,
      0x1p-53,
      0.001,
      0.07,
      0.1,
      0.25,
      1.0 / 3,
      0.5,
      0.9,
      Math.nextDown(1.0),
      1,
      1.5,
      -0.2
    };
    for (double p : probabilities) {
      long threshold = SplitMix.threshold(p);
      for (int i = 0; i < 20_000; i++) {
        long bits = random.nextLong() >>> 11;
        assertThat(bits < threshold).as("p=%s, bits=%s", p, bits).isEqualTo(bits * 0x1p-53 < p);
      }
      // The boundary: the largest draw below p, and the smallest at or above it.
      if (threshold > 0 && threshold <= SplitMix.BITS_53) {
        assertThat((threshold - 1) * 0x1p-53 < p).as("p=%s", p).isTrue();
      }
      if (threshold < SplitMix.BITS_53) {
        assertThat(threshold * 0x1p-53 < p).as("p=%s", p).isFalse();
      }
    }
  }

  @Test
  void the_inverse_of_an_odd_number_modulo_two_to_the_64_is_exact() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 10_000; i++) {
      long odd = random.nextLong() | 1;
      assertThat(odd * SplitMix.inverse(odd)).isEqualTo(1L);
    }
  }
}
