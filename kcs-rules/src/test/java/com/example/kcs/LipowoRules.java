package com.example.kcs;

import pl.kcs.core.stage.Step;
import pl.kcs.rules.AreaWords;
import pl.kcs.rules.Condition;
import pl.kcs.rules.Finding;
import pl.kcs.rules.Rule;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.Severity;
import pl.kcs.rules.stage.StageFacts;
import pl.kcs.rules.stage.StageProgression;

/**
 * The worked example of docs/extending.md, part 1: a municipality (Lipowo) adds a local rule of
 * its own to the stage report, with its words in its own bundle. Lipowo asks for two animators,
 * so that a group is never left alone when one is away. The method says half a post is enough
 * "na 1 lub 2 osoby" (KCS-REM-FTE): two people is the municipality's requirement, not the
 * method's, and the message says so.
 */
final class LipowoRules {

  /** Lipowo's words: com/example/kcs/lipowo_pl.properties and lipowo_en.properties. */
  static final AreaWords WORDS = AreaWords.load("com.example.kcs.lipowo", LipowoRules.class);

  /** At least two animators (KCS-REM-FTE, read by the municipality): a warning from stage 1 on. */
  static final Rule<StageFacts> TWO_ANIMATORS =
      Rule.<StageFacts>builder("lipowo.two-animators")
          .source("KCS-REM-FTE")
          .severity(Severity.WARNING)
          .appliesTo(Step.S1B_ANIMATORS)
          .messages(WORDS)
          .condition(Condition.holds(facts -> facts.animators() >= 2))
          .explainer(facts -> Finding.of(facts.animators(), 2))
          .build();

  /** The built-in stage rules and Lipowo's own. */
  static final RuleSet<StageFacts> RULES = StageProgression.defaultRules().with(TWO_ANIMATORS);

  /** Stage progression as Lipowo assesses it: share one instance. */
  static final StageProgression PROGRESSION = StageProgression.withRules(RULES);

  private LipowoRules() {}
}
