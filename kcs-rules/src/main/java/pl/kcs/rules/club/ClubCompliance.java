package pl.kcs.rules.club;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.rules.Rule;
import pl.kcs.rules.RuleSet;

/**
 * Answers the question a social-assistance centre asks of its self-help club: "does the club have
 * what the KS model asks (docs/facts.md: the self-help club), and if not, what exactly is missing?"
 *
 * <p>{@link #assess(SelfHelpClub)} gives a {@link ClubReport}: whether the club complies (no
 * blocker), every blocker, warning and piece of advice with the fact ID it cites (KS-FORMAL …
 * KS-PARTNERS), and a checklist of the model's parts. The rules are the {@linkplain
 * #defaultRules() built-in set} unless the embedding system passes its own — e.g. the built-in set
 * with {@link #openingHoursRule(Duration, LocalTime) a stricter hours rule} in place of {@code
 * ks.hours}.
 *
 * <p>Immutable and thread-safe: share one instance between threads.
 */
public final class ClubCompliance {

  private static final RuleSet<ClubFacts> DEFAULT_RULES = RuleSet.of(ClubRules.defaults());
  private static final ClubCompliance DEFAULT = new ClubCompliance(DEFAULT_RULES);

  private final RuleSet<ClubFacts> rules;

  private ClubCompliance(RuleSet<ClubFacts> rules) {
    this.rules = rules;
  }

  /** The built-in club rules, in the order of the source. */
  public static RuleSet<ClubFacts> defaultRules() {
    return DEFAULT_RULES;
  }

  /** Club compliance by the built-in rules. */
  public static ClubCompliance withDefaultRules() {
    return DEFAULT;
  }

  /** Club compliance by {@code rules}, e.g. the built-in set with a rule replaced. */
  public static ClubCompliance withRules(RuleSet<ClubFacts> rules) {
    return new ClubCompliance(requireNonNull(rules, "rules"));
  }

  /**
   * The hours rule {@code ks.hours} (KS-HOURS) with another weekly minimum or another end of the
   * morning than the built-in 6 hours and {@link WeeklySchedule#MIDDAY}: a municipality that asks
   * more of its club replaces the built-in rule with it.
   *
   * @throws IllegalArgumentException unless {@code weeklyMinimum} is positive and less than a week
   */
  public static Rule<ClubFacts> openingHoursRule(Duration weeklyMinimum, LocalTime midday) {
    requireNonNull(weeklyMinimum, "weeklyMinimum");
    requireNonNull(midday, "midday");
    if (weeklyMinimum.isNegative()
        || weeklyMinimum.isZero()
        || weeklyMinimum.compareTo(Duration.ofDays(7)) >= 0) {
      throw new IllegalArgumentException(
          "weeklyMinimum must be positive and less than a week, was " + weeklyMinimum);
    }
    return ClubRules.openingHours(weeklyMinimum, midday);
  }

  /** The rules this instance applies. */
  public RuleSet<ClubFacts> rules() {
    return rules;
  }

  /** Assesses {@code club}. */
  public ClubReport assess(SelfHelpClub club) {
    return new ClubReport(rules.evaluate(ClubFacts.of(club)));
  }

  @Override
  public String toString() {
    return "ClubCompliance{" + rules + "}";
  }
}
