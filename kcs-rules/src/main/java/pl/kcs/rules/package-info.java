/**
 * A small, typed, explainable rule engine.
 *
 * <p>A {@link pl.kcs.rules.Rule} is a named value: a stable id, the fact of the domain
 * specification it comes from, a severity, a condition over typed facts and messages in Polish and
 * English. A {@link pl.kcs.rules.RuleSet} is an explicit list of rules that an embedding system can
 * extend, or in which it can disable or replace a rule by id. Evaluating a set gives an {@link
 * pl.kcs.rules.RuleSetResult} with an {@link pl.kcs.rules.Outcome} for every rule — never a bare
 * boolean — each of which explains what it looked at and what to do.
 *
 * <p>The engine keeps allocation out of evaluation: conditions decide, and findings and messages
 * are worked out only when read. Rule sets and reports are immutable and thread-safe.
 *
 * <p>The KCS rule sets live in the sub-packages, e.g. {@link pl.kcs.rules.stage} for stage
 * progression.
 */
@NullMarked
package pl.kcs.rules;

import org.jspecify.annotations.NullMarked;
