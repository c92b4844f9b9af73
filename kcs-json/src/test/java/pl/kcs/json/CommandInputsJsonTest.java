package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.PersonTerm;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.PracticeLevel;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * The input documents of {@code kcs open}, {@code kcs group} and {@code kcs autonomy} (OPEN-*,
 * KCS-DIF-NEWCOMERS, MA-TERMS) read back as they were written, and reject what they cannot hold.
 */
class CommandInputsJsonTest {

  private static final KcsJson JSON = KcsJson.standard();
  private static final KcsImplementation LIBRARY =
      JSON.fromJson(Documents.libraryJson(), KcsImplementation.class);

  @Test
  void every_opening_document_reads_back_as_written_OPEN_PRACTICES() {
    Property.check()
        .forAll(
            openingInputs(),
            input -> {
              String json = JSON.toJson(input);
              assertThat(JSON.documentOf(json)).isEqualTo("opening");
              assertThat(JSON.fromJson(json, OpeningInput.class)).isEqualTo(input);
            });
  }

  @Test
  void every_group_life_document_reads_back_as_written_KCS_DIF_NEWCOMERS() {
    Property.check()
        .forAll(
            groupLifeInputs(),
            input ->
                assertThat(JSON.fromJson(JSON.toJson(input), GroupLifeInput.class))
                    .isEqualTo(input));
  }

  @Test
  void every_autonomy_document_reads_back_as_written_MA_TERMS() {
    Property.check()
        .forAll(
            autonomyInputs(),
            input -> {
              AutonomyInput read = JSON.fromJson(JSON.toJson(input), AutonomyInput.class);
              assertThat(read).isEqualTo(input);
              assertThat(read.terminology()).isEqualTo(input.terminology());
            });
  }

  @Test
  void
      a_bonding_period_outside_1_to_120_months_and_a_default_term_by_habit_are_rejected_naming_the_field() {
    assertThatThrownBy(
            () ->
                GroupLifeInput.builder()
                    .asOf(LocalDate.of(2024, 1, 1))
                    .bondingPeriodMonths(0)
                    .implementation(LIBRARY)
                    .build())
        .hasMessage("bondingPeriodMonths must be from 1 to 120, was 0");
    assertThatThrownBy(
            () ->
                AutonomyInput.builder()
                    .implementation(LIBRARY)
                    .termChosenDeliberately(false)
                    .build())
        .hasMessage(
            "termChosenDeliberately may be false only for a term other than EXPERIENCED, the default (MA-TERMS), was no term");
    String bad =
        "{\"document\": \"groupLife\", \"formatVersion\": \"1.0\", \"asOf\": \"2024-11-04\", \"bondingPeriodMonths\": 500, \"implementation\": "
            + Documents.libraryJson()
                .replaceFirst(
                    "\"document\": \"implementation\",\\s*\"formatVersion\": \"1.0\",", "")
            + "}";
    assertThatThrownBy(() -> JSON.fromJson(bad, GroupLifeInput.class))
        .isInstanceOf(KcsJsonException.class)
        .hasMessageContaining("$.bondingPeriodMonths: must be from 1 to 120, was 500");
  }

  /** Opening documents over every subset of practices (OPEN-PRACTICES); also the schemas' samples. */
  static Gen<OpeningInput> openingInputs() {
    return Gens.zip(
        Gens.enumSets(OpeningPractice.class),
        Gens.enumValues(HostKind.class),
        (practices, kind) -> {
          SelfAssessment.Builder answers =
              SelfAssessment.builder().assessedOn(LocalDate.of(2024, 10, 7));
          int i = 0;
          for (OpeningPractice practice : practices) {
            answers.putAnswers(
                practice, PracticeLevel.values()[i++ % PracticeLevel.values().length]);
          }
          OpeningInput.Builder input = OpeningInput.builder().assessment(answers.build());
          if (practices.size() % 2 == 0) {
            input.hostKind(kind).institution("Dom Kultury nr " + practices.size());
          }
          return input.build();
        });
  }

  /** Group-life documents of the example library on any day (KCS-DIF-NEWCOMERS). */
  static Gen<GroupLifeInput> groupLifeInputs() {
    return Gens.zip(
        Gens.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)),
        Gens.ints(0, GroupLifeInput.MAX_BONDING_MONTHS),
        (day, months) ->
            GroupLifeInput.builder()
                .asOf(day)
                .bondingPeriodMonths(months == 0 ? OptionalInt.empty() : OptionalInt.of(months))
                .implementation(LIBRARY)
                .build());
  }

  /** Autonomy documents of the example library under every term (MA-TERMS). */
  static Gen<AutonomyInput> autonomyInputs() {
    return Gens.zip(
        Gens.enumValues(PersonTerm.class),
        Gens.booleans(),
        (term, deliberately) -> {
          AutonomyInput.Builder input = AutonomyInput.builder().implementation(LIBRARY).term(term);
          if (term != PersonTerm.EXPERIENCED) {
            input.termChosenDeliberately(deliberately);
          }
          return input.build();
        });
  }
}
