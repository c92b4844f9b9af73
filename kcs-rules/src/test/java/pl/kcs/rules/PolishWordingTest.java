package pl.kcs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.kcs.core.Language.ENGLISH;
import static pl.kcs.core.Language.POLISH;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.core.Requirement;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MemberRelation;
import pl.kcs.core.group.ProfessionalRole;
import pl.kcs.core.stage.Step;

/**
 * Issue 13: each error a native reader found in kcs's Polish (and English), asserted as the
 * corrected sentence, and then its kind looked for in every bundle of kcs-rules and kcs-core.
 */
class PolishWordingTest {

  private static final Locale PL = POLISH.locale();
  private static final List<String> RULES_BUNDLES =
      List.of(
          "pl.kcs.rules.messages",
          "pl.kcs.rules.models.messages",
          "pl.kcs.rules.group.messages",
          "pl.kcs.rules.autonomy.messages",
          "pl.kcs.rules.club.messages",
          "pl.kcs.rules.opening.messages");

  private static final MessageCatalog MESSAGES =
      MessageCatalog.builder()
          .add("rule.test.tag.passed", "Jest.", "Present.")
          .add("rule.test.tag.failed", "Brak.", "Missing.")
          .add("rule.test.tag.action", "Uzupełnijcie.", "Add it.")
          .build();

  private static Rule<Boolean> rule(Severity severity) {
    return Rule.<Boolean>builder("test.tag")
        .source("KCS-S1B-SCALE")
        .severity(severity)
        .libraryDefault()
        .condition(Condition.holds(b -> b))
        .explainer(b -> Finding.of("", ""))
        .messages(MESSAGES)
        .build();
  }

  private static LocalizedBundle bundle(String name) {
    return LocalizedBundle.load(name, PolishWordingTest.class.getClassLoader());
  }

  @Test
  @DisplayName(
      "the status tag says what happened to a rule of its kind, the participle agreeing with the noun")
  void the_status_tag_agrees_with_its_noun() {
    assertThat(
            RuleSet.of(List.of(rule(Severity.BLOCKER))).evaluate(true).outcomes().get(0).render(PL))
        .startsWith("[warunek konieczny — spełniony] Jest.");
    assertThat(
            RuleSet.of(List.of(rule(Severity.WARNING)))
                .evaluate(false)
                .outcomes()
                .get(0)
                .render(PL))
        .startsWith("[zalecenie — niespełnione] Brak.");
    assertThat(
            RuleSet.of(List.of(rule(Severity.ADVICE))).evaluate(false).outcomes().get(0).render(PL))
        .startsWith("[sugestia — niespełniona] Brak.");
    assertThat(
            RuleSet.of(List.of(rule(Severity.BLOCKER)))
                .evaluate(false)
                .outcomes()
                .get(0)
                .render(Locale.ENGLISH))
        .startsWith("[requirement — not met] Missing.");
    for (Severity severity : Severity.values()) {
      for (Status status : Status.values()) {
        for (Language language : Language.values()) {
          assertThat(RulesMessages.BUNDLE.contains(language, "tag." + severity + "." + status))
              .as("%s %s %s", severity, status, language)
              .isTrue();
        }
      }
    }
    assertThat(RulesMessages.BUNDLE.text(POLISH, "tag.BLOCKER.PASSED"))
        .doesNotContain("·", "spełniona");
  }

  @Test
  void a_group_past_the_early_stage_has_it_behind_it_and_nothing_needs_changing() {
    LocalizedBundle models = bundle("pl.kcs.rules.models.messages");
    assertThat(models.text(POLISH, "rule.kcs.m2.needs-support.failed"))
        .startsWith("Grupa ma już za sobą wczesny etap");
    assertThat(models.text(POLISH, "rule.kcs.m2.needs-support.action"))
        .startsWith("Nic nie trzeba zmieniać:");
  }

  @Test
  void a_group_not_yet_leading_its_meetings_does_not_prowadzic_sie() {
    assertThat(
            bundle("pl.kcs.rules.group.messages")
                .format(POLISH, "rule.kcs.life.leads-itself.failed", "", "animator", "animator"))
        .isEqualTo(
            "Grupa jeszcze sama nie prowadzi swoich spotkań: spotkania prowadzi animator, program ustala animator.");
    assertThat(
            bundle("pl.kcs.rules.models.messages")
                .format(POLISH, "rule.kcs.m1.runs-itself.failed", "", "rozwijająca się"))
        .startsWith("Grupa jeszcze sama nie prowadzi swoich spotkań (etap: rozwijająca się)");
  }

