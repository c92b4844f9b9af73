package com.example.kcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.partner.PartnerKind;
import pl.kcs.core.partner.PartnerStatus;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.ScaleDecision;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.RuleId;
import pl.kcs.rules.Status;
import pl.kcs.rules.stage.StageReport;
import pl.kcs.rules.stage.StepProgress;

/**
 * docs/extending.md, compiled and run: an embedding system outside kcs adds its own rule to the
 * stage report in its own bundle (KCS-REM-FTE, read by a municipality), and a seventh area — the
 * partner network (KCS-S2A) — as a facts class, a rule list and a bundle, using only kcs' public
 * API. Every Java block of the document stands in these sources, word for word.
 */
class ExtendingKcsTest {

  private static final Locale POLISH = Locale.forLanguageTag("pl");
  private static final Path DOCUMENT = Path.of("../docs/extending.md");
  private static final Path SOURCES = Path.of("src/test/java/com/example/kcs");

  /** A library in stage 1 with one supervised animator and nothing else missing that blocks. */
  private static KcsImplementation libraryWithOneAnimator() {
    return KcsImplementation.builder()
        .stage(Stage.PREPARATION)
        .host(
            HostInstitution.builder()
                .name("Biblioteka Publiczna w Lipowie")
                .kind(HostKind.LIBRARY)
                .addRooms(
                    Room.builder()
                        .name("sala warsztatowa")
                        .kind(RoomKind.WORKSHOP_HALL)
                        .capacity(16)
                        .addFeatures(RoomFeature.COMFORTABLE, RoomFeature.NON_WALK_THROUGH)
                        .build())
                .addEquipment(
                    Equipment.FLIPCHART,
                    Equipment.CHAIRS,
                    Equipment.TABLE,
                    Equipment.OFFICE_SUPPLIES)
                .build())
        .scaleDecision(
            ScaleDecision.builder().maxGroups(2).decidedOn(LocalDate.of(2024, 2, 15)).build())
        .addAnimators(
            Animator.builder()
                .id(AnimatorId.of("anim-a"))
                .postFraction(PostFraction.HALF)
                .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
                .ownMotivation(true)
                .supervision(SupervisionArrangement.of(SupervisionFrequency.MONTHLY))
                .build())
        .build();
  }

  @Test
  void a_municipality_s_own_rule_warns_in_the_stage_report_in_its_own_words() {
    StageReport report = LipowoRules.PROGRESSION.assess(libraryWithOneAnimator());

    Outcome local = report.evaluation().outcome("lipowo.two-animators").orElseThrow();
    assertThat(local.status()).isEqualTo(Status.FAILED);
    assertThat(local.source().id()).isEqualTo("KCS-REM-FTE");
    assertThat(report.warnings()).containsExactly(local);
    // A warning does not gate stage 2: only the built-in blockers do.
    assertThat(report.mayAdvance()).isTrue();
    assertThat(local.message(POLISH))
        .isEqualTo("Gmina wymaga co najmniej 2 animatorów, a jest ich 1.");
    assertThat(local.message(Locale.ENGLISH))
        .isEqualTo("The municipality asks for at least 2 animators; there are 1.");
    assertThat(report.render(POLISH))
        .contains(
            "Ostrzeżenia:\n"
                + "  - Gmina wymaga co najmniej 2 animatorów, a jest ich 1. (lipowo.two-animators, KCS-REM-FTE)\n"
                + "    → Powołajcie drugą osobę animującą, żeby grupa nie zostawała sama pod nieobecność animatora"
                + " (wymóg gminy Lipowo, nie metody).\n");
  }

  @Test
  void the_local_rule_is_part_of_its_step_s_checklist_and_leaves_the_built_in_rules_as_they_are() {
    StageReport report = LipowoRules.PROGRESSION.assess(libraryWithOneAnimator());

    StepProgress animators =
        report.checklist(Stage.PREPARATION).stream()
            .filter(s -> s.step() == Step.S1B_ANIMATORS)
            .findFirst()
            .orElseThrow();
    assertThat(animators.outcomes())
        .extracting(Outcome::ruleId)
        .contains(RuleId.of("lipowo.two-animators"));
    // The step is judged by its blockers, which hold: a warning of the municipality does not undo
    // it.
    assertThat(animators.isDone()).isTrue();
    assertThat(LipowoRules.RULES.rules())
        .hasSize(pl.kcs.rules.stage.StageProgression.defaultRules().rules().size() + 1);
    assertThat(report.blockers())
        .isEqualTo(
            pl.kcs.rules.stage.StageProgression.withDefaultRules()
                .assess(libraryWithOneAnimator())
                .blockers()
                .stream()
                .map(Outcome::ruleId)
                .map(id -> report.evaluation().outcome(id).orElseThrow())
                .toList());
  }

  @Test
  void a_seventh_area_is_a_facts_class_a_rule_list_and_a_bundle() {
    KcsImplementation library = libraryWithOneAnimator();
    PartnerNetworkReport none = PartnerNetworkReport.assess(library, PartnerNetworkRules.DEFAULTS);
    assertThat(none.advice())
        .extracting(o -> o.ruleId().value())
        .containsExactly("partners.invited", "partners.social-assistance");
    assertThat(none.hasNoBlockers()).isTrue();
    assertThat(none.render(POLISH))
        .isEqualTo(
            "Sieć partnerów: Biblioteka Publiczna w Lipowie\n"
                + "\n"
                + "Porady:\n"
                + "  - Nie zaproszono jeszcze żadnego partnera. (partners.invited, KCS-S2A)\n"
                + "    → Wyślijcie partnerom informację o KCS wraz z zaproszeniem do współpracy.\n"
                + "  - Wśród zaproszonych partnerów nie ma ośrodka pomocy społecznej. (partners.social-assistance, KCS-S2A)\n"
                + "    → Zaproście do współpracy ośrodek pomocy społecznej: pomoże dotrzeć do osób, które mogą skorzystać z grup.\n");

    KcsImplementation withCentre =
        library.withPartners(
            Partner.builder()
                .id(PartnerId.of("mops"))
                .name("MOPS w Lipowie")
                .kind(PartnerKind.SOCIAL_ASSISTANCE_CENTRE)
                .status(PartnerStatus.INVITED)
                .build());
    PartnerNetworkReport invited =
        PartnerNetworkReport.assess(withCentre, PartnerNetworkRules.DEFAULTS);
    assertThat(invited.advice()).isEmpty();
    assertThat(
            invited.evaluation().outcome("partners.invited").orElseThrow().message(Locale.ENGLISH))
        .isEqualTo("Invited partners: MOPS w Lipowie.");
    assertThat(invited.render(Locale.ENGLISH))
        .isEqualTo("Partner network: Biblioteka Publiczna w Lipowie\n\nAdvice: none\n");
  }

  @Test
  void every_java_block_of_docs_extending_md_stands_in_the_example_sources() throws IOException {
    assertThat(DOCUMENT)
        .as("docs/extending.md, seen from %s", Path.of("").toAbsolutePath())
        .isRegularFile();
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    StringBuilder sources = new StringBuilder();
    try (var files = Files.list(SOURCES)) {
      for (Path file : files.sorted().toList()) {
        sources.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(document);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      assertThat(sources.toString())
          .as("Java block %s of docs/extending.md", blocks)
          .contains(block.group(1));
    }
    assertThat(blocks).isGreaterThanOrEqualTo(4);
  }
}
