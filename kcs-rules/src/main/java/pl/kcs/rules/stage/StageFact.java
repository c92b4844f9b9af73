package pl.kcs.rules.stage;

import pl.kcs.core.stage.Stage;

/**
 * The numeric facts of a {@link StageFacts}, by index. Booleans are 0 or 1. Holding them in one
 * array lets the built-in rules be data ({@link FactTest}) that the engine runs without a virtual
 * call per rule.
 */
enum StageFact {
  STAGE(Stage.PREPARATION),
  RECORDED_STEPS(Stage.PREPARATION),
  DONE_STEPS(Stage.PREPARATION),
  TEAM_CONVERSATION_RECORD(Stage.PREPARATION),
  LEGAL_CONTEXT_KNOWN(Stage.PREPARATION),
  IN_INSTITUTION_STRATEGY(Stage.OPERATION),
  SCALE_DECIDED(Stage.PREPARATION),
  SUITABLE_ROOMS(Stage.PREPARATION),
  SAFE_COMFORTABLE_ROOMS(Stage.OPERATION),
  MISSING_REQUIRED_EQUIPMENT(Stage.PREPARATION),
  REFRESHMENTS(Stage.PREPARATION),
  ANIMATORS(Stage.PREPARATION),
  APPOINTED_ANIMATORS(Stage.PREPARATION),
  ANIMATORS_BY_THE_WAY(Stage.PREPARATION),
  ANIMATORS_WITHOUT_MOTIVATION(Stage.PREPARATION),
  ANIMATORS_WITHOUT_SUPERVISION(Stage.PREPARATION),
  ANIMATORS_WITHOUT_THEORY(Stage.INAUGURATION),
  ANIMATORS_WITHOUT_PRACTICE(Stage.INAUGURATION),
  ANIMATORS_WITHOUT_TRAINING(Stage.INAUGURATION),
  ANIMATORS_WITHOUT_EXPERIENCE(Stage.PREPARATION),
  EXPERT_BY_EXPERIENCE_TRAINING(Stage.INAUGURATION),
  POST_ABOVE_HALF(Stage.PREPARATION),
  INVITED_PARTNERS(Stage.INAUGURATION),
  INVITED_PARTNER_KINDS(Stage.INAUGURATION),
  GROUPS(Stage.PREPARATION),
  RECRUITED_GROUPS(Stage.INAUGURATION),
  GROUPS_WITHOUT_PARTICIPANT_RULES(Stage.OPERATION),
  GROUPS_WITHOUT_MATCHING_PARTNER(Stage.INAUGURATION),
  SUCCESSFUL_GROUPS(Stage.OPERATION),
  GROUPS_OVER_SCALE(Stage.PREPARATION),
  GROUPS_OVER_POST_CAPACITY(Stage.PREPARATION),
  GROUPS_WITHOUT_MODEL(Stage.OPERATION),
  SELF_ASSESSED(Stage.PREPARATION),
  OPEN_START_MISSING(Stage.PREPARATION),
  OPEN_TEAM_PRACTICES_MISSING(Stage.PREPARATION);

  static final int COUNT = values().length;

  private final Stage section;

  StageFact(Stage section) {
    this.section = section;
  }

  /**
   * The first stage whose rules read this fact: {@link StageFacts} works out a stage's facts only
   * once the institution is in that stage, or when they are asked for.
   */
  Stage section() {
    return section;
  }

  /** Step records: not recorded, recorded not done, done. */
  static final int NOT_RECORDED = 0;

  static final int NOT_DONE = 1;
  static final int DONE = 2;

  /** A count kcs could not work out from the input (e.g. models without an offer). */
  static final int UNKNOWN = -1;
}
