package pl.kcs.json;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The JSON form of the input documents of {@code kcs open}, {@code kcs group} and {@code kcs
 * autonomy}: {@link OpeningInput}, {@link GroupLifeInput} and {@link AutonomyInput}. The
 * implementation inside a document is written as the implementation document's fields.
 */
final class CommandInputsMapping {

  private CommandInputsMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            OpeningInput.class,
            "opening",
            CommandInputsMapping::writeOpening,
            CommandInputsMapping::readOpening));
    registry.add(
        Mapping.of(
            GroupLifeInput.class,
            "groupLife",
            CommandInputsMapping::writeGroupLife,
            CommandInputsMapping::readGroupLife));
    registry.add(
        Mapping.of(
            AutonomyInput.class,
            "autonomy",
            CommandInputsMapping::writeAutonomy,
            CommandInputsMapping::readAutonomy));
  }

  static void writeOpening(OpeningInput input, Out out) {
    out.optString("institution", input.institution());
    out.optCode("hostKind", input.hostKind());
    out.object("assessment", input.assessment(), AdditionsMapping::writeSelfAssessment);
  }

  static OpeningInput readOpening(In in) {
    Optional<String> institution = in.optName("institution");
    Optional<HostKind> kind = in.optCode("hostKind", HostKind.class);
    SelfAssessment assessment = in.object("assessment", AdditionsMapping::readSelfAssessment);
    return in.build(
        () ->
            OpeningInput.builder()
                .institution(institution)
                .hostKind(kind)
                .assessment(assessment)
                .build());
  }

  static void writeGroupLife(GroupLifeInput input, Out out) {
    out.date("asOf", input.asOf());
    out.optInteger("bondingPeriodMonths", input.bondingPeriodMonths());
    out.object("implementation", input.implementation(), StageMapping::writeImplementation);
  }

  static GroupLifeInput readGroupLife(In in) {
    LocalDate asOf = in.date("asOf");
    OptionalInt months = in.optInteger("bondingPeriodMonths");
    KcsImplementation implementation =
        in.object("implementation", StageMapping::readImplementation);
    return in.build(
        () ->
            GroupLifeInput.builder()
                .asOf(asOf)
                .bondingPeriodMonths(months)
                .implementation(implementation)
                .build());
  }

  static void writeAutonomy(AutonomyInput input, Out out) {
    out.optCode("term", input.term());
    if (!input.termChosenDeliberately()) {
      out.bool("termChosenDeliberately", false);
    }
    out.object("implementation", input.implementation(), StageMapping::writeImplementation);
  }

  static AutonomyInput readAutonomy(In in) {
    Optional<PersonTerm> term = in.optCode("term", PersonTerm.class);
    Optional<Boolean> deliberately = in.optBool("termChosenDeliberately");
    KcsImplementation implementation =
        in.object("implementation", StageMapping::readImplementation);
    return in.build(
        () -> {
          AutonomyInput.Builder input =
              AutonomyInput.builder().term(term).implementation(implementation);
          deliberately.ifPresent(input::termChosenDeliberately);
          return input.build();
        });
  }
}
