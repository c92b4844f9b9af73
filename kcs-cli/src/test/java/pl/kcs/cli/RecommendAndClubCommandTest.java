package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.cli.CommandRun.kcs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.kcs.examples.MunicipalClubCompliance;
import pl.kcs.json.KcsJson;

/** End to end: {@code kcs recommend} (KCS-S3, KCS-M1 … KCS-M4) and {@code kcs club} (KS-*). */
class RecommendAndClubCommandTest {

  @Test
  void recommend_prints_the_models_of_every_group_of_the_embedded_example_in_both_languages() {
    CommandRun english = kcs("recommend", "--lang", "en");
    CommandRun polish = kcs("recommend");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out())
        .contains("The KCS as a whole runs: Model 1: open doors")
        .contains("(kcs.m1.space, KCS-M1)");
    assertThat(polish.exitCode()).isZero();
    assertThat(polish.out()).contains("Model 3. Wsparcie kultury");
    assertThat(english.err()).isEmpty();
  }

  @Test
  void recommend_takes_the_institution_offer_from_options_and_rejects_a_bad_one() {
    CommandRun noSpace =
        kcs("recommend", "--lang", "en", "--free-hours", "0", "--capability", "ANIMATION");
    assertThat(noSpace.exitCode()).isZero();
    assertThat(noSpace.out()).doesNotContain("✓ Model 1: open doors");

    CommandRun bad = kcs("recommend", "--free-hours", "200");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("kcs recommend: freeHoursPerWeek").doesNotContain("\tat ");
  }

  @Test
  void recommend_reads_an_implementation_file_and_writes_json(@TempDir Path directory)
      throws Exception {
    Path file = directory.resolve("groups.json");
    Files.writeString(file, kcs("example", "groups").out());

    CommandRun json = kcs("recommend", file.toString(), "--format", "json", "--lang", "en");

    assertThat(json.exitCode()).isZero();
    assertThat(json.out())
        .contains("\"document\": \"modelPlan\"")
        .contains("\"modelsRun\"")
        .contains("\"kcs.m3.cultural-needs\"")
        .contains("\"offerSource\": \"NOT_DECLARED\",");
  }

  @Test
  void recommend_on_a_file_without_an_offer_says_so_and_never_lends_it_the_examples_offer_KCS_S3(
      @TempDir Path directory) throws Exception {
    Path file = directory.resolve("groups.json");
    Files.writeString(file, kcs("example", "groups").out());

    CommandRun english = kcs("recommend", file.toString(), "--lang", "en");
    CommandRun polish = kcs("recommend", file.toString());
    CommandRun example = kcs("recommend", "--lang", "en");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out())
        .startsWith("Note: the file declares no offer of the institution (KCS-S3")
        .contains("The institution has recorded no cultural offer of its own")
        .doesNotContain("The institution has a cultural offer of its own");
    assertThat(polish.out()).startsWith("Uwaga: plik nie deklaruje oferty instytucji (KCS-S3");
    // The embedded example, and only it, comes with its own offer, and needs no note.
    assertThat(example.out())
        .doesNotContain("declares no offer")
        .contains("The institution has a cultural offer of its own");
    // The same groups declaring their institution's offer: no note, the declared offer.
    Path declared = directory.resolve("groups-with-offer.json");
    Files.writeString(
        declared,
        KcsJson.standard()
            .toJson(
                pl.kcs.examples.ThreeGroups.implementation()
                    .withOffer(pl.kcs.examples.ThreeGroups.offer())));
    CommandRun withOffer = kcs("recommend", declared.toString(), "--lang", "en");
    assertThat(withOffer.out()).doesNotContain("declares no offer").isEqualTo(example.out());
    assertThat(kcs("recommend", declared.toString(), "--format", "csv").out().lines().skip(1))
        .allMatch(line -> line.startsWith("DECLARED,"));
    // The same groups with the offer given as options: no note, the options' offer.
    CommandRun options =
        kcs("recommend", file.toString(), "--lang", "en", "--free-hours", "4", "--format", "csv");
    assertThat(options.out().lines().skip(1)).allMatch(line -> line.startsWith("OPTIONS,"));
  }

  @Test
  void recommend_writes_csv_one_row_per_rule_of_every_model_of_every_group_KCS_M1_to_M4() {
    CommandRun csv = kcs("recommend", "--format", "csv", "--lang", "en");

    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out())
        .startsWith(
            "offer_source,group,model,recommended,score_points,score_max_points,score_percent,rule,source,severity,")
        .contains("\r\nEXAMPLE,")
        .contains(",M1_OPEN_DOORS,")
        .contains(",kcs.m1.space,KCS-M1,");
  }

  @Test
  void club_prints_the_compliance_report_and_strict_fails_on_blockers_KS_PEOPLE() {
    CommandRun polish = kcs("club");
    CommandRun strict = kcs("club", "--strict", "--lang", "en");

    assertThat(polish.exitCode()).isZero();
    assertThat(polish.out())
        .contains("klub samopomocy (KS)\nZgodność z modelem KS: nie (1 blokada).")
        .contains("(ks.people.coordinator-appointed, KS-PEOPLE)")
        .contains("(ks.hours, KS-HOURS)");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out())
        .contains(
            "Blockers:\n  - The club has no coordinator, and a coordinator directs a club's work. (ks.people.coordinator-appointed, KS-PEOPLE)\n");
  }

  @Test
  void club_strict_passes_a_club_whose_only_shortfall_is_the_hours_a_warning_KS_HOURS(
      @TempDir Path directory) throws Exception {
    Path file = directory.resolve("club.json");
    Files.writeString(
        file, KcsJson.standard().toJson(MunicipalClubCompliance.clubWithCoordinator()));

    CommandRun strict = kcs("club", file.toString(), "--strict", "--lang", "en");

    assertThat(strict.exitCode()).isZero();
    assertThat(strict.out())
        .contains("Complies with the KS model: yes.\n")
        .contains("(ks.hours, KS-HOURS)");
  }

  @Test
  void club_writes_json_and_csv_one_row_per_rule_KS_PEOPLE() {
    CommandRun json = kcs("club", "--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out())
        .contains("\"document\": \"clubReport\"")
        .contains("\"compliant\": false")
        .contains("\"ks.people.coordinator-appointed\"")
        .contains("\"ks.hours\"");

    CommandRun csv = kcs("club", "--format", "csv", "--lang", "en");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out())
        .startsWith(
            "compliant,rule,source,severity,status,applies_to,subjects,observed,expected,message,action\r\n")
        .contains("\r\nfalse,ks.people.coordinator-appointed,KS-PEOPLE,BLOCKER,FAILED,");
  }

  @Test
  void club_reports_a_bad_file_in_one_line(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("club.json");
    Files.writeString(file, "{\"document\": \"selfHelpClub\", \"formatVersion\": \"1.0\"}");

    CommandRun bad = kcs("club", file.toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().lines()).hasSize(1);
    assertThat(bad.err()).startsWith("kcs: " + file + ": $");
  }
}
