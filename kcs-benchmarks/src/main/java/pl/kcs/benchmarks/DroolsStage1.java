package pl.kcs.benchmarks;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The sixteen stage-1 rules in Drools (DRL, compiled once at construction), for comparison: one
 * rule per check, firing where the check fails or cannot be decided, over the facts {@link
 * Stage1Inputs} works out by hand; each assessment runs a stateless session.
 */
final class DroolsStage1 {

  private static final String[] WHEN = {
    "legalKnown == false",
    "selfAssessed == true, openStartMissing > 0",
    "teamRecord == 1",
    "teamRecord == 0",
    "selfAssessed == true, teamPracticesMissing > 0",
    "scaleDecided == false",
    "suitableRooms == 0",
    "missingRequiredEquipment > 0",
    "refreshments == 0",
    "appointed == 0",
    "animators > 0, appointed < animators",
    "animators > 0, unmotivated > 0",
    "animators > 0, inexperienced > 0",
    "animators > 0, unsupervised > 0",
    "scaleDecided == true, groupsOverScale > 0",
    "groups > 0, groupsOverPostCapacity > 0",
    "animators > 2, postAboveHalf == false",
  };

  /** The rule index of each DRL rule above; the fourth is the team conversation's "unknown". */
  private static final int[] RULE = {0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  private final Stage1Floor messages;
  private final StatelessKieSession session;

  DroolsStage1(Stage1Floor messages) {
    this.messages = messages;
    StringBuilder drl =
        new StringBuilder("package pl.kcs.benchmarks.drl;\n")
            .append("import ")
            .append(Stage1Inputs.class.getName())
            .append(";\n")
            .append("import ")
            .append(EngineResult.class.getName())
            .append(";\n");
    for (int i = 0; i < WHEN.length; i++) {
      int rule = RULE[i];
      drl.append("rule \"")
          .append(Stage1Floor.IDS[rule])
          .append(i == 3 ? ".unknown" : "")
          .append("\"\n")
          .append("  salience ")
          .append(100 - i)
          .append('\n')
          .append("when\n  Stage1Inputs(")
          .append(WHEN[i])
          .append(")\n  $out : EngineResult()\n")
          .append("then\n  $out.")
          .append(i == 3 ? "unknown" : "fail")
          .append('(')
          .append(rule)
          .append(");\n")
          .append("end\n");
    }
    KieBase base = new KieHelper().addContent(drl.toString(), ResourceType.DRL).build();
    session = base.newStatelessKieSession();
  }

  /** Fires the rules on {@code implementation}'s facts. */
  EngineResult assess(KcsImplementation implementation, boolean explained) {
    Stage1Inputs inputs = new Stage1Inputs(implementation);
    EngineResult result = new EngineResult(messages, inputs, explained);
    session.execute(List.of(inputs, result));
    return result;
  }
}
