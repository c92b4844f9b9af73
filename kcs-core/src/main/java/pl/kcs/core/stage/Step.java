package pl.kcs.core.stage;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The steps of each stage, in the source method's order (1a, 1b …; 2a, 2b, 2c; 3).
 */
public enum Step implements DomainTerm {
  /** Legal acts and local strategies that can justify the KCS are known. (KCS-S1A) */
  S1A_ROOTING("KCS-S1A", Stage.PREPARATION, "1a"),
  /** An in-depth conversation with the whole team about the KCS's goals and values. (KCS-S1B-TEAM) */
  S1B_TEAM_CONVERSATION("KCS-S1B-TEAM", Stage.PREPARATION, "1b"),
  /** An analysis of resources and a decision on the scale of support. (KCS-S1B-SCALE) */
  S1B_RESOURCES_AND_SCALE("KCS-S1B-SCALE", Stage.PREPARATION, "1b"),
  /** A comfortable, non-walk-through space for meetings. (KCS-S1B-PREMISES) */
  S1B_PREMISES("KCS-S1B-PREMISES", Stage.PREPARATION, "1b"),
  /** A flipchart, chairs, a table and office supplies. (KCS-S1B-EQUIPMENT) */
  S1B_EQUIPMENT("KCS-S1B-EQUIPMENT", Stage.PREPARATION, "1b"),
  /** Animators appointed, with the role as a daily duty. (KCS-S1B-ANIMATORS) */
  S1B_ANIMATORS("KCS-S1B-ANIMATORS", Stage.PREPARATION, "1b"),
  /** Regular supervision arranged for every animator. (KCS-S1B-SUPERVISION) */
  S1B_SUPERVISION("KCS-S1B-SUPERVISION", Stage.PREPARATION, "1b"),
  /** Local partners chosen by the diagnosed needs and invited to cooperate. (KCS-S2A) */
  S2A_PARTNERS("KCS-S2A", Stage.INAUGURATION, "2a"),
  /** Animators trained in theory and practice. (KCS-S2B) */
  S2B_TRAINING("KCS-S2B", Stage.INAUGURATION, "2b"),
  /** Groups recruited and initiated. (KCS-S2C) */
  S2C_RECRUITMENT("KCS-S2C", Stage.INAUGURATION, "2c"),
  /** Operating by one or more of the four models. (KCS-S3) */
  S3_OPERATION("KCS-S3", Stage.OPERATION, "3");

  private final FactId source;
  private final Stage stage;
  private final String part;

  Step(String source, Stage stage, String part) {
    this.source = FactId.of(source);
    this.stage = stage;
    this.part = part;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The stage this step belongs to. */
  public Stage stage() {
    return stage;
  }

  /** The part of the stage in the source's numbering: "1a", "1b", "2a", "2b", "2c" or "3". */
  public String part() {
    return part;
  }

  static ImmutableList<Step> of(Stage stage) {
    return Arrays.stream(values()).filter(step -> step.stage == stage).collect(toImmutableList());
  }
}
