package pl.kcs.benchmarks;

import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The sixteen stage-1 rules in Easy Rules (org.jeasy:easy-rules-core), for comparison: one rule
 * per check, each firing where the check fails or cannot be decided, over the facts {@link
 * Stage1Inputs} works out by hand. Built once; thread-safe as Easy Rules' engine is stateless.
 */
final class EasyRulesStage1 {

  private static final String IN = "in";
  private static final String OUT = "out";

  private final Stage1Floor messages;
  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  EasyRulesStage1(Stage1Floor messages) {
    this.messages = messages;
    this.rules =
        new Rules(
            fails(0, in -> !in.isLegalKnown()),
            fails(1, in -> in.isSelfAssessed() && in.getOpenStartMissing() > 0),
            fails(2, in -> in.getTeamRecord() == 1),
            unknown(2, in -> in.getTeamRecord() == 0),
            fails(3, in -> in.isSelfAssessed() && in.getTeamPracticesMissing() > 0),
            fails(4, in -> !in.isScaleDecided()),
            fails(5, in -> in.getSuitableRooms() == 0),
            fails(6, in -> in.getMissingRequiredEquipment() > 0),
            fails(7, in -> in.getRefreshments() == 0),
            fails(8, in -> in.getAppointed() == 0),
            fails(9, in -> in.getAnimators() > 0 && in.getAppointed() < in.getAnimators()),
            fails(10, in -> in.getAnimators() > 0 && in.getUnmotivated() > 0),
            fails(11, in -> in.getAnimators() > 0 && in.getInexperienced() > 0),
            fails(12, in -> in.getAnimators() > 0 && in.getUnsupervised() > 0),
            fails(13, in -> in.isScaleDecided() && in.getGroupsOverScale() > 0),
            fails(14, in -> in.getGroups() > 0 && in.getGroupsOverPostCapacity() > 0),
            fails(15, in -> in.getAnimators() > 2 && !in.isPostAboveHalf()));
  }

  /** Fires the rules on {@code implementation}'s facts. */
  EngineResult assess(KcsImplementation implementation, boolean explained) {
    Stage1Inputs inputs = new Stage1Inputs(implementation);
    EngineResult result = new EngineResult(messages, inputs, explained);
    Facts facts = new Facts();
    facts.put(IN, inputs);
    facts.put(OUT, result);
    engine.fire(rules, facts);
    return result;
  }

  private static Rule fails(int index, Predicate<Stage1Inputs> problem) {
    return rule(index, Stage1Floor.IDS[index], problem, false);
  }

  private static Rule unknown(int index, Predicate<Stage1Inputs> undecided) {
    return rule(index, Stage1Floor.IDS[index] + ".unknown", undecided, true);
  }

  private static Rule rule(
      int index, String name, Predicate<Stage1Inputs> problem, boolean unknown) {
    return new RuleBuilder()
        .name(name)
        .description(Stage1Floor.FACTS[index])
        .priority(index)
        .when(facts -> problem.test(facts.get(IN)))
        .then(
            facts -> {
              EngineResult result = facts.get(OUT);
              if (unknown) {
                result.unknown(index);
              } else {
                result.fail(index);
              }
            })
        .build();
  }
}
