package pl.kcs.simulation;

import java.util.SplittableRandom;

/**
 * The arithmetic of {@link SplittableRandom}'s stream (SplitMix64: a 64-bit state advanced by an
 * odd gamma, each output the state through a bijective mix), so that the model can draw from a
 * replication's stream in local variables — the state in a register, not in an object's field —
 * and still draw exactly the numbers the {@code SplittableRandom} would have given.
 *
 * <p>{@link #stateBefore} recovers a stream's state from two of its outputs by inverting the mix;
 * {@code SplitMixTest} checks, on this JDK, that the recovered stream continues exactly as the
 * {@code SplittableRandom} does.
 */
final class SplitMix {

  private static final long MIX_1 = 0xbf58476d1ce4e5b9L;
  private static final long MIX_2 = 0x94d049bb133111ebL;
  private static final long UNMIX_1 = inverse(MIX_1);
  private static final long UNMIX_2 = inverse(MIX_2);

  /** The largest output of {@link #bits53}, plus one: 2^53. */
  static final long BITS_53 = 1L << 53;

  private SplitMix() {}

  /** {@code SplittableRandom}'s output for a state: Stafford's variant 13 of the MurmurHash3 mix. */
  static long mix64(long state) {
    long z = (state ^ (state >>> 30)) * MIX_1;
    z = (z ^ (z >>> 27)) * MIX_2;
    return z ^ (z >>> 31);
  }

  /** The state {@link #mix64} maps to {@code output}: each step of the mix undone in turn. */
  static long unmix64(long output) {
    long z = output ^ (output >>> 31) ^ (output >>> 62);
    z *= UNMIX_2;
    z = z ^ (z >>> 27) ^ (z >>> 54);
    z *= UNMIX_1;
    return z ^ (z >>> 30) ^ (z >>> 60);
  }

  /**
   * The upper 53 bits of the output for {@code state}: {@code nextDouble()} is this times 2^-53,
   * so {@code nextDouble() < p} exactly when {@code bits53(state) < threshold(p)}.
   */
  static long bits53(long state) {
    return mix64(state) >>> 11;
  }

  /**
   * 1 where the draw for {@code state} is below {@code threshold} (a draw from {@link
   * #threshold}(p) with probability p), else 0 — as arithmetic, without a branch: both are in
   * [0, 2^53], so their difference is negative exactly when the draw is below.
   */
  static int below(long state, long threshold) {
    return (int) (((mix64(state) >>> 11) - threshold) >>> 63);
  }

  /**
   * The integer threshold equivalent to comparing {@code nextDouble()} with {@code p}: for an
   * integer {@code k} in [0, 2^53), {@code k · 2^-53 < p} exactly when {@code k < ⌈p · 2^53⌉}
   * (scaling by a power of two is exact). 0 for p ≤ 0 (never), 2^53 for p ≥ 1 (always).
   */
  static long threshold(double p) {
    if (!(p > 0)) {
      return 0;
    }
    if (p >= 1) {
      return BITS_53;
    }
    return (long) Math.ceil(p * 0x1p53);
  }

  /**
   * Takes two outputs of {@code random} and gives {@code {state, gamma}}: the state it had before
   * them, and its gamma. Drawing from {@code state} advanced by {@code gamma} gives the two outputs
   * again and then exactly what {@code random} would have given next; {@code random} itself is
   * two outputs further on.
   */
  static void stateBefore(SplittableRandom random, long[] stateAndGamma) {
    long first = unmix64(random.nextLong());
    long second = unmix64(random.nextLong());
    long gamma = second - first;
    stateAndGamma[0] = first - gamma;
    stateAndGamma[1] = gamma;
  }

  /** The multiplicative inverse of odd {@code a} modulo 2^64, by Newton's iteration. */
  static long inverse(long a) {
    long x = a; // correct to 3 bits for odd a
    for (int i = 0; i < 5; i++) {
      x *= 2 - a * x;
    }
    return x;
  }
}