  @Test
  @DisplayName(
      "KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT: meeting without the animator and independence are two things")
  void meeting_without_the_animator_and_independence_read_as_two_things() {
    assertThat(GroupMaturity.RUNNING_ITSELF.label(PL))
        .isEqualTo("spotyka się bez udziału animatora lub animatorki");
    assertThat(GroupMaturity.INDEPENDENT.label(PL))
        .isEqualTo("usamodzielniona, działa niezależnie od instytucji");
    assertThat(GroupMaturity.RUNNING_ITSELF.label(Locale.ENGLISH))
        .isEqualTo("meets without the animator");
    assertThat(
            bundle("pl.kcs.rules.group.messages").text(POLISH, "rule.kcs.eff.independent.failed"))
        .isEqualTo(
            "Grupa spotyka się bez animatora, ale nie działa jeszcze niezależnie od instytucji.");
  }

  @Test
  @DisplayName("KCS-S3: KCS is masculine — \"KCS jest wpisany\"")
  void kcs_is_masculine() {
    assertThat(RulesMessages.BUNDLE.text(POLISH, "rule.kcs.s3.strategy.passed"))
        .isEqualTo("KCS jest wpisany w strategię i misję instytucji.");
    assertThat(RulesMessages.BUNDLE.text(POLISH, "rule.kcs.s3.strategy.failed"))
        .contains("KCS nie jest jeszcze wpisany");
    Pattern neuter =
        Pattern.compile(
            "KCS(-[a-z]+)? (nie )?(jest |było |zostało )?(jeszcze )?(wpisane|prowadzone|powołane|uruchomione|działało|otwarte)\\b");
    for (String name : RULES_BUNDLES) {
      LocalizedBundle bundle = bundle(name);
      for (String key : bundle.keys(POLISH)) {
        assertThat(neuter.matcher(bundle.text(POLISH, key)).find())
            .as("%s %s", name, key)
            .isFalse();
      }
    }
  }

  /** Second-person singular imperatives: the reader is an institution's team, addressed in the plural. */
  private static final Pattern SINGULAR_IMPERATIVE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(oddaj|porozmawiaj|mów|używaj|zorganizuj|znajdź|zapewnij|wyodrębnij|szkol|zaproponuj|proponuj|informuj"
              + "|wskazuj|organizuj|zleć|pomóż|zrób|dawaj|ustal|wspieraj|pozwól|dbaj|zadbaj|rozważ|przeprowadź|sformułuj|zaproś"
              + "|zachęcaj|pamiętaj|wpisz|powołaj|przygotuj|otwórz|dotrzyj|wybierz|sprawdź|podaj|odnotuj|zaangażuj|powierz|przedstaw)(?![\\p{L}])");

  @Test
  void every_instruction_addresses_the_team_in_the_plural() {
    assertThat(
            bundle("pl.kcs.rules.autonomy.messages")
                .text(POLISH, "rule.ma.autonomy.meetings.action"))
        .startsWith("Oddajcie prowadzenie spotkań");
    assertThat(bundle("pl.kcs.rules.models.messages").text(POLISH, "rule.kcs.m1.space.action"))
        .startsWith("Znajdźcie godziny");
    List<String> singular = new ArrayList<>();
    for (String name : RULES_BUNDLES) {
      LocalizedBundle bundle = bundle(name);
      for (String key : bundle.keys(POLISH)) {
        Matcher matcher = SINGULAR_IMPERATIVE.matcher(bundle.text(POLISH, key));
        if (matcher.find()) {
          singular.add(name + " " + key + ": " + matcher.group());
        }
      }
    }
    assertThat(singular).isEmpty();
  }

  @Test
  void one_heading_per_severity_and_one_name_for_the_checklist() {
    LocalizedBundle stage = RulesMessages.BUNDLE;
    LocalizedBundle club = bundle("pl.kcs.rules.club.messages");
    LocalizedBundle opening = bundle("pl.kcs.rules.opening.messages");
    assertThat(stage.text(POLISH, "report.advice")).isEqualTo("Porady");
    assertThat(club.text(POLISH, "report.advice")).isEqualTo("Porady");
    assertThat(opening.text(POLISH, "report.advice")).isEqualTo("Porady dla najsłabszych obszarów");
    assertThat(stage.text(POLISH, "report.checklist"))
        .isEqualTo("Lista kontrolna")
        .isEqualTo(club.text(POLISH, "report.checklist"));
    for (String key : List.of("report.blockers", "report.warnings")) {
      assertThat(stage.text(POLISH, key)).isEqualTo(club.text(POLISH, key));
      assertThat(stage.text(ENGLISH, key)).isEqualTo(club.text(ENGLISH, key));
    }
  }

