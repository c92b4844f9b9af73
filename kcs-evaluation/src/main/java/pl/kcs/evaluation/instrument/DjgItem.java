package pl.kcs.evaluation.instrument;

import static java.util.Objects.requireNonNull;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * The eleven items of the De Jong Gierveld loneliness scale, numbered as in the Manual of the
 * Loneliness Scale (1999): six negatively worded items of the emotional subscale and five
 * positively worded items of the social subscale. The 6-item scale (de Jong Gierveld &amp; van
 * Tilburg 2006) keeps items 3, 9 and 10 (emotional) and 4, 7 and 8 (social), as in the manual's
 * syntax for the short scale. Measures KCS-EFF-LONELINESS.
 *
 * <p>The labels are short names for reports, not the questionnaire's wording.
 */
public enum DjgItem implements LonelinessTerm {
  /** 1. There is always someone to talk to about day-to-day problems (social). */
  SOMEONE_TO_TALK_TO(1, DjgSubscale.SOCIAL, false),
  /** 2. Missing a really close friend (emotional). */
  MISS_A_CLOSE_FRIEND(2, DjgSubscale.EMOTIONAL, false),
  /** 3. A general sense of emptiness (emotional; also in the 6-item scale). */
  SENSE_OF_EMPTINESS(3, DjgSubscale.EMOTIONAL, true),
  /** 4. Plenty of people to lean on in trouble (social; also in the 6-item scale). */
  PLENTY_TO_LEAN_ON(4, DjgSubscale.SOCIAL, true),
  /** 5. Missing the pleasure of the company of others (emotional). */
  MISS_COMPANY(5, DjgSubscale.EMOTIONAL, false),
  /** 6. One's circle of friends and acquaintances is too limited (emotional). */
  CIRCLE_TOO_LIMITED(6, DjgSubscale.EMOTIONAL, false),
  /** 7. Many people one can trust completely (social; also in the 6-item scale). */
  MANY_TO_TRUST(7, DjgSubscale.SOCIAL, true),
  /** 8. Enough people one feels close to (social; also in the 6-item scale). */
  ENOUGH_PEOPLE_CLOSE(8, DjgSubscale.SOCIAL, true),
  /** 9. Missing having people around (emotional; also in the 6-item scale). */
  MISS_PEOPLE_AROUND(9, DjgSubscale.EMOTIONAL, true),
  /** 10. Often feeling rejected (emotional; also in the 6-item scale). */
  OFTEN_REJECTED(10, DjgSubscale.EMOTIONAL, true),
  /** 11. Friends one can call on whenever needed (social). */
  FRIENDS_WHEN_NEEDED(11, DjgSubscale.SOCIAL, false);

  private final int number;
  private final DjgSubscale subscale;
  private final boolean inSixItemScale;

  DjgItem(int number, DjgSubscale subscale, boolean inSixItemScale) {
    this.number = number;
    this.subscale = subscale;
    this.inSixItemScale = inSixItemScale;
  }

  /** The item's number in the 11-item scale, 1 to 11. */
  public int number() {
    return number;
  }

  /** The subscale the item belongs to. */
  public DjgSubscale subscale() {
    return subscale;
  }

  /** Whether the 6-item scale asks this item. */
  public boolean inSixItemScale() {
    return inSixItemScale;
  }

  /**
   * Whether {@code answer} scores 1 (lonely) on this item. The manual dichotomises: on a
   * negatively worded (emotional) item "yes!", "yes" and "more or less" score 1; on a positively
   * worded (social) item "more or less", "no" and "no!" score 1; every other answer scores 0.
   */
  public boolean isLonely(DjgAnswer answer) {
    requireNonNull(answer, "answer");
    switch (answer) {
      case MORE_OR_LESS:
        return true;
      case YES_EMPHATIC:
      case YES:
        return subscale == DjgSubscale.EMOTIONAL;
      case NO:
      case NO_EMPHATIC:
        return subscale == DjgSubscale.SOCIAL;
      default:
        throw new AssertionError(answer);
    }
  }
}
