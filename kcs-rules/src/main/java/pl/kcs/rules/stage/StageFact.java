package pl.kcs.rules.stage;

/**
 * The numeric facts of a {@link StageFacts}, by index. Booleans are 0 or 1. Holding them in one
 * array lets the built-in rules be data ({@link FactTest}) that the engine runs without a virtual
 * call per rule.
 */
enum StageFact {
  STAGE,
  RECORDED_STEPS,
  DONE_STEPS,
  TEAM_CONVERSATION_RECORD,
  LEGAL_CONTEXT_KNOWN,
  IN_INSTITUTION_STRATEGY,
  SCALE_DECIDED,
  SUITABLE_ROOMS,
  SAFE_COMFORTABLE_ROOMS,
  MISSING_REQUIRED_EQUIPMENT,
  REFRESHMENTS,
  ANIMATORS,
  APPOINTED_ANIMATORS,
  ANIMATORS_BY_THE_WAY,
  ANIMATORS_WITHOUT_MOTIVATION,
  ANIMATORS_WITHOUT_SUPERVISION,
  ANIMATORS_WITHOUT_THEORY,
  ANIMATORS_WITHOUT_PRACTICE,
  ANIMATORS_WITHOUT_TRAINING,
  ANIMATORS_WITHOUT_EXPERIENCE,
  EXPERT_BY_EXPERIENCE_TRAINING,
  POST_ABOVE_HALF,
  INVITED_PARTNERS,
  INVITED_PARTNER_KINDS,
  GROUPS,
  RECRUITED_GROUPS,
  GROUPS_WITHOUT_PARTICIPANT_RULES,
  GROUPS_WITHOUT_MATCHING_PARTNER,
  SUCCESSFUL_GROUPS,
  GROUPS_OVER_SCALE,
  GROUPS_OVER_POST_CAPACITY,
  GROUPS_WITHOUT_MODEL,
  SELF_ASSESSED,
  OPEN_START_MISSING,
  OPEN_TEAM_PRACTICES_MISSING;

  static final int COUNT = values().length;

  /** Step records: not recorded, recorded not done, done. */
  static final int NOT_RECORDED = 0;

  static final int NOT_DONE = 1;
  static final int DONE = 2;

  /** A count kcs could not work out from the input (e.g. models without an offer). */
  static final int UNKNOWN = -1;
}
