package pl.kcs.rules.stage;

import pl.kcs.core.Language;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;

/**
 * The words of the stage report in one language that do not depend on the institution — the
 * headings, the stages' and steps' labels, the verdict and checklist lines for every stage, the
 * supervision frequencies the supervision rule names —
 * formatted once from kcs-core's labels and {@link StageMessages#BUNDLE}, so that rendering a
 * report formats only what is its own. Immutable and thread-safe; one instance per language, made
 * when the class is loaded.
 */
final class StageWords {

  private static final Stage[] STAGES = Stage.values();
  private static final Step[] STEPS = Step.values();
  private static final SupervisionFrequency[] FREQUENCIES = SupervisionFrequency.values();

  /** Verdicts with fewer blockers than this are formatted once; more, on each report. */
  private static final int BLOCKER_COUNTS = 32;

  private static final StageWords[] BY_LANGUAGE = byLanguage();

  final String checklist;
  final String blockers;
  final String warnings;
  final String advice;
  final String notes;
  final String none;
  final String groupModels;
  final String noGroupModel;
  final String lastStageHealthy;
  private final String[] stages = new String[STAGES.length];
  private final String[] steps = new String[STEPS.length];
  private final String[] frequencies = new String[FREQUENCIES.length];
  private final String[] mayAdvanceTo = new String[STAGES.length];
  // [stage][blockers]: the verdict with fewer than BLOCKER_COUNTS blockers, formatted once.
  private final String[][] mayNotAdvanceTo = new String[STAGES.length][BLOCKER_COUNTS];
  private final String[] lastStageBlocked = new String[BLOCKER_COUNTS];
  private final Language language;
  private final String[] missingStepsTo = new String[STAGES.length];
  // [stage][steps done]: "Stage 1: …: steps done: 3 of 7".
  private final String[][] checklistOf = new String[STAGES.length][];

  private StageWords(Language language) {
    this.language = language;
    checklist = constant(language, "report.checklist");
    blockers = constant(language, "report.blockers");
    warnings = constant(language, "report.warnings");
    advice = constant(language, "report.advice");
    notes = constant(language, "report.notes");
    none = constant(language, "report.none");
    groupModels = constant(language, "report.group-models");
    noGroupModel = constant(language, "report.group-models.none");
    lastStageHealthy = constant(language, "report.last-stage.healthy");
    for (Stage stage : STAGES) {
      String label = stage.label(language.locale());
      int i = stage.ordinal();
      stages[i] = label;
      mayAdvanceTo[i] = StageMessages.BUNDLE.format(language, "report.may-advance", label);
      for (int blockers = 0; blockers < BLOCKER_COUNTS; blockers++) {
        mayNotAdvanceTo[i][blockers] = mayNotAdvance(label, blockers);
      }
      missingStepsTo[i] = StageMessages.BUNDLE.format(language, "report.missing-steps", label);
      int size = stage.steps().size();
      checklistOf[i] = new String[size + 1];
      for (int done = 0; done <= size; done++) {
        checklistOf[i][done] =
            StageMessages.BUNDLE.format(language, "report.checklist.stage", label, done, size);
      }
    }
    for (int blockers = 0; blockers < BLOCKER_COUNTS; blockers++) {
      lastStageBlocked[blockers] = formatLastStageBlocked(blockers);
    }
    for (Step step : STEPS) {
      steps[step.ordinal()] = step.part() + " " + step.label(language.locale());
    }
    for (SupervisionFrequency frequency : FREQUENCIES) {
      frequencies[frequency.ordinal()] = frequency.label(language.locale());
    }
  }

  private static StageWords[] byLanguage() {
    StageWords[] words = new StageWords[Language.values().length];
    for (Language language : Language.values()) {
      words[language.ordinal()] = new StageWords(language);
    }
    return words;
  }

  private static String constant(Language language, String key) {
    return StageMessages.BUNDLE.format(language, key);
  }

  /** The words in {@code language}. */
  static StageWords of(Language language) {
    return BY_LANGUAGE[language.ordinal()];
  }

  /** The label of {@code stage}. */
  String stage(Stage stage) {
    return stages[stage.ordinal()];
  }

  /** {@code step}'s part and label: {@code "1b premises: …"}. */
  String step(Step step) {
    return steps[step.ordinal()];
  }

  /** The label of {@code frequency} (KCS-S1B-SUPERVISION), as in the supervision rule's finding. */
  String frequency(SupervisionFrequency frequency) {
    return frequencies[frequency.ordinal()];
  }

  /** The verdict line where the institution may move on to {@code next}. */
  String mayAdvanceTo(Stage next) {
    return mayAdvanceTo[next.ordinal()];
  }

  /** The verdict line where {@code blockers} keep the institution from {@code next}. */
  String mayNotAdvanceTo(Stage next, int blockers) {
    return blockers < BLOCKER_COUNTS
        ? mayNotAdvanceTo[next.ordinal()][blockers]
        : mayNotAdvance(stage(next), blockers);
  }

  private String mayNotAdvance(String next, int blockers) {
    return StageMessages.BUNDLE.format(language, "report.may-not-advance", next, blockers);
  }

  /** The verdict line of the last stage with {@code blockers} to remove. */
  String lastStageBlocked(int blockers) {
    return blockers < BLOCKER_COUNTS
        ? lastStageBlocked[blockers]
        : formatLastStageBlocked(blockers);
  }

  private String formatLastStageBlocked(int blockers) {
    return StageMessages.BUNDLE.format(language, "report.last-stage.blocked", blockers);
  }

  /** The heading of the missing steps to reach {@code target}. */
  String missingStepsTo(Stage target) {
    return missingStepsTo[target.ordinal()];
  }

  /** The checklist heading of {@code stage} with {@code done} of its steps done. */
  String checklistOf(Stage stage, int done) {
    return checklistOf[stage.ordinal()][done];
  }
}
