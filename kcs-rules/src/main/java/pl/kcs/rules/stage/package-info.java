/**
 * Stage progression of a KCS (docs/facts.md: the KCS guide): {@link
 * pl.kcs.rules.stage.StageProgression#assess(pl.kcs.core.stage.KcsImplementation)} answers "may
 * this institution move to the next stage, and if not, what exactly is missing?" with a {@link
 * pl.kcs.rules.stage.StageReport}. The built-in rules cite KCS-S1A, KCS-S1B-TEAM, KCS-S1B-SCALE,
 * KCS-S1B-PREMISES, KCS-S1B-EQUIPMENT, KCS-S1B-ANIMATORS, KCS-S1B-SUPERVISION, KCS-REM-SUPPORT,
 * KCS-REM-PEOPLE, KCS-REM-FTE, KCS-S2A, KCS-S2B, KCS-S2C, KCS-REM-RULES and KCS-REM-SPACE; where the
 * host attached a self-assessment of its openness ({@link pl.kcs.rules.opening}), two more pieces
 * of advice read it for KCS-S1A (OPEN-START) and KCS-S1B-TEAM.
 */
@NullMarked
package pl.kcs.rules.stage;

import org.jspecify.annotations.NullMarked;
