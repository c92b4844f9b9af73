package pl.kcs.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import pl.kcs.core.club.OpeningInterval;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;

/**
 * Generators of the values the club, self-assessment and model-selection work added to kcs-core,
 * and of groups, implementations and clubs that sometimes carry them, so that the round trip and
 * the attribute coverage see every new attribute.
 */
final class AddedValues {

  private AddedValues() {}

  static Gen<ProfessionalInvolvement> professionals() {
    return random -> {
      ProfessionalInvolvement.Builder professional =
          ProfessionalInvolvement.builder()
              .role(Gens.enumValues(ProfessionalRole.class).next(random))
              .ownExperience(random.nextBoolean())
              .addPractices(Gens.enumValues(InvolvementPractice.class).next(random));
      for (InvolvementPractice practice : Gens.enumSets(InvolvementPractice.class).next(random)) {
        professional.addPractices(practice);
      }
      return professional.build();
    };
  }

  static Gen<Reciprocity> reciprocities(int participants) {
    return random -> {
      int gave = random.nextInt(0, participants + 1);
      int received = random.nextInt(0, participants + 1);
      int both = random.nextInt(0, Math.min(gave, received) + 1);
      return Reciprocity.of(gave, received, both);
    };
  }

  static Gen<InstitutionOffer> offers() {
    return random -> {
      InstitutionOffer.Builder offer =
          InstitutionOffer.builder()
              .freeHoursPerWeek(random.nextInt(0, InstitutionOffer.HOURS_IN_A_WEEK + 1));
      offer.addAllCapabilities(Gens.enumSets(InstitutionCapability.class).next(random));
      return offer.build();
    };
  }

  static Gen<SelfAssessment> selfAssessments() {
    return random -> {
      SelfAssessment.Builder assessment = SelfAssessment.builder();
      for (OpeningPractice practice : OpeningPractice.values()) {
        if (random.nextBoolean()) {
          assessment.putAnswers(practice, Gens.enumValues(PracticeLevel.class).next(random));
        }
      }
      if (random.nextBoolean()) {
        assessment.assessedOn(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(0, 700)));
      }
      return assessment.build();
    };
  }

  static Gen<OpeningInterval> intervals() {
    return random -> {
      int startMinute = random.nextInt(0, 23 * 60);
      int length = random.nextInt(15, 24 * 60 - startMinute);
      return OpeningInterval.of(
          Gens.enumValues(DayOfWeek.class).next(random),
          LocalTime.ofSecondOfDay(startMinute * 60L),
          LocalTime.ofSecondOfDay(Math.min(24 * 60 - 1, startMinute + length) * 60L));
    };
  }

  /** Schedules of non-overlapping intervals: at most one a day. */
  static Gen<WeeklySchedule> schedules() {
    return random -> {
      List<OpeningInterval> intervals = new ArrayList<>();
      for (DayOfWeek day : DayOfWeek.values()) {
        if (random.nextInt(3) == 0) {
          int start = random.nextInt(6, 18);
          intervals.add(
              OpeningInterval.of(
                  day, LocalTime.of(start, 0), LocalTime.of(start + random.nextInt(1, 5), 30)));
        }
      }
      return WeeklySchedule.of(intervals);
    };
  }

  static Gen<SelfHelpGroup> groups(Gen<SelfHelpGroup> groups) {
    return random -> {
      SelfHelpGroup group = groups.next(random);
      if (random.nextBoolean()) {
        group = group.withProfessionals(Gens.listsOf(professionals(), 1, 3).next(random));
      }
      if (random.nextBoolean()) {
        group = group.withReciprocity(reciprocities(group.participantCount()).next(random));
      }
      return group;
    };
  }

  static Gen<KcsImplementation> implementations(Gen<KcsImplementation> implementations) {
    return random -> {
      KcsImplementation implementation = implementations.next(random);
      if (random.nextBoolean()) {
        implementation = implementation.withSelfAssessment(selfAssessments().next(random));
      }
      // Absent, empty and full offers: absent and empty must stay distinguishable.
      switch (random.nextInt(3)) {
        case 0:
          return implementation;
        case 1:
          return implementation.withOffer(InstitutionOffer.builder().build());
        default:
          return implementation.withOffer(offers().next(random));
      }
    };
  }

  static Gen<SelfHelpClub> clubs(Gen<SelfHelpClub> clubs) {
    return random -> {
      SelfHelpClub club = clubs.next(random);
      return random.nextBoolean() ? club.withOpeningHours(schedules().next(random)) : club;
    };
  }
}
