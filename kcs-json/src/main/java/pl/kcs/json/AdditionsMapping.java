package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import pl.kcs.core.club.OpeningInterval;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.core.group.InvolvementPractice;
import pl.kcs.core.group.ProfessionalInvolvement;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.group.Reciprocity;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;

/**
 * The JSON form of the values the club, self-assessment and model-selection work added to
 * kcs-core: a club's opening hours (KS-HOURS), an institution's self-assessment (OPEN-PRACTICES,
 * OPEN-START), professionals' involvement and reciprocity in a group (MA-AUTONOMY, MA-ATTITUDES,
 * MA-ASSUMPTIONS), and what an institution can offer its groups (KCS-S3).
 *
 * <p>Times are {@code "HH:MM"}; a self-assessment's answers are a list of {@code {"practice",
 * "level"}} pairs, so that the XML form can validate every code against the XSD.
 */
final class AdditionsMapping {

  private AdditionsMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            OpeningInterval.class,
            "openingInterval",
            AdditionsMapping::writeInterval,
            AdditionsMapping::readInterval));
    registry.add(
        Mapping.of(
            WeeklySchedule.class,
            "weeklySchedule",
            AdditionsMapping::writeSchedule,
            AdditionsMapping::readSchedule));
    registry.add(
        Mapping.of(
            SelfAssessment.class,
            "selfAssessment",
            AdditionsMapping::writeSelfAssessment,
            AdditionsMapping::readSelfAssessment));
    registry.add(
        Mapping.of(
            ProfessionalInvolvement.class,
            "professionalInvolvement",
            AdditionsMapping::writeProfessional,
            AdditionsMapping::readProfessional));
    registry.add(
        Mapping.of(
            Reciprocity.class,
            "reciprocity",
            AdditionsMapping::writeReciprocity,
            AdditionsMapping::readReciprocity));
    registry.add(
        Mapping.of(
            InstitutionOffer.class,
            "institutionOffer",
            AdditionsMapping::writeOffer,
            AdditionsMapping::readOffer));
  }

  // ------------------------------------------------------------------ opening hours (KS-HOURS)

  static void writeInterval(OpeningInterval interval, Out out) {
    out.code("day", interval.day());
    out.string("start", interval.start().toString());
    out.string("end", interval.end().toString());
  }

  static OpeningInterval readInterval(In in) {
    DayOfWeek day = in.code("day", DayOfWeek.class);
    LocalTime start = in.value("start", AdditionsMapping::time);
    LocalTime end = in.value("end", AdditionsMapping::time);
    return in.build(() -> OpeningInterval.of(day, start, end));
  }

  static void writeSchedule(WeeklySchedule schedule, Out out) {
    out.list("intervals", "interval", schedule.intervals(), AdditionsMapping::writeInterval);
  }

  static WeeklySchedule readSchedule(In in) {
    ImmutableList<OpeningInterval> intervals = in.list("intervals", AdditionsMapping::readInterval);
    return in.build(() -> WeeklySchedule.of(intervals));
  }

  private static LocalTime time(String text) {
    if (!text.matches("[0-2][0-9]:[0-5][0-9]")) {
      throw new IllegalArgumentException(
          "time must be a time HH:MM" + pl.kcs.core.Checks.rejected(text));
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time must be a time HH:MM, was " + text, e);
    }
  }

  // ------------------------------------------------------------------ self-assessment (OPEN-*)

  static void writeSelfAssessment(SelfAssessment assessment, Out out) {
    Out.Items answers = out.list("answers", "answer");
    assessment
        .answers()
        .forEach(
            (practice, level) -> {
              Out answer = answers.object();
              answer.code("practice", practice);
              answer.code("level", level);
            });
    out.optDate("assessedOn", assessment.assessedOn());
  }

  static SelfAssessment readSelfAssessment(In in) {
    ImmutableList<Answer> answers = in.list("answers", AdditionsMapping::readAnswer);
    Optional<LocalDate> assessedOn = in.optDate("assessedOn");
    return in.build(
        () -> {
          SelfAssessment.Builder assessment = SelfAssessment.builder().assessedOn(assessedOn);
          for (Answer answer : answers) {
            assessment.putAnswers(answer.practice, answer.level);
          }
          return assessment.build();
        });
  }

  private static Answer readAnswer(In in) {
    return new Answer(
        in.code("practice", OpeningPractice.class), in.code("level", PracticeLevel.class));
  }

  private static final class Answer {
    final OpeningPractice practice;
    final PracticeLevel level;

    Answer(OpeningPractice practice, PracticeLevel level) {
      this.practice = practice;
      this.level = level;
    }
  }

  // ------------------------------------------------------------------ autonomy (MA-*)

  static void writeProfessional(ProfessionalInvolvement professional, Out out) {
    out.code("role", professional.role());
    out.bool("ownExperience", professional.ownExperience());
    out.codes("practices", "practice", professional.practices());
  }

  static ProfessionalInvolvement readProfessional(In in) {
    ProfessionalRole role = in.code("role", ProfessionalRole.class);
    Optional<Boolean> ownExperience = in.optBool("ownExperience");
    ImmutableSet<InvolvementPractice> practices = in.codes("practices", InvolvementPractice.class);
    return in.build(
        () -> {
          ProfessionalInvolvement.Builder professional =
              ProfessionalInvolvement.builder().role(role).addAllPractices(practices);
          ownExperience.ifPresent(professional::ownExperience);
          return professional.build();
        });
  }

  static void writeReciprocity(Reciprocity reciprocity, Out out) {
    out.integer("gaveHelp", reciprocity.gaveHelp());
    out.integer("receivedHelp", reciprocity.receivedHelp());
    out.integer("gaveAndReceived", reciprocity.gaveAndReceived());
  }

  static Reciprocity readReciprocity(In in) {
    int gave = in.integer("gaveHelp");
    int received = in.integer("receivedHelp");
    int both = in.integer("gaveAndReceived");
    return in.build(() -> Reciprocity.of(gave, received, both));
  }

  // ------------------------------------------------------------------ what an institution offers
  // (KCS-S3)

  static void writeOffer(InstitutionOffer offer, Out out) {
    out.integer("freeHoursPerWeek", offer.freeHoursPerWeek());
    out.codes("capabilities", "capability", offer.capabilities());
  }

  static InstitutionOffer readOffer(In in) {
    OptionalInt hours = in.optInteger("freeHoursPerWeek");
    ImmutableSet<InstitutionCapability> capabilities =
        in.codes("capabilities", InstitutionCapability.class);
    return in.build(
        () -> {
          InstitutionOffer.Builder offer =
              InstitutionOffer.builder().addAllCapabilities(capabilities);
          hours.ifPresent(offer::freeHoursPerWeek);
          return offer.build();
        });
  }
}
