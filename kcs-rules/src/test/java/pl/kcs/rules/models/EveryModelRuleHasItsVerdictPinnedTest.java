package pl.kcs.rules.models;

import static pl.kcs.rules.VerdictTable.alwaysApplies;
import static pl.kcs.rules.VerdictTable.row;
import static pl.kcs.rules.models.ModelsFixture.coCreating;
import static pl.kcs.rules.models.ModelsFixture.developing;
import static pl.kcs.rules.models.ModelsFixture.early;
import static pl.kcs.rules.models.ModelsFixture.everything;
import static pl.kcs.rules.models.ModelsFixture.nothing;
import static pl.kcs.rules.models.ModelsFixture.spaceOnly;
import static pl.kcs.rules.models.ModelsFixture.wanting;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.kcs.core.group.CulturalNeed;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.rules.Severity;
import pl.kcs.rules.VerdictTable;
import pl.kcs.rules.VerdictTable.Row;

/**
 * The verdict of every model rule (KCS-M1 … KCS-M4) pinned as a table (issue 20): its fact, its
 * severity, and its status on a passing, a failing and a not-applicable input. A model's fit
 * criteria judge every group, so most rules apply to every input, as their rows say; the rules
 * about a cultural need stand aside for a group that has not stated it.
 */
class EveryModelRuleHasItsVerdictPinnedTest {

  private static final String FIT_CRITERION =
      "a criterion of the model's fit: every group is judged against it";
  private static final String OFFER =
      "it reads only the institution's offer, which every group has";

  private static Room room(RoomFeature... features) {
    return Room.builder()
        .name("sala klubowa")
        .kind(RoomKind.MEETING_ROOM)
        .capacity(12)
        .addFeatures(features)
        .build();
  }

  private static Row<ModelFacts> need(String rule, CulturalNeed need, CulturalNeed another) {
    return row(
        rule,
        "KCS-M3",
        Severity.ADVICE,
        ModelFacts.of(wanting(need), everything()),
        ModelFacts.of(wanting(need), spaceOnly()),
        ModelFacts.of(wanting(another), everything()));
  }

  static Stream<Row<ModelFacts>> verdicts() {
    return Stream.of(
        alwaysApplies(
            "kcs.m1.space",
            "KCS-M1",
            Severity.BLOCKER,
            ModelFacts.of(coCreating(), spaceOnly()),
            ModelFacts.of(coCreating(), nothing()),
            OFFER),
        alwaysApplies(
            "kcs.m1.runs-itself",
            "KCS-M1",
            Severity.BLOCKER,
            ModelFacts.of(coCreating(), spaceOnly()),
            ModelFacts.of(early(), spaceOnly()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m1.neutral-space",
            "KCS-M1",
            Severity.WARNING,
            ModelFacts.of(
                coCreating(),
                spaceOnly(),
                List.of(room(RoomFeature.NEUTRAL_AND_FRIENDLY, RoomFeature.SAFE))),
            ModelFacts.of(coCreating(), spaceOnly(), List.of(room(RoomFeature.SAFE))),
            "every group needs a space; without the host's rooms the rule is unknown, not not applicable"),
        alwaysApplies(
            "kcs.m1.night-watchman",
            "KCS-M1",
            Severity.ADVICE,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating(), spaceOnly()),
            OFFER),
        alwaysApplies(
            "kcs.m2.needs-support",
            "KCS-M2",
            Severity.ADVICE,
            ModelFacts.of(early(), everything()),
            ModelFacts.of(coCreating(), everything()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m2.capacity",
            "KCS-M2",
            Severity.BLOCKER,
            ModelFacts.of(early(), everything()),
            ModelFacts.of(early(), spaceOnly()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m2.training",
            "KCS-M2",
            Severity.ADVICE,
            ModelFacts.of(early(), everything()),
            ModelFacts.of(early(), spaceOnly()),
            OFFER),
        alwaysApplies(
            "kcs.m2.animation",
            "KCS-M2",
            Severity.ADVICE,
            ModelFacts.of(early(), everything()),
            ModelFacts.of(early(), spaceOnly()),
            OFFER),
        alwaysApplies(
            "kcs.m3.offer",
            "KCS-M3",
            Severity.BLOCKER,
            ModelFacts.of(developing(), everything()),
            ModelFacts.of(developing(), spaceOnly()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m3.cultural-needs",
            "KCS-M3",
            Severity.ADVICE,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(developing(), everything()),
            "it asks every group whether it has stated cultural needs"),
        row(
            "kcs.m3.means",
            "KCS-M3",
            Severity.ADVICE,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating(), spaceOnly()),
            ModelFacts.of(developing(), everything())),
        need("kcs.m3.programme", CulturalNeed.INSTITUTION_PROGRAMME, CulturalNeed.ART_THERAPY),
        need("kcs.m3.art-therapy", CulturalNeed.ART_THERAPY, CulturalNeed.OUTINGS),
        need("kcs.m3.outings", CulturalNeed.OUTINGS, CulturalNeed.CULTURAL_EVENTS),
        need("kcs.m3.events", CulturalNeed.CULTURAL_EVENTS, CulturalNeed.INSTITUTION_PROGRAMME),
        alwaysApplies(
            "kcs.m4.formed",
            "KCS-M4",
            Severity.BLOCKER,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(early(), everything()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m4.rules",
            "KCS-M4",
            Severity.BLOCKER,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(early(), everything()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m4.motivated",
            "KCS-M4",
            Severity.BLOCKER,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating().withMotivatedToActOutwards(false), everything()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m4.resourced",
            "KCS-M4",
            Severity.BLOCKER,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating().withResourcedToActOutwards(false), everything()),
            FIT_CRITERION),
        alwaysApplies(
            "kcs.m4.public-events",
            "KCS-M4",
            Severity.WARNING,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(coCreating(), spaceOnly()),
            OFFER),
        alwaysApplies(
            "kcs.m4.runs-itself",
            "KCS-M4",
            Severity.ADVICE,
            ModelFacts.of(coCreating(), everything()),
            ModelFacts.of(developing(), everything()),
            FIT_CRITERION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void each_model_rule_passes_fails_and_stands_aside_as_its_row_says(Row<ModelFacts> row) {
    VerdictTable.assertVerdicts(
        row,
        (facts, rule) -> ModelSelection.defaultRules().evaluate(facts).outcome(rule).orElseThrow());
  }

  @Test
  void the_table_has_a_row_for_every_built_in_model_rule_in_the_order_of_the_models() {
    VerdictTable.assertNamesEveryRule(ModelSelection.defaultRules(), verdicts());
  }
}
