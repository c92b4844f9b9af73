/**
 * Compliance and readiness of a self-help club (Klub Samopomocy, KS) of a municipal
 * social-assistance centre (docs/facts.md: the self-help club): {@link
 * pl.kcs.rules.club.ClubCompliance#assess(pl.kcs.core.club.SelfHelpClub)} answers "does this club
 * have what the KS model asks, and if not, what exactly is missing?" with a {@link
 * pl.kcs.rules.club.ClubReport}, by the same rule engine as the KCS stages. The built-in rules
 * cite KS-FORMAL, KS-LAW, KS-GOALS, KS-VALUES, KS-WHO, KS-FORMS, KS-PEOPLE, KS-ROOM, KS-HOURS,
 * KS-EQUIPMENT and KS-PARTNERS; their messages are in this package's own bundle.
 */
@NullMarked
package pl.kcs.rules.club;

import org.jspecify.annotations.NullMarked;
