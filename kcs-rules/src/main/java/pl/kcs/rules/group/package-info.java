/**
 * Group life: how a self-help group matures and what its life asks of the KCS (KCS-REM-RULES,
 * KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT, KCS-DIF-NEWCOMERS, KCS-DIF-RULES, KCS-DIF-DIVERSITY).
 *
 * <p>{@link pl.kcs.rules.group.GroupLife} is a small state machine over {@link
 * pl.kcs.core.group.GroupMaturity}: forming → early → developing → running itself → independent.
 * Each {@link pl.kcs.rules.group.GroupEvent} moves a group by an explicit transition guarded by
 * rules of the {@link pl.kcs.rules} engine, and returns the next group; only the two documented
 * events, newcomers after bonding and a lost animator, move a group back. {@link
 * pl.kcs.rules.group.GroupLife#assess(pl.kcs.core.group.SelfHelpGroup, java.time.LocalDate)}
 * reports on a group's life: rules agreed with participants, meeting without the animator,
 * independence, a rules review after newcomers, regulations for groups of people with
 * mental-health disorders, and animators who hold groups of very different kinds.
 *
 * <p>Messages live in this package's own bundle, {@code pl/kcs/rules/group/messages_pl.properties}
 * and {@code _en}.
 */
@NullMarked
package pl.kcs.rules.group;

import org.jspecify.annotations.NullMarked;
