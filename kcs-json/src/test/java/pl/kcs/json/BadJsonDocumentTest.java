package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.Scenario;
import pl.kcs.simulation.ScenarioParameters;

/**
 * A bad document fails with the JSON path of the field and what was wrong, in one line, never
 * with a stack trace from deep inside: the messages are asserted exactly.
 */
class BadJsonDocumentTest {

  private static final KcsJson JSON = KcsJson.standard();

  @Test
  void should_read_the_test_library() {
    assertThat(JSON.fromJson(Documents.libraryJson(), KcsImplementation.class).animators())
        .hasSize(2);
  }

  @Test
  void should_name_the_path_of_a_post_fraction_above_one_KCS_REM_FTE() {
    ObjectNode library = Documents.library();
    animator(library, 1).put("postFraction", "3/2");

    assertProblem(library, "$.animators[1].postFraction: must be in (0, 1], was 3/2");
  }

  @Test
  void should_read_a_post_fraction_written_as_a_number_exactly_and_reject_one_above_one() {
    ObjectNode library = Documents.library();
    animator(library, 1).put("postFraction", new BigDecimal("1.5"));

    assertProblem(library, "$.animators[1].postFraction: must be in (0, 1], was 1.5");

    animator(library, 1).put("postFraction", new BigDecimal("0.25"));
    assertThat(read(library).animators().get(1).postFraction().toString()).isEqualTo("1/4");
  }

  @Test
  void should_reject_a_post_fraction_that_is_no_fraction() {
    ObjectNode library = Documents.library();
    animator(library, 0).put("postFraction", "a quarter");

    assertProblem(
        library,
        "$.animators[0].postFraction: must be a fraction like 1/4 or a decimal like 0.25; the value is not repeated");
  }

  @Test
  void should_say_a_required_field_is_missing() {
    ObjectNode library = Documents.library();
    library.remove("host");

    assertProblem(library, "$.host: is required");
  }

  @Test
  void should_treat_null_as_missing() {
    ObjectNode library = Documents.library();
    library.putNull("stage");

    assertProblem(library, "$.stage: is required");
  }

  @Test
  void should_want_codes_not_labels_and_list_them_KCS_HOST() {
    ObjectNode library = Documents.library();
    ((ObjectNode) library.get("host")).put("kind", "biblioteka");

    assertProblem(
        library,
        "$.host.kind: must be one of CULTURE_HOUSE, LIBRARY, LOCAL_ACTIVITY_CENTRE, EXISTING_SELF_HELP_GROUP,"
            + " SOCIAL_ASSISTANCE_CENTRE, was 'biblioteka'");
  }

  @Test
  void should_reject_a_value_of_the_wrong_json_type() {
    ObjectNode library = Documents.library();
    group(library, 0).put("participantCount", "6");
    assertProblem(library, "$.groups[0].participantCount: must be a number, was a string");

    group(library, 0).put("participantCount", new BigDecimal("6.5"));
    assertProblem(library, "$.groups[0].participantCount: must be a whole number, was 6.5");

    group(library, 0).put("participantCount", 6);
    library.put("animators", "two");
    assertProblem(library, "$.animators: must be a list, was a string");

    library.remove("animators");
    ((ObjectNode) library.get("host")).putArray("rooms").add(1);
    assertProblem(library, "$.host.rooms[0]: must be an object, was a number");
  }

  @Test
  void should_want_ids_as_strings_but_read_a_post_fraction_from_a_number() {
    ObjectNode library = Documents.library();
    animator(library, 0).put("id", 7);

    assertProblem(library, "$.animators[0].id: must be a string, was a number");
  }

  @Test
  void should_pass_on_the_check_of_the_value_type_at_its_field() {
    ObjectNode library = Documents.library();
    group(library, 0).put("participantCount", 0);

    assertProblem(library, "$.groups[0].participantCount: must be positive, was 0");
  }

