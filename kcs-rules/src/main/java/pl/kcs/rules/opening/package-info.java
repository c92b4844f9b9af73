/**
 * An institution's self-assessment of its openness to residents, "from client to co-host"
 * (docs/facts.md: the opening panel): {@link
 * pl.kcs.rules.opening.OpeningAssessment#assess(pl.kcs.core.opening.SelfAssessment)} scores each
 * area, places the institution on the client → co-host scale (OPEN-COHOST), says which starting
 * conditions are met or missing (OPEN-START) and advises on the weakest areas, each practice or
 * tool citing its fact ID (OPEN-PRACTICES, OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE), by the same rule
 * engine as the KCS stages. Its messages are in this package's own bundle.
 */
@NullMarked
package pl.kcs.rules.opening;

import org.jspecify.annotations.NullMarked;
