package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * Member and respondent ids are pseudonyms, but a rejected one may be a real name: no message of
 * kcs-json ever repeats it, in JSON or in XML, whatever is wrong with it (MA-GROUP,
 * KCS-EFF-LONELINESS). Free-text evidence is not repeated either.
 */
class PrivacyTest {

  private static final KcsJson JSON = KcsJson.standard();

  /** What a careless export might put where a pseudonym belongs: a name, an e-mail, a PESEL-like number with a space. */
  private static Gen<String> personalValues() {
    Gen<String> name = CoreGenerators.names().filter(n -> n.contains(" "));
    Gen<String> email = Gens.strings("abcdefghijklmnop", 3, 10).map(s -> s + "@example.org");
    Gen<String> tooLong = Gens.strings("abcdefghij", 65, 90);
    Gen<String> pesel = Gens.strings("0123456789", 6, 6).map(s -> s + " " + s);
    return Gens.frequencyOneOf(name, email, tooLong, pesel);
  }

  @Test
  void should_never_repeat_a_rejected_member_id_in_json() {
    Property.check()
        .forAll(
            personalValues(),
            value -> {
              ObjectNode library = Documents.library();
              ((ObjectNode) library.withArray("groups").get(1).withArray("memberships").get(2))
                  .put("member", value);
              assertNotShown(library.toString(), value);
              library = Documents.library();
              ((ArrayNode) library.withArray("groups").get(0).withArray("leaders")).add(value);
              assertNotShown(library.toString(), value);
            });
  }

  @Test
  void should_never_repeat_a_rejected_member_id_in_xml() {
    Property.check()
        .trials(100)
        .forAll(
            personalValues().filter(v -> !v.contains("<") && !v.contains("&")),
            value -> {
              String xml =
                  Documents.libraryXml()
                      .replace("<member>rw-02</member>", "<member>" + value + "</member>");
              KcsJsonException e =
                  catchThrowableOfType(
                      KcsJsonException.class, () -> JSON.implementationFromXml(xml));
              assertThat(e).isNotNull();
              assertThat(e.getMessage()).doesNotContain(value);
            });
  }

  @Test
  void should_never_repeat_a_rejected_respondent_id() {
    Property.check()
        .forAll(
            personalValues(),
            value -> {
              String survey =
                  "{\"document\": \"evaluationSurvey\", \"formatVersion\": \"1.0\", \"responses\": [{\"respondent\": \""
                      + value.replace("\"", "")
                      + "\", \"group\": \"g1\", \"wave\": \"BASELINE\", \"answeredOn\": \"2024-03-04\","
                      + " \"confidence\": \"RATHER_NOT\"}]}";
              KcsJsonException e =
                  catchThrowableOfType(
                      KcsJsonException.class,
                      () -> JSON.fromJson(survey, pl.kcs.evaluation.EvaluationSurvey.class));
              assertThat(e).isNotNull();
              assertThat(e.getMessage()).doesNotContain(value.replace("\"", ""));
            });
  }

  @Test
  void should_not_repeat_a_member_id_put_where_a_number_or_a_date_belongs() {
    String value = "Anna Kowalska";
    ObjectNode library = Documents.library();
    ((ObjectNode) library.withArray("groups").get(0)).put("participantCount", value);
    assertNotShown(library.toString(), value);
  }

  @Test
  void should_not_repeat_an_unquoted_word_of_broken_json() {
    assertNotShown("{\"document\": \"implementation\", \"member\": Anna Kowalska}", "Anna");
  }

  @Test
  void should_write_pseudonyms_as_data_but_never_into_a_to_string() {
    KcsImplementation library = JSON.fromJson(Documents.libraryJson(), KcsImplementation.class);

    assertThat(JSON.toJson(library)).contains("\"member\": \"rw-01\"");
    assertThat(library.toString()).doesNotContain("rw-01");
  }

  private static void assertNotShown(String json, String value) {
    KcsJsonException e =
        catchThrowableOfType(
            KcsJsonException.class, () -> JSON.fromJson(json, KcsImplementation.class));
    assertThat(e).as("a rejection").isNotNull();
    assertThat(e.getMessage()).doesNotContain(value);
  }
}