  @Test
  void should_attribute_a_check_across_fields_to_the_field_it_names_KCS_EFF_SELFRUN() {
    ObjectNode library = Documents.library();
    group(library, 0).put("maturity", "RUNNING_ITSELF");

    assertProblem(
        library,
        "$.groups[0].meetsWithoutAnimatorSince: must be set for a group with maturity RUNNING_ITSELF");
  }

  @Test
  void should_report_a_check_of_the_whole_document_at_its_root() {
    ObjectNode library = Documents.library();
    ((ArrayNode) group(library, 0).get("animators")).add("nobody");

    assertProblem(
        library, "$: group refugee-women names animator nobody, who is not among the animators");
  }

  @Test
  void should_reject_a_host_that_cannot_host_a_KCS_HOST() {
    ObjectNode library = Documents.library();
    ((ObjectNode) library.get("host")).put("kind", "SOCIAL_ASSISTANCE_CENTRE");

    assertProblem(
        library,
        "$.host: kind must be one that can host a KCS (KCS-HOST), was SOCIAL_ASSISTANCE_CENTRE");
  }

  @Test
  void should_reject_a_date_that_is_not_iso() {
    ObjectNode library = Documents.library();
    group(library, 0).put("foundedOn", "15.01.2024");

    assertProblem(
        library,
        "$.groups[0].foundedOn: must be a date like 2024-01-15; the value is not repeated");
  }

  @Test
  void should_reject_blank_names_and_notes_without_repeating_a_note() {
    ObjectNode library = Documents.library();
    ((ObjectNode) library.get("host")).put("name", " ");
    assertProblem(library, "$.host.name: must not be blank");

    library = Documents.library();
    ((ObjectNode) library.withArray("stepRecords").get(0)).put("evidence", "  ");
    assertProblem(library, "$.stepRecords[0].evidence: must not be blank when present");
  }

  @Test
  void should_reject_a_repeated_code_of_a_set_KCS_S1B_EQUIPMENT() {
    ObjectNode library = Documents.library();
    ((ArrayNode) library.get("host").get("equipment")).add("CHAIRS");

    assertProblem(library, "$.host.equipment[7]: repeats CHAIRS");
  }

  @Test
  void should_reject_a_repeated_leader_without_showing_the_pseudonym_MA_GROUP() {
    ObjectNode library = Documents.library();
    ((ArrayNode) group(library, 0).get("leaders")).add("rw-01");

    assertProblem(library, "$.groups[0].leaders[1]: repeats an earlier value of the list");
  }

  @Test
  void should_reject_a_member_id_without_showing_it_MA_GROUP() {
    ObjectNode library = Documents.library();
    ((ObjectNode) group(library, 0).withArray("memberships").get(0)).put("member", "Anna Kowalska");

    assertProblem(
        library,
        "$.groups[0].memberships[0].member: must be 1 to 64 letters, digits or . _ : - starting with a"
            + " letter or digit, was a value of 13 characters (not shown: it may identify a person)");
  }

  @Test
  void should_reject_a_misspelt_field_rather_than_lose_it() {
    ObjectNode library = Documents.library();
    animator(library, 0).put("postFracton", "1/4");

    assertProblem(library, "$.animators[0].postFracton: is not a field of format 1.1 here");
  }

  @Test
  void should_name_the_document_it_expected() {
    ObjectNode library = Documents.library();
    library.put("document", "budgetScenario");

    assertProblem(library, "$.document: must be 'implementation', was 'budgetScenario'");
  }

