package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.AnimatorOrigin;
import pl.kcs.core.people.ClubAnimatorTask;
import pl.kcs.core.people.Coordinator;
import pl.kcs.core.people.CoordinatorDuty;
import pl.kcs.core.people.ExperienceKind;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.StaffId;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.people.TrainerKind;
import pl.kcs.core.people.Training;
import pl.kcs.core.people.TrainingKind;
import pl.kcs.core.people.TrainingTopic;

/**
 * The JSON and XML form of {@code pl.kcs.core.people}: animators with their exact post fractions
 * ({@code "1/4"}), trainings and supervision (KCS-S1B-ANIMATORS, KCS-REM-FTE, KCS-S2B,
 * KCS-S1B-SUPERVISION), a club's coordinator (KS-PEOPLE).
 */
final class PeopleMapping {

  private static final Pattern FRACTION = Pattern.compile("([0-9]{1,60})(?:/([0-9]{1,60}))?");

  private PeopleMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            Animator.class, "animator", PeopleMapping::writeAnimator, PeopleMapping::readAnimator));
    registry.add(
        Mapping.of(
            SupervisionArrangement.class,
            "supervisionArrangement",
            PeopleMapping::writeSupervision,
            PeopleMapping::readSupervision));
    registry.add(
        Mapping.of(
            Training.class, "training", PeopleMapping::writeTraining, PeopleMapping::readTraining));
    registry.add(
        Mapping.of(
            Coordinator.class,
            "coordinator",
            PeopleMapping::writeCoordinator,
            PeopleMapping::readCoordinator));
    registry.add(
        Mapping.of(
            PostFraction.class,
            "postFraction",
            (fraction, out) -> out.string("value", fraction.toString()),
            in -> in.numeric("value", PostFraction::parse)));
    registry.add(Mapping.ofText(Fte.class, "fte", PeopleMapping::format, PeopleMapping::parseFte));
    registry.add(Mapping.ofText(AnimatorId.class, "animatorId", AnimatorId::value, AnimatorId::of));
    registry.add(Mapping.ofText(StaffId.class, "staffId", StaffId::value, StaffId::of));
  }

  static void writeAnimator(Animator animator, Out out) {
    out.string("id", animator.id().value());
    out.string("postFraction", animator.postFraction().toString());
    out.code("duty", animator.duty());
    out.bool("ownMotivation", animator.ownMotivation());
    out.optCode("origin", animator.origin());
    out.codes("experience", "kind", animator.experience());
    out.list("trainings", "training", animator.trainings(), PeopleMapping::writeTraining);
    out.object("supervision", animator.supervision(), PeopleMapping::writeSupervision);
    out.codes("clubTasks", "task", animator.clubTasks());
  }

  static Animator readAnimator(In in) {
    AnimatorId id = in.value("id", AnimatorId::of);
    PostFraction postFraction = in.numeric("postFraction", PostFraction::parse);
    AnimatorDuty duty = in.code("duty", AnimatorDuty.class);
    boolean ownMotivation = in.bool("ownMotivation");
    Optional<AnimatorOrigin> origin = in.optCode("origin", AnimatorOrigin.class);
    ImmutableSet<ExperienceKind> experience = in.codes("experience", ExperienceKind.class);
    ImmutableList<Training> trainings = in.list("trainings", PeopleMapping::readTraining);
    Optional<SupervisionArrangement> supervision =
        in.optObject("supervision", PeopleMapping::readSupervision);
    ImmutableSet<ClubAnimatorTask> clubTasks = in.codes("clubTasks", ClubAnimatorTask.class);
    return in.build(
        () -> {
          Animator.Builder animator =
              Animator.builder()
                  .id(id)
                  .postFraction(postFraction)
                  .duty(duty)
                  .ownMotivation(ownMotivation)
                  .origin(origin)
                  .addAllExperience(experience)
                  .addAllTrainings(trainings)
                  .addAllClubTasks(clubTasks);
          supervision.ifPresent(animator::supervision);
          return animator.build();
        });
  }

  static void writeSupervision(SupervisionArrangement supervision, Out out) {
    out.code("frequency", supervision.frequency());
    out.optDate("since", supervision.since());
    out.bool("includesGroupLeaders", supervision.includesGroupLeaders());
  }

  static SupervisionArrangement readSupervision(In in) {
    SupervisionFrequency frequency = in.code("frequency", SupervisionFrequency.class);
    Optional<LocalDate> since = in.optDate("since");
    Optional<Boolean> leaders = in.optBool("includesGroupLeaders");
    return in.build(
        () -> {
          SupervisionArrangement.Builder supervision =
              SupervisionArrangement.builder().frequency(frequency).since(since);
          leaders.ifPresent(supervision::includesGroupLeaders);
          return supervision.build();
        });
  }

  static void writeTraining(Training training, Out out) {
    out.code("kind", training.kind());
    out.code("trainer", training.trainer());
    out.date("completedOn", training.completedOn());
    out.codes("topics", "topic", training.topics());
  }

  static Training readTraining(In in) {
    TrainingKind kind = in.code("kind", TrainingKind.class);
    TrainerKind trainer = in.code("trainer", TrainerKind.class);
    LocalDate completedOn = in.date("completedOn");
    ImmutableSet<TrainingTopic> topics = in.codes("topics", TrainingTopic.class);
    return in.build(
        () ->
            Training.builder()
                .kind(kind)
                .trainer(trainer)
                .completedOn(completedOn)
                .addAllTopics(topics)
                .build());
  }

  static void writeCoordinator(Coordinator coordinator, Out out) {
    out.string("id", coordinator.id().value());
    out.string("postFraction", coordinator.postFraction().toString());
    out.bool("employedAtCentre", coordinator.employedAtCentre());
    out.bool("clubInWrittenDuties", coordinator.clubInWrittenDuties());
    out.codes("duties", "duty", coordinator.duties());
  }

  static Coordinator readCoordinator(In in) {
    StaffId id = in.value("id", StaffId::of);
    PostFraction postFraction = in.numeric("postFraction", PostFraction::parse);
    boolean employed = in.bool("employedAtCentre");
    boolean written = in.bool("clubInWrittenDuties");
    ImmutableSet<CoordinatorDuty> duties = in.codes("duties", CoordinatorDuty.class);
    return in.build(
        () ->
            Coordinator.builder()
                .id(id)
                .postFraction(postFraction)
                .employedAtCentre(employed)
                .clubInWrittenDuties(written)
                .addAllDuties(duties)
                .build());
  }

  /** {@code "3/2"}, or {@code "2"} for whole posts, as {@link PostFraction} writes itself. */
  static String format(Fte fte) {
    return fte.toString();
  }

  /** Reads {@link #format}. */
  static Fte parseFte(String text) {
    Matcher matcher = FRACTION.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "fte must be a fraction like 3/2 or a whole number of at most 60 digits each; the value is not repeated");
    }
    java.math.BigInteger numerator = new java.math.BigInteger(matcher.group(1));
    java.math.BigInteger denominator =
        matcher.group(2) == null
            ? java.math.BigInteger.ONE
            : new java.math.BigInteger(matcher.group(2));
    return Fte.of(numerator, denominator);
  }
}
