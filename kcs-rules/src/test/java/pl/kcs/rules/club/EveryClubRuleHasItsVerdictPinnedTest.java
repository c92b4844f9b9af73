package pl.kcs.rules.club;

import static pl.kcs.rules.VerdictTable.alwaysApplies;
import static pl.kcs.rules.VerdictTable.row;
import static pl.kcs.rules.club.ClubFixture.complete;
import static pl.kcs.rules.club.ClubFixture.lacking;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.rules.Severity;
import pl.kcs.rules.VerdictTable;
import pl.kcs.rules.VerdictTable.Row;

/**
 * The verdict of every self-help club rule (KS-FORMAL … KS-PARTNERS) pinned as a table (issue
 * 20): its fact, its severity, and its status on a passing, a failing and a not-applicable input.
 * The model's "niezbędne zaplecze" and its description apply to every club, so most rules have no
 * not-applicable input, as their rows say; the rules that look inside something — the club's
 * groups, its coordinator, its animators, its own rooms, its key partners — stand aside where the
 * club has none.
 */
class EveryClubRuleHasItsVerdictPinnedTest {

  private static final String EVERY_CLUB = "the KS model asks it of every club";

  private static Row<SelfHelpClub> always(
      String rule, String fact, Severity severity, ClubGap gap) {
    return alwaysApplies(rule, fact, severity, complete(), lacking(gap), EVERY_CLUB);
  }

  static Stream<Row<SelfHelpClub>> verdicts() {
    return Stream.of(
        always("ks.formal.order", "KS-FORMAL", Severity.BLOCKER, ClubGap.NO_ORDER),
        always("ks.formal.separate-unit", "KS-FORMAL", Severity.BLOCKER, ClubGap.NOT_SEPARATE_UNIT),
        always("ks.formal.strategy", "KS-FORMAL", Severity.ADVICE, ClubGap.NOT_IN_STRATEGY),
        always(
            "ks.law.social-assistance-act",
            "KS-LAW",
            Severity.ADVICE,
            ClubGap.SOCIAL_ASSISTANCE_ACT_UNKNOWN),
        always("ks.law.other-acts", "KS-LAW", Severity.ADVICE, ClubGap.SOBRIETY_ACT_UNKNOWN),
        always("ks.goals.groups", "KS-GOALS", Severity.WARNING, ClubGap.NO_GROUPS_GOAL),
        always("ks.goals.all", "KS-GOALS", Severity.ADVICE, ClubGap.SELF_BELIEF_GOAL_MISSING),
        always("ks.values", "KS-VALUES", Severity.WARNING, ClubGap.PARTNERSHIP_VALUE_MISSING),
        always("ks.who.beneficiaries", "KS-WHO", Severity.WARNING, ClubGap.NO_BENEFICIARIES),
        row(
            "ks.who.groups-match",
            "KS-WHO",
            Severity.ADVICE,
            complete(),
            lacking(ClubGap.NEIGHBOURHOOD_GROUP),
            complete().withGroups()),
        always("ks.forms.groups", "KS-FORMS", Severity.WARNING, ClubGap.NO_GROUP_FORMS),
        always("ks.people.team", "KS-PEOPLE", Severity.WARNING, ClubGap.TEAM_UNAWARE),
        always(
            "ks.people.coordinator-appointed",
            "KS-PEOPLE",
            Severity.BLOCKER,
            ClubGap.NO_COORDINATOR),
        alwaysApplies(
            "ks.people.coordinator",
            "KS-PEOPLE",
            Severity.WARNING,
            complete(),
            lacking(ClubGap.COORDINATOR_DUTIES_UNWRITTEN),
            EVERY_CLUB + "; a club with no coordinator fails it"),
        row(
            "ks.people.coordinator-duties",
            "KS-PEOPLE",
            Severity.WARNING,
            complete(),
            lacking(ClubGap.COORDINATOR_NOT_ORGANISING_GROUPS),
            lacking(ClubGap.NO_COORDINATOR)),
        always("ks.people.animators", "KS-PEOPLE", Severity.BLOCKER, ClubGap.NO_ANIMATORS),
        row(
            "ks.people.animator-tasks",
            "KS-PEOPLE",
            Severity.WARNING,
            complete(),
            lacking(ClubGap.NO_ONE_GIVES_INFORMATION),
            lacking(ClubGap.NO_ANIMATORS)),
        always("ks.people.experts", "KS-PEOPLE", Severity.ADVICE, ClubGap.NO_EXPERTS),
        always("ks.room.available", "KS-ROOM", Severity.BLOCKER, ClubGap.ONLY_FIELD_POINT),
        row(
            "ks.room.accessible",
            "KS-ROOM",
            Severity.ADVICE,
            complete(),
            lacking(ClubGap.ROOM_NOT_ACCESSIBLE),
            lacking(ClubGap.ONLY_FIELD_POINT)),
        always("ks.room.field-points", "KS-ROOM", Severity.ADVICE, ClubGap.NO_FIELD_POINT),
        alwaysApplies(
            "ks.hours",
            "KS-HOURS",
            Severity.WARNING,
            complete(),
            lacking(ClubGap.HOURS_ONLY_IN_THE_MORNING),
            EVERY_CLUB + "; hours not recorded are unknown, not not applicable"),
        always("ks.equipment.furniture", "KS-EQUIPMENT", Severity.BLOCKER, ClubGap.NO_FURNITURE),
        always("ks.equipment.recommended", "KS-EQUIPMENT", Severity.ADVICE, ClubGap.NO_PROJECTOR),
        always("ks.partners.key", "KS-PARTNERS", Severity.WARNING, ClubGap.NO_KEY_PARTNER_INVITED),
        row(
            "ks.partners.breadth",
            "KS-PARTNERS",
            Severity.ADVICE,
            complete(),
            lacking(ClubGap.NO_OTHER_CLUB),
            lacking(ClubGap.NO_KEY_PARTNER_INVITED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void each_club_rule_passes_fails_and_stands_aside_as_its_row_says(Row<SelfHelpClub> row) {
    VerdictTable.assertVerdicts(
        row,
        (club, rule) ->
            ClubCompliance.withDefaultRules()
                .assess(club)
                .evaluation()
                .outcome(rule)
                .orElseThrow());
  }

  @Test
  void the_table_has_a_row_for_every_built_in_club_rule_in_order() {
    VerdictTable.assertNamesEveryRule(ClubCompliance.defaultRules(), verdicts());
  }
}