  @Test
  void should_say_where_text_is_not_json_without_quoting_a_stray_word() {
    assertProblem(
        "{\"host\": }",
        "line 1, column 10: not JSON: unexpected character ('}' (code 125)): expected a value");
    // Jackson 2.19 and later point at the start of the stray word, not after it.
    assertProblem(
        "{\"host\": Anna}",
        "line 1, column 10: not JSON: a word that is not a JSON value (strings need double quotes)");
    assertProblem(
        "{\"stage\": 1, \"stage\": 2}",
        "line 1, column 21: not JSON: the field 'stage' appears twice");
    assertProblem("", "line 1, column 1: not JSON: the text is empty");
    assertProblem(
        "{} {}",
        "line 1, column 4: not JSON: more text after the document (a document is one JSON object)");
    assertProblem("[1]", "$: must be an object, was a list");
  }

  @Test
  void should_name_the_path_in_other_documents_too_KCS_COST_ANIMATOR() {
    ObjectNode budget =
        Documents.tree(
            "{\"document\": \"budgetScenario\", \"formatVersion\": \"1.0\", \"name\": \"Dom kultury\","
                + " \"plan\": {\"months\": 12, \"animators\": [{\"postFraction\": \"1/4\"}], \"groups\": 3,"
                + " \"participants\": 30, \"partnerContributions\": [{\"partner\": \"ops\", \"kind\": \"MONEY\","
                + " \"covers\": \"EVENTS\", \"amount\": {\"currency\": \"PLN\", \"amount\": \"12,50\"}}]}}");
    assertThatThrownBy(() -> JSON.fromJsonTree(budget, Scenario.class))
        .isInstanceOf(KcsJsonException.class)
        .hasMessage(
            "$.plan.partnerContributions[0].amount.amount: must be a decimal number like \"9.76\"; the value is not repeated");

    ((ObjectNode) budget.get("plan").get("partnerContributions").get(0).get("amount"))
        .put("amount", "12.50")
        .put("currency", "ZŁ");
    assertThatThrownBy(() -> JSON.fromJsonTree(budget, Scenario.class))
        .hasMessage(
            "$.plan.partnerContributions[0].amount.currency: must be an ISO 4217 code such as PLN; the value is not repeated");

    ((ObjectNode) budget.get("plan").get("partnerContributions").get(0).get("amount"))
        .put("currency", "PLN");
    ((ObjectNode) budget.get("plan")).put("participants", 2);
    assertThatThrownBy(() -> JSON.fromJsonTree(budget, Scenario.class))
        .hasMessage("$.plan.participants: must be at least the number of groups 3, was 2");
  }

  @Test
  void should_name_the_parameter_of_a_scenario() {
    assertThatThrownBy(
            () ->
                JSON.fromJson(
                    "{\"document\": \"scenarioParameters\", \"formatVersion\": \"1.0\", \"newGroupProbability\": 1.5}",
                    ScenarioParameters.class))
        .hasMessage("$.newGroupProbability: must be a probability in [0, 1], was 1.5");
  }

  @Test
  void should_keep_the_failed_check_as_the_cause_for_a_developer() {
    ObjectNode library = Documents.library();
    group(library, 0).put("participantCount", 0);

    assertThatThrownBy(() -> read(library))
        .isInstanceOfSatisfying(
            KcsJsonException.class,
            e -> {
              assertThat(e.location()).isEqualTo("$.groups[0].participantCount");
              assertThat(e.problem()).isEqualTo("must be positive, was 0");
              assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
            });
  }

  private static ObjectNode animator(ObjectNode library, int index) {
    return (ObjectNode) library.withArray("animators").get(index);
  }

  private static ObjectNode group(ObjectNode library, int index) {
    return (ObjectNode) library.withArray("groups").get(index);
  }

  private static KcsImplementation read(ObjectNode document) {
    return JSON.fromJson(document.toString(), KcsImplementation.class);
  }

  private static void assertProblem(ObjectNode document, String message) {
    assertProblem(document.toString(), message);
  }

  private static void assertProblem(String json, String message) {
    assertThatThrownBy(() -> JSON.fromJson(json, KcsImplementation.class))
        .isInstanceOf(KcsJsonException.class)
        .hasMessage(message)
        .hasMessageNotContaining("\n");
  }
}
