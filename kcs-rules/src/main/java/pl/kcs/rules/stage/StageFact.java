package pl.kcs.rules.stage;

import static com.google.common.base.Preconditions.checkState;

import pl.kcs.core.stage.Stage;

/**
 * The numeric facts of a {@link StageFacts}, by index. Booleans are 0 or 1. Holding them in one
 * array lets the built-in rules be data ({@link FactTest}) that the engine runs without a virtual
 * call per rule.
 */
enum StageFact {
  // In the order of their stages: the facts a StageFacts works out at once are the first ones.
  STAGE(Stage.PREPARATION),
  RECORDED_STEPS(Stage.PREPARATION),
  DONE_STEPS(Stage.PREPARATION),
  TEAM_CONVERSATION_RECORD(Stage.PREPARATION),
  LEGAL_CONTEXT_KNOWN(Stage.PREPARATION),
  SCALE_DECIDED(Stage.PREPARATION),
  SUITABLE_ROOMS(Stage.PREPARATION),
  MISSING_REQUIRED_EQUIPMENT(Stage.PREPARATION),
  REFRESHMENTS(Stage.PREPARATION),
  ANIMATORS(Stage.PREPARATION),
  APPOINTED_ANIMATORS(Stage.PREPARATION),
  ANIMATORS_BY_THE_WAY(Stage.PREPARATION),
  ANIMATORS_WITHOUT_MOTIVATION(Stage.PREPARATION),
  ANIMATORS_WITHOUT_SUPERVISION(Stage.PREPARATION),
  ANIMATORS_WITHOUT_EXPERIENCE(Stage.PREPARATION),
  POST_ABOVE_HALF(Stage.PREPARATION),
  GROUPS(Stage.PREPARATION),
  GROUPS_OVER_SCALE(Stage.PREPARATION),
  GROUPS_OVER_POST_CAPACITY(Stage.PREPARATION),
  SELF_ASSESSED(Stage.PREPARATION),
  OPEN_START_MISSING(Stage.PREPARATION),
  OPEN_TEAM_PRACTICES_MISSING(Stage.PREPARATION),
  ANIMATORS_WITHOUT_THEORY(Stage.INAUGURATION),
  ANIMATORS_WITHOUT_PRACTICE(Stage.INAUGURATION),
  ANIMATORS_WITHOUT_TRAINING(Stage.INAUGURATION),
  EXPERT_BY_EXPERIENCE_TRAINING(Stage.INAUGURATION),
  INVITED_PARTNERS(Stage.INAUGURATION),
  INVITED_PARTNER_KINDS(Stage.INAUGURATION),
  RECRUITED_GROUPS(Stage.INAUGURATION),
  GROUPS_WITHOUT_MATCHING_PARTNER(Stage.INAUGURATION),
  IN_INSTITUTION_STRATEGY(Stage.OPERATION),
  SAFE_COMFORTABLE_ROOMS(Stage.OPERATION),
  GROUPS_WITHOUT_PARTICIPANT_RULES(Stage.OPERATION),
  SUCCESSFUL_GROUPS(Stage.OPERATION),
  GROUPS_WITHOUT_MODEL(Stage.OPERATION);

  static final int COUNT = values().length;

  /** How many facts the rules of stages up to {@code stage} read: the first ones, by ordinal. */
  static int countThrough(Stage stage) {
    int count = 0;
    for (StageFact fact : values()) {
      if (fact.section.compareTo(stage) <= 0) {
        // A fact of a later stage before this one would be left out of the facts worked out.
        checkState(count == fact.ordinal(), "%s is not in the order of the stages", fact);
        count++;
      }
    }
    return count;
  }

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
