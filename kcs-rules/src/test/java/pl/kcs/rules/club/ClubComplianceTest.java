package pl.kcs.rules.club;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.core.club.WeeklySchedule;
import pl.kcs.core.fixtures.CoreContracts;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;

/** The readiness and compliance report of a self-help club (DOMAIN.md section 2). */
class ClubComplianceTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private final ClubCompliance compliance = ClubCompliance.withDefaultRules();

  @Test
  void a_complete_club_complies_and_meets_every_part_of_the_model_KS_FORMAL_to_KS_PARTNERS() {
    ClubReport report = compliance.assess(ClubFixture.complete());

    assertThat(report.isCompliant()).isTrue();
    assertThat(report.blockers()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.advice()).isEmpty();
    for (ClubAspect aspect : ClubAspect.values()) {
      assertThat(report.meets(aspect)).as(aspect.name()).isTrue();
    }
    assertThat(report.render(Locale.ENGLISH))
        .startsWith(
            "Miejski Ośrodek Pomocy Społecznej w Lipowie — self-help club (KS)\n"
                + "Complies with the KS model: yes.\n"
                + "Information point: Monday 08:00–11:00, Thursday 15:00–18:00 (6 h a week)\n"
                + "\n"
                + "Checklist\n"
                + "  [x] KS-FORMAL formal set-up\n"
                + "  [x] KS-LAW legal basis\n")
        .contains("  [x] KS-HOURS opening hours of the information point\n")
        .endsWith("Blockers: none\n\nWarnings: none\n\nAdvice: none\n");
    assertThat(report.render(PL))
        .startsWith(
            "Miejski Ośrodek Pomocy Społecznej w Lipowie — klub samopomocy (KS)\n"
                + "Zgodność z modelem KS: tak.\n"
                + "Punkt informacyjny: poniedziałek 08:00–11:00, czwartek 15:00–18:00 (6 godz. tygodniowo)\n")
        .contains("  [x] KS-PEOPLE ludzie\n")
        .endsWith("Blokady: brak\n\nOstrzeżenia: brak\n\nPorady: brak\n");
  }

  @Test
  void
      a_club_short_of_hours_or_written_duties_gets_warnings_not_blockers_because_the_source_says_powinien_KS_HOURS_KS_PEOPLE() {
    SelfHelpClub club =
        ClubFixture.with(
                EnumSet.of(
                    ClubGap.COORDINATOR_DUTIES_UNWRITTEN,
                    ClubGap.NO_EXPERTS,
                    ClubGap.PARTNERSHIP_VALUE_MISSING))
            .withOpeningHours(WeeklySchedule.parse("MONDAY 08:00-10:00, THURSDAY 16:00-18:00"));
    ClubReport report = compliance.assess(club);

    // "punkt informacyjny … powinien być czynny minimum 6 godzin", "Koordynator powinien być
    // zatrudniony w OPS i … powinien mieć wpisane w zakres czynności": recommendations.
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.blockers()).isEmpty();
    assertThat(report.warnings())
        .extracting(o -> o.ruleId().value())
        .containsExactly("ks.values", "ks.people.coordinator", "ks.hours");
    assertThat(report.advice())
        .extracting(o -> o.ruleId().value())
        .containsExactly("ks.people.experts");
    assertThat(report.meets(ClubAspect.OPENING_HOURS)).isFalse();
    assertThat(report.meets(ClubAspect.PEOPLE)).isFalse();
    assertThat(report.meets(ClubAspect.ROOMS)).isTrue();
    assertThat(report.outcomes(ClubAspect.ROOMS))
        .extracting(Outcome::severity)
        .containsExactly(Severity.BLOCKER, Severity.ADVICE, Severity.ADVICE);

    String english = report.render(Locale.ENGLISH);
    assertThat(english)
        .contains("Information point: Monday 08:00–10:00, Thursday 16:00–18:00 (4 h a week)\n")
        .contains("  [ ] KS-HOURS opening hours of the information point\n")
        .contains(
            "  - The club's coordinator is not in place: running the club is not written into the coordinator's duties. (ks.people.coordinator, KS-PEOPLE)\n"
                + "    → Appoint a coordinator employed at the centre and write running the club into their scope of duties; it need not be a full post.\n"
                + "  - The information point is open 4 h a week: 2 h in the morning, 2 h in the afternoon; missing: 2 h a week. (ks.hours, KS-HOURS)\n"
                + "    → Open the information point at least 6 h a week, partly in the morning and partly in the afternoon (e.g. 8–10 and 16–18).\n");
    assertThat(report.render(PL))
        .contains(
            "Punkt informacyjny: poniedziałek 08:00–10:00, czwartek 16:00–18:00 (4 godz. tygodniowo)\n")
        .contains(
            "  - Punkt informacyjny jest czynny 4 godz. tygodniowo: 2 godz. przed południem, 2 godz. po południu; brakuje: 2 godz. tygodniowo. (ks.hours, KS-HOURS)\n");
  }

  @Test
  void
      a_club_without_a_coordinator_does_not_comply_because_the_coordinator_is_among_the_necessary_resources_KS_PEOPLE() {
    ClubReport report = compliance.assess(ClubFixture.lacking(ClubGap.NO_COORDINATOR));

    assertThat(report.isCompliant()).isFalse();
    assertThat(report.blockers())
        .extracting(o -> o.ruleId().value())
        .contains("ks.people.coordinator-appointed");
    assertThat(report.render(Locale.ENGLISH))
        .contains("Complies with the KS model: no (1 blocker).");
  }

  @Test
  void should_say_when_the_hours_are_not_recorded_or_the_point_is_never_open_KS_HOURS() {
    assertThat(
            compliance
                .assess(ClubFixture.lacking(ClubGap.HOURS_NOT_RECORDED))
                .render(Locale.ENGLISH))
        .contains("Information point: opening hours not recorded\n")
        .contains("Complies with the KS model: yes.");
    assertThat(
            compliance
                .assess(ClubFixture.complete().withOpeningHours(WeeklySchedule.empty()))
                .render(PL))
        .contains("Punkt informacyjny: nigdy nieczynny\n");
  }

  @Test
  void an_embedding_system_may_switch_a_rule_off_KS_ROOM() {
    ClubCompliance relaxed =
        ClubCompliance.withRules(ClubCompliance.defaultRules().disabling("ks.room.field-points"));
    ClubReport report = relaxed.assess(ClubFixture.lacking(ClubGap.NO_FIELD_POINT));

    assertThat(report.advice()).isEmpty();
    assertThat(report.meets(ClubAspect.ROOMS)).isTrue();
    assertThat(relaxed.rules().isDisabled(pl.kcs.rules.RuleId.of("ks.room.field-points"))).isTrue();
  }

  @Test
  void aspects_have_labels_in_both_languages_and_cite_their_fact() {
    for (ClubAspect aspect : ClubAspect.values()) {
      assertThat(aspect.label(PL))
          .as(aspect.name())
          .isNotBlank()
          .isNotEqualTo(aspect.label(Locale.ENGLISH));
      assertThat(aspect.source().id()).startsWith("KS-");
    }
    assertThat(ClubAspect.OPENING_HOURS.label(PL))
        .isEqualTo("godziny otwarcia punktu informacyjnego");
  }

  @Test
  void should_reject_nulls() {
    NullPointerTester nulls = CoreContracts.nullPointerTester();
    nulls.setDefault(SelfHelpClub.class, ClubFixture.complete());
    nulls.testAllPublicStaticMethods(ClubCompliance.class);
    nulls.testAllPublicStaticMethods(ClubFacts.class);
    nulls.testAllPublicInstanceMethods(compliance);
    nulls.testAllPublicInstanceMethods(compliance.assess(ClubFixture.complete()));
  }
}
