package pl.kcs.benchmarks;

import java.util.List;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.Room;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;

/**
 * The primitive facts the sixteen stage-1 rules read, worked out by hand as {@link Stage1Floor}
 * does, for the rule engines compared with kcs (Easy Rules, Drools): they get the same facts, so
 * the benchmark measures what the engine adds. A JavaBean, because Drools' DRL reads getters.
 */
public final class Stage1Inputs {

  private final KcsImplementation implementation;
  private final boolean legalKnown;
  private final boolean selfAssessed;
  private final int openStartMissing;
  private final int teamPracticesMissing;

  /** 0 not recorded, 1 recorded not done, 2 done. */
  private final int teamRecord;

  private final boolean scaleDecided;
  private final int groupsOverScale;
  private final int suitableRooms;
  private final int missingRequiredEquipment;
  private final int refreshments;
  private final int animators;
  private final int appointed;
  private final int unmotivated;
  private final int inexperienced;
  private final int unsupervised;
  private final int groups;
  private final int groupsOverPostCapacity;
  private final boolean postAboveHalf;

  Stage1Inputs(KcsImplementation implementation) {
    this.implementation = implementation;
    legalKnown =
        !implementation.legalContext().knownActs().isEmpty()
            || !implementation.legalContext().strategies().isEmpty();
    if (implementation.selfAssessment().isPresent()) {
      SelfAssessment openness = implementation.selfAssessment().get();
      selfAssessed = true;
      openStartMissing = openness.notInPlace(OpeningPractice.startingConditions()).size();
      teamPracticesMissing = openness.notInPlace(Stage1Floor.TEAM_PRACTICES).size();
    } else {
      selfAssessed = false;
      openStartMissing = 0;
      teamPracticesMissing = 0;
    }
    int record = 0;
    List<StepRecord> records = implementation.stepRecords();
    for (int i = 0; i < records.size(); i++) {
      StepRecord r = records.get(i);
      if (r.step() == Step.S1B_TEAM_CONVERSATION) {
        record = Math.max(record, r.done() ? 2 : 1);
      }
    }
    teamRecord = record;
    scaleDecided = implementation.scaleDecision().isPresent();
    groups = implementation.groups().size();
    groupsOverScale =
        scaleDecided ? Math.max(0, groups - implementation.scaleDecision().get().maxGroups()) : 0;
    int suitable = 0;
    List<Room> rooms = implementation.host().rooms();
    for (int i = 0; i < rooms.size(); i++) {
      if (Stage1Floor.isSuitable(rooms.get(i))) {
        suitable++;
      }
    }
    suitableRooms = suitable;
    int present = 0;
    for (Equipment item : implementation.host().equipment()) {
      present |= 1 << item.ordinal();
    }
    missingRequiredEquipment = Integer.bitCount(Stage1Floor.REQUIRED_EQUIPMENT & ~present);
    refreshments = Integer.bitCount(Stage1Floor.REFRESHMENT_EQUIPMENT & present);
    int appointedCount = 0;
    int unmotivatedCount = 0;
    int inexperiencedCount = 0;
    int unsupervisedCount = 0;
    List<Animator> staff = implementation.animators();
    for (int i = 0; i < staff.size(); i++) {
      Animator animator = staff.get(i);
      if (animator.duty() == AnimatorDuty.DEDICATED_PART_OF_POST) {
        appointedCount++;
      }
      if (!animator.ownMotivation()) {
        unmotivatedCount++;
      }
      if (animator.experience().isEmpty()) {
        inexperiencedCount++;
      }
      if (!animator.hasRegularSupervision()) {
        unsupervisedCount++;
      }
    }
    animators = staff.size();
    appointed = appointedCount;
    unmotivated = unmotivatedCount;
    inexperienced = inexperiencedCount;
    unsupervised = unsupervisedCount;
    groupsOverPostCapacity =
        (int) Math.max(0, groups - Stage1Floor.groupsCarried(implementation.totalAnimatorPost()));
    postAboveHalf = implementation.totalAnimatorPost().compareTo(Stage1Floor.HALF) > 0;
  }

  public KcsImplementation getImplementation() {
    return implementation;
  }

  public boolean isLegalKnown() {
    return legalKnown;
  }

  public boolean isSelfAssessed() {
    return selfAssessed;
  }

  public int getOpenStartMissing() {
    return openStartMissing;
  }

  public int getTeamPracticesMissing() {
    return teamPracticesMissing;
  }

  public int getTeamRecord() {
    return teamRecord;
  }

  public boolean isScaleDecided() {
    return scaleDecided;
  }

  public int getGroupsOverScale() {
    return groupsOverScale;
  }

  public int getSuitableRooms() {
    return suitableRooms;
  }

  public int getMissingRequiredEquipment() {
    return missingRequiredEquipment;
  }

  public int getRefreshments() {
    return refreshments;
  }

  public int getAnimators() {
    return animators;
  }

  public int getAppointed() {
    return appointed;
  }

  public int getUnmotivated() {
    return unmotivated;
  }

  public int getInexperienced() {
    return inexperienced;
  }

  public int getUnsupervised() {
    return unsupervised;
  }

  public int getGroups() {
    return groups;
  }

  public int getGroupsOverPostCapacity() {
    return groupsOverPostCapacity;
  }

  public boolean isPostAboveHalf() {
    return postAboveHalf;
  }
}