  @Test
  void spelling_and_government_follow_the_sources() {
    assertThat(Requirement.NOT_IN_SOURCE.label(PL)).isEqualTo("niewymienione w źródle");
    assertThat(Step.S1A_ROOTING.label(PL))
        .isEqualTo("zapoznanie się z aktami prawnymi i strategiami samorządu");
    assertThat(Step.S1B_SUPERVISION.label(PL))
        .isEqualTo("regularne superwizje dla każdego animatora i każdej animatorki");
    assertThat(
            bundle("pl.kcs.rules.club.messages")
                .format(POLISH, "rule.ks.law.other-acts.failed", "ustawa o wolontariacie"))
        .isEqualTo("Akty prawne, których znajomości nie odnotowano: ustawa o wolontariacie.");
    assertThat(MemberRelation.DIRECTLY_AFFECTED.label(PL))
        .isEqualTo("osoba bezpośrednio dotknięta problemem");
    assertThat(ProfessionalRole.PSYCHIATRIC_CARE.label(PL))
        .isEqualTo("pracownik lub pracowniczka ochrony zdrowia psychicznego");
  }

  @Test
  void the_report_says_who_may_move_on() {
    assertThat(RulesMessages.BUNDLE.format(POLISH, "report.may-advance", "Etap 2"))
        .isEqualTo("Następny etap: Etap 2. Instytucja może przejść do następnego etapu: tak.");
    assertThat(RulesMessages.BUNDLE.format(POLISH, "report.may-not-advance", "Etap 2", 3))
        .isEqualTo(
            "Następny etap: Etap 2. Instytucja może przejść do następnego etapu: nie (3 blokady).");
    assertThat(RulesMessages.BUNDLE.format(POLISH, "report.may-not-advance", "Etap 2", 5))
        .endsWith("nie (5 blokad).");
    assertThat(RulesMessages.BUNDLE.format(ENGLISH, "report.may-not-advance", "Stage 2", 1))
        .isEqualTo(
            "Next stage: Stage 2. The institution may move on to the next stage: no (1 blocker).");
  }

  @Test
  @DisplayName(
      "KCS-REM-FTE: posts agree with their number — ¼ etatu, 1½ etatu, 2 etaty — and English says FTE")
  void posts_agree_with_their_number() {
    assertThat(
            RulesMessages.BUNDLE.format(
                POLISH,
                "rule.kcs.rem.post-spread.failed",
                "anim-a",
                pl.kcs.core.people.Fte.of(1, 2),
                2))
        .isEqualTo("Łącznie tylko ½ etatu rozłożono na więcej niż 2 osoby: anim-a.");
    assertThat(
            RulesMessages.BUNDLE.format(
                POLISH,
                "rule.kcs.rem.post-carries-groups.passed",
                "1",
                pl.kcs.core.people.Fte.of(2, 1),
                12))
        .isEqualTo("Etaty animatorów (łącznie 2 etaty) wystarczają dla liczby grup: 1.");
    assertThat(
            RulesMessages.BUNDLE.format(
                POLISH,
                "rule.kcs.rem.post-carries-groups.failed",
                "7",
                pl.kcs.core.people.Fte.of(3, 2),
                9))
        .isEqualTo(
            "Liczba grup (7) przekracza to, co udźwigną etaty animatorów (łącznie 1½ etatu, czyli do 9 grup według założenia kcs).");
    assertThat(
            RulesMessages.BUNDLE.format(
                ENGLISH,
                "rule.kcs.rem.post-spread.failed",
                "anim-a",
                pl.kcs.core.people.Fte.of(1, 2),
                2))
        .isEqualTo("Only ½ FTE in total is spread over more than 2 people: anim-a.");
  }

  @Test
  void english_says_what_it_means() {
    assertThat(RulesMessages.BUNDLE.text(ENGLISH, "report.last-stage.blocked"))
        .isEqualTo("This is the last stage. Blockers to remove: {0}.");
    assertThat(bundle("pl.kcs.rules.models.messages").format(ENGLISH, "plan.demand.space", 1, 1))
        .isEqualTo("free space: 1 hour a week, shared by 1 group");
    assertThat(bundle("pl.kcs.rules.models.messages").format(ENGLISH, "plan.demand.space", 10, 3))
        .isEqualTo("free space: 10 hours a week, shared by 3 groups");
    for (String name : RULES_BUNDLES) {
      LocalizedBundle bundle = bundle(name);
      for (String key : bundle.keys(ENGLISH)) {
        assertThat(bundle.text(ENGLISH, key))
            .as("%s %s", name, key)
            .doesNotContain("(s)", " mend", "reaches both")
            .doesNotContainPattern("(\\d|[¼½¾⅓⅔]|\\}) of a post");
      }
    }
  }
}
