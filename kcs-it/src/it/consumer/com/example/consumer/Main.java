package com.example.consumer;

import java.time.LocalDate;
import java.util.Locale;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;
import pl.kcs.json.KcsJson;
import pl.kcs.rules.stage.StageProgression;
import pl.kcs.rules.stage.StageReport;

/**
 * What an embedding application does first: builds an implementation, assesses its stage, prints
 * the report in Polish and English, and round-trips the implementation through JSON. Compiled and
 * run by kcs-it on the module path and on the class path.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    KcsImplementation implementation =
        KcsImplementation.builder()
            .host(
                HostInstitution.builder()
                    .name("Biblioteka w Lipowie")
                    .kind(HostKind.LIBRARY)
                    .addRooms(
                        Room.builder()
                            .name("sala warsztatowa")
                            .kind(RoomKind.WORKSHOP_HALL)
                            .addFeatures(RoomFeature.COMFORTABLE, RoomFeature.SAFE)
                            .capacity(14)
                            .build())
                    .addEquipment(Equipment.CHAIRS, Equipment.TABLE)
                    .build())
            .stage(Stage.PREPARATION)
            .addStepRecords(StepRecord.done(Step.S1B_TEAM_CONVERSATION, LocalDate.of(2024, 1, 15)))
            .addAnimators(
                Animator.builder()
                    .id(AnimatorId.of("anim-1"))
                    .postFraction(PostFraction.QUARTER)
                    .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
                    .ownMotivation(true)
                    .build())
            .build();

    StageReport report = StageProgression.withDefaultRules().assess(implementation);
    System.out.println("module: " + Main.class.getModule().getName());
    System.out.println("stage: " + report.currentStage());
    System.out.println("may advance: " + report.mayAdvance());
    System.out.println("blockers: " + report.blockers().size());
    System.out.println("--- pl");
    System.out.println(report.render(Locale.forLanguageTag("pl-PL")));
    System.out.println("--- en");
    System.out.println(report.render(Locale.ENGLISH));

    KcsJson json = KcsJson.standard();
    KcsImplementation back = json.fromJson(json.toJson(implementation), KcsImplementation.class);
    System.out.println("json round trip: " + back.equals(implementation));
  }
}
