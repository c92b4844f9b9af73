package pl.kcs.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule engine's actions write: each stage-1 rule that failed or is undecided, whether a
 * blocker did, and — where the explanation is asked for — the line a user reads, built by the
 * same code as {@link Stage1Floor}'s. Public, because Drools' DRL calls it.
 */
public final class EngineResult {

  private final Stage1Floor messages;
  private final Stage1Inputs inputs;
  private final boolean explained;
  private final byte[] statuses = new byte[Stage1Floor.RULES];
  private final List<Stage1Floor.Explanation> lines;
  private boolean blocked;

  EngineResult(Stage1Floor messages, Stage1Inputs inputs, boolean explained) {
    this.messages = messages;
    this.inputs = inputs;
    this.explained = explained;
    this.lines = explained ? new ArrayList<>(Stage1Floor.RULES) : List.of();
  }

  /** Rule {@code rule} failed. */
  public void fail(int rule) {
    problem(rule, Stage1Floor.FAILED);
  }

  /** Rule {@code rule} could not be decided. */
  public void unknown(int rule) {
    problem(rule, Stage1Floor.UNKNOWN);
  }

  private void problem(int rule, byte status) {
    statuses[rule] = status;
    char severity = Stage1Floor.SEVERITIES[rule];
    blocked |= severity == 'B';
    if (explained && severity != 'N') {
      lines.add(
          new Stage1Floor.Explanation(
              Stage1Floor.IDS[rule],
              Stage1Floor.FACTS[rule],
              messages.message(rule, status, inputs.getImplementation())));
    }
  }

  byte[] statuses() {
    return statuses;
  }

  boolean mayAdvance() {
    return !blocked;
  }

  List<Stage1Floor.Explanation> lines() {
    return lines;
  }
}
