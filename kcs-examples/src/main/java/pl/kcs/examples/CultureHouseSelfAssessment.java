package pl.kcs.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.rules.opening.OpeningAssessment;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;

/**
 * A culture house (a made-up one) assesses its openness to residents, "from client to co-host"
 * (OPEN-START, OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE, OPEN-PRACTICES, OPEN-COHOST): strong in its
 * offer and promotion, weak in sharing decisions with residents. It is about to start a KCS, so the
 * same answers also advise its stage 1 (KCS-S1A, KCS-S1B-TEAM).
 */
public final class CultureHouseSelfAssessment {

  static final String NAME = "Gminny Ośrodek Kultury w Lipowie";

  private CultureHouseSelfAssessment() {}

  /** Prints the self-assessment and the stage-1 advice in Polish and English. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(report());
  }

  /** The culture house's answers; one item is left unanswered. */
  public static SelfAssessment answers() {
    return SelfAssessment.builder()
        .assessedOn(LocalDate.of(2024, 10, 7))
        .putAnswers(OpeningPractice.SHARED_VISION, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.FRIENDLY_SPACE, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.OPEN_COMMUNICATION, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.BROAD_PARTNERSHIP, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.EMPOWERMENT, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.SOLUTION_FOCUSED_WORK, PracticeLevel.NOT_YET)
        .putAnswers(OpeningPractice.COMMUNITY_ORGANISING, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.JOINT_TRAININGS, PracticeLevel.NOT_YET)
        .putAnswers(OpeningPractice.WORKING_BY_PROCESS, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.INITIATIVE_TO_INFORMAL_GROUPS, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.PROJECTS_AND_GRANTS, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.LOCAL_LEADERS, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.SOCIAL_CAFE, PracticeLevel.NOT_YET)
        .putAnswers(OpeningPractice.FLEXIBLE_HOURS, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.AUTHORITIES_COOPERATION, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.CONSULTATION_BEFORE_OPENING, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.SETTLED_FUNDING, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.CALENDAR_SPACE_FOR_RESIDENTS, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.ANIMATOR_POST, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.COORDINATOR_ANIMATOR_SPLIT, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.LESS_MULTITASKING, PracticeLevel.NOT_YET)
        .putAnswers(OpeningPractice.EVENINGS_AND_WEEKENDS, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.CROSS_SECTOR_COOPERATION, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.GOING_OUT_TO_COMMUNITY, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.DIVERSE_FUNDING, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.DOOR_TO_DOOR, PracticeLevel.NOT_YET)
        .putAnswers(OpeningPractice.POSTERS_AND_SCHEDULES, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.NEEDS_DIAGNOSIS, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.SHARED_RESPONSIBILITY, PracticeLevel.NOT_YET)
        .putAnswers(OpeningPractice.DIVERSE_OFFER, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.VOLUNTEERING_FOR_RESIDENTS, PracticeLevel.STARTING)
        .putAnswers(OpeningPractice.PROMOTION_BEYOND_SOCIAL_MEDIA, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.COMPLETE_OFFER, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.EVALUATION_WITH_PARTICIPANTS, PracticeLevel.NOT_YET)
        .putAnswers(OpeningPractice.NON_COMMERCIAL, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.REPETITION, PracticeLevel.FULLY)
        .putAnswers(OpeningPractice.SMALL_STEPS_FIRST, PracticeLevel.PARTLY)
        .putAnswers(OpeningPractice.PERSEVERANCE, PracticeLevel.FULLY)
        .build();
  }

  /** The culture house at the start of stage 1 of a KCS, with its self-assessment attached. */
  public static KcsImplementation kcsInPreparation() {
    return KcsImplementation.builder()
        .host(
            HostInstitution.builder()
                .name(NAME)
                .kind(HostKind.CULTURE_HOUSE)
                .addRooms(
                    Room.builder()
                        .name("pracownia plastyczna")
                        .kind(RoomKind.WORKSHOP_HALL)
                        .addFeatures(
                            RoomFeature.COMFORTABLE,
                            RoomFeature.NON_WALK_THROUGH,
                            RoomFeature.BRIGHT)
                        .capacity(16)
                        .build())
                .addEquipment(
                    Equipment.FLIPCHART,
                    Equipment.CHAIRS,
                    Equipment.TABLE,
                    Equipment.OFFICE_SUPPLIES)
                .build())
        .stage(Stage.PREPARATION)
        .selfAssessment(answers())
        .build();
  }

  /**
   * The self-assessment report, then the advice it gives to stage 1 of the KCS, each in Polish and
   * English.
   */
  public static String report() {
    StringBuilder text = new StringBuilder();
    StageReport stage = StageProgression.withDefaultRules().assess(kcsInPreparation());
    for (Locale locale : new Locale[] {Locale.forLanguageTag("pl"), Locale.ENGLISH}) {
      boolean polish = locale.getLanguage().equals("pl");
      text.append(NAME).append('\n');
      text.append(OpeningAssessment.withDefaultRules().assess(answers()).render(locale))
          .append('\n');
      text.append(
              polish
                  ? "Ta sama samoocena w etapie 1 KCS:"
                  : "The same self-assessment in stage 1 of a KCS:")
          .append('\n');
      for (String rule : new String[] {"kcs.s1a.open-institution", "kcs.s1b.team-open-practices"}) {
        text.append("  ")
            .append(stage.evaluation().outcome(rule).orElseThrow().render(locale))
            .append('\n');
      }
      text.append('\n');
    }
    return text.toString();
  }
}
