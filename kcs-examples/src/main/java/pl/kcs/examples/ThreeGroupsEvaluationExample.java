package pl.kcs.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.LessLonelyAnswer;
import pl.kcs.evaluation.OrganiserConfidence;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.TiesOutsideGroup;
import pl.kcs.evaluation.Wave;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaResponse;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.json.EvaluationInput;

/**
 * Example: a library's KCS with three groups, like the pilot's, evaluated at the start and six
 * months later, and its report printed in Polish and English (KCS-EFF-LONELINESS,
 * KCS-EFF-CONFIDENCE, KCS-EFF-TIES, KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT).
 *
 * <p>The embedded example of {@code kcs evaluate} ({@link #input()}). Run it alone with {@link
 * #main(String[])}, or call {@link #report(Language)} for the text. The answers are invented; the
 * respondent ids are pseudonyms an embedding system would map to people.
 */
public final class ThreeGroupsEvaluationExample {

  static final LocalDate START = LocalDate.of(2024, 3, 4);
  static final LocalDate SIX_MONTHS_LATER = LocalDate.of(2024, 9, 2);

  private ThreeGroupsEvaluationExample() {}

  /** Prints the report in Polish, then in English. */
  public static void main(String[] args) {
    java.io.PrintStream out =
        new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    out.println(report(Language.POLISH));
    out.println(report(Language.ENGLISH));
  }

  /** The evaluation report in {@code language}. */
  public static String report(Language language) {
    return evaluationReport().render(language);
  }

  /** The evaluation report as data. */
  public static EvaluationReport evaluationReport() {
    return Evaluator.standard().report(implementation(), survey(), SIX_MONTHS_LATER);
  }

  /** The evaluation as one document: what {@code kcs evaluate} reads without a file. */
  public static EvaluationInput input() {
    return EvaluationInput.of(implementation(), survey(), SIX_MONTHS_LATER);
  }

  /** The library and its three groups, with what became of them (KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT). */
  public static KcsImplementation implementation() {
    return KcsImplementation.builder()
        .host(
            HostInstitution.builder()
                .name("Miejska Biblioteka Publiczna w Przykładowie")
                .kind(HostKind.LIBRARY)
                .build())
        .stage(Stage.OPERATION)
        .addGroups(
            SelfHelpGroup.builder()
                .id(GroupId.of("g-refugee-women"))
                .name("Grupa kobiet z doświadczeniem uchodźstwa")
                .addTargetGroups(TargetGroup.MINORITIES)
                .addTargetSubgroups(TargetSubgroup.REFUGEES)
                .participantCount(10)
                .maturity(GroupMaturity.INDEPENDENT)
                .foundedOn(START)
                .meetsWithoutAnimatorSince(LocalDate.of(2024, 5, 13))
                .independentSince(LocalDate.of(2024, 8, 19))
                .build(),
            SelfHelpGroup.builder()
                .id(GroupId.of("g-parents"))
                .name("Rodzice dzieci z niepełnosprawnościami")
                .addTargetGroups(TargetGroup.HEALTH_PROBLEMS)
                .addTargetSubgroups(TargetSubgroup.FAMILIES_OF_PEOPLE_WITH_HEALTH_PROBLEMS)
                .participantCount(9)
                .maturity(GroupMaturity.RUNNING_ITSELF)
                .foundedOn(START)
                .meetsWithoutAnimatorSince(LocalDate.of(2024, 7, 1))
                .build(),
            SelfHelpGroup.builder()
                .id(GroupId.of("g-mental-health"))
                .name("Grupa wsparcia: zdrowie psychiczne")
                .addTargetGroups(TargetGroup.HEALTH_PROBLEMS)
                .addTargetSubgroups(TargetSubgroup.MENTAL_HEALTH)
                .participantCount(8)
                .maturity(GroupMaturity.DEVELOPING)
                .foundedOn(START)
                .build())
        .build();
  }

  /** Everyone answers the UCLA 3-item scale at both waves and kcs's questions on the pilot's effects after. */
  public static EvaluationSurvey survey() {
    List<SurveyResponse> responses = new ArrayList<>();
    // Per group: UCLA totals at the start and after, then: less lonely, confident, ties outside.
    addGroup(
        responses,
        "g-refugee-women",
        "rw",
        new int[] {8, 7, 9, 7, 6, 8, 7, 9, 6, 7},
        new int[] {5, 5, 6, 4, 4, 6, 5, 7, 4, 6},
        9,
        4,
        5);
    addGroup(
        responses,
        "g-parents",
        "pa",
        new int[] {6, 7, 6, 8, 5, 7, 6, 6, 7},
        new int[] {5, 5, 6, 6, 4, 6, 4, 6, 5},
        7,
        4,
        3);
    addGroup(
        responses,
        "g-mental-health",
        "mh",
        new int[] {7, 8, 7, 6, 9, 7, 8, 6},
        new int[] {6, 7, 7, 6, 7, 5, 8, 5},
        6,
        3,
        2);
    return EvaluationSurvey.of(responses);
  }

  private static void addGroup(
      List<SurveyResponse> responses,
      String group,
      String prefix,
      int[] before,
      int[] after,
      int lessLonely,
      int confident,
      int withTies) {
    for (int i = 0; i < before.length; i++) {
      RespondentId respondent = RespondentId.of(prefix + "-" + (i + 1));
      responses.add(
          SurveyResponse.builder()
              .respondent(respondent)
              .group(GroupId.of(group))
              .wave(Wave.BASELINE)
              .answeredOn(START)
              .ucla(ucla(before[i]))
              .confidence(OrganiserConfidence.RATHER_NOT)
              .build());
      responses.add(
          SurveyResponse.builder()
              .respondent(respondent)
              .group(GroupId.of(group))
              .wave(Wave.FOLLOW_UP)
              .answeredOn(SIX_MONTHS_LATER)
              .ucla(ucla(after[i]))
              .lessLonely(
                  i < lessLonely ? LessLonelyAnswer.LESS_LONELY : LessLonelyAnswer.NO_DIFFERENCE)
              .confidence(
                  i < confident ? OrganiserConfidence.RATHER_YES : OrganiserConfidence.HARD_TO_SAY)
              .ties(i < withTies ? TiesOutsideGroup.ONE_OR_TWO : TiesOutsideGroup.NONE)
              .build());
    }
  }

  /** UCLA answers worth {@code total} points, spread over the three items. */
  private static UclaResponse ucla(int total) {
    int[] points = {1, 1, 1};
    for (int extra = total - 3, i = 0; extra > 0; extra--, i = (i + 1) % 3) {
      points[i]++;
    }
    return UclaResponse.of(
        UclaAnswer.values()[points[0] - 1],
        UclaAnswer.values()[points[1] - 1],
        UclaAnswer.values()[points[2] - 1]);
  }
}
