package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The model draws a month's animator turnover and vacancies for one post (the default) without the
 * general loops (issue 17): that shortcut must decide exactly as the loops do from the same number
 * of the stream, or seeded results would change.
 */
class AnimatorPostsTest {

  private static final long[] THRESHOLDS = {
    0, 1, SplitMix.threshold(0.02), SplitMix.threshold(0.25), SplitMix.BITS_53 - 1, SplitMix.BITS_53
  };

  @Test
  void one_posts_shortcut_keeps_or_fills_the_post_as_the_general_loops_do() {
    for (long seed = 1; seed <= 2_000; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      long state = random.nextLong();
      long gamma = random.nextLong() | 1; // a stream's gamma is odd
      int inPost = random.nextInt(2);
      long turnover = threshold(random);
      long fill = threshold(random);
      assertThat(Model.onePostHeld(state + gamma, inPost, turnover, fill))
          .as("seed %s", seed)
          .isEqualTo(Model.postsHeld(state, gamma, inPost, 1, turnover, fill));
    }
  }

  @Test
  void an_animator_in_post_leaves_and_a_vacancy_is_filled_only_on_a_draw_below_the_threshold() {
    long state = 42;
    long draw = SplitMix.bits53(state);
    // Below: the one animator leaves, the vacant post is filled.
    assertThat(Model.onePostHeld(state, 1, draw + 1, 0)).isZero();
    assertThat(Model.onePostHeld(state, 0, 0, draw + 1)).isOne();
    // Not below: both stay as they were.
    assertThat(Model.onePostHeld(state, 1, draw, SplitMix.BITS_53)).isOne();
    assertThat(Model.onePostHeld(state, 0, SplitMix.BITS_53, draw)).isZero();
  }

  /** A threshold from the edges (never, always, next to them) or any in between. */
  private static long threshold(SplittableRandom random) {
    return random.nextBoolean()
        ? THRESHOLDS[random.nextInt(THRESHOLDS.length)]
        : random.nextLong(SplitMix.BITS_53 + 1);
  }
}
