package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import pl.kcs.core.host.InstitutionCapability;
import pl.kcs.core.host.InstitutionOffer;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The institution's offer in the implementation document, format 1.1 (KCS-S3, KCS-M1 … KCS-M4):
 * it comes back from JSON and XML, a document without an offer stays distinguishable from one
 * with an empty offer, a 1.0 document still reads (as one without an offer), and a bad offer
 * fails at its field.
 */
class ImplementationOfferTest {

  private static final KcsJson JSON = KcsJson.standard();
  private static final InstitutionOffer MODEL_3_OFFER =
      InstitutionOffer.of(
          12,
          InstitutionCapability.CULTURAL_PROGRAMME,
          InstitutionCapability.ART_THERAPY_EXTERNAL_INSTRUCTORS);

  @Test
  void should_bring_back_the_offer_of_an_implementation_from_json_KCS_S3() {
    KcsImplementation library = library().withOffer(MODEL_3_OFFER);

    String json = JSON.toJson(library);

    assertThat(json)
        .contains(
            "  \"offer\": {\n    \"freeHoursPerWeek\": 12,\n    \"capabilities\": [\n      \"CULTURAL_PROGRAMME\",\n"
                + "      \"ART_THERAPY_EXTERNAL_INSTRUCTORS\"\n    ]\n  }\n}");
    assertThat(JSON.fromJson(json, KcsImplementation.class)).isEqualTo(library);
  }

  @Test
  void should_bring_back_the_offer_of_an_implementation_from_xml_KCS_S3() {
    KcsImplementation library = library().withOffer(MODEL_3_OFFER);

    String xml = JSON.toXml(library);

    assertThat(xml)
        .contains(
            "<offer>\n    <freeHoursPerWeek>12</freeHoursPerWeek>\n    <capabilities>\n"
                + "      <capability>CULTURAL_PROGRAMME</capability>\n"
                + "      <capability>ART_THERAPY_EXTERNAL_INSTRUCTORS</capability>\n    </capabilities>\n  </offer>");
    assertThat(JSON.implementationFromXml(xml)).isEqualTo(library);
  }

  @Test
  void should_keep_a_document_without_an_offer_apart_from_one_with_an_empty_offer() {
    KcsImplementation undeclared = library();
    KcsImplementation offersNothing = library().withOffer(InstitutionOffer.builder().build());

    String undeclaredJson = JSON.toJson(undeclared);
    String nothingJson = JSON.toJson(offersNothing);

    assertThat(undeclaredJson).doesNotContain("\"offer\"");
    assertThat(nothingJson)
        .contains("\"offer\": {\n    \"freeHoursPerWeek\": 0,\n    \"capabilities\": []\n  }");
    assertThat(JSON.fromJson(undeclaredJson, KcsImplementation.class).offer()).isEmpty();
    assertThat(JSON.fromJson(nothingJson, KcsImplementation.class).offer())
        .contains(InstitutionOffer.builder().build());
    assertThat(JSON.implementationFromXml(JSON.toXml(undeclared)).offer()).isEmpty();
    assertThat(JSON.implementationFromXml(JSON.toXml(offersNothing)).offer())
        .contains(InstitutionOffer.builder().build());
  }

  @Test
  void should_read_an_offer_whose_fields_are_left_out_as_an_empty_offer() {
    ObjectNode document = Documents.library();
    document.putObject("offer");

    assertThat(read(document).offer()).contains(InstitutionOffer.builder().build());
  }

  @Test
  void should_read_a_document_of_format_1_0_as_one_without_an_offer() {
    ObjectNode document = Documents.library();
    assertThat(document.get("formatVersion").asText()).isEqualTo("1.0");

    assertThat(read(document).offer()).isEmpty();
    assertThat(JSON.implementationFromXml(Documents.libraryXml()).offer()).isEmpty();
  }

  @Test
  void should_write_format_1_1_the_version_that_added_the_offer() {
    assertThat(KcsJson.FORMAT_VERSION).isEqualTo("1.1");
    assertThat(JSON.toJson(library())).contains("\"formatVersion\": \"1.1\"");
    assertThat(JSON.toXml(library())).contains("formatVersion=\"1.1\"");
  }

  @Test
  void should_refuse_more_free_hours_than_a_week_has_KCS_M1() {
    ObjectNode document = Documents.library();
    document.putObject("offer").put("freeHoursPerWeek", 169);

    assertProblem(document, "$.offer.freeHoursPerWeek: must be at most 168, was 169");
  }

  @Test
  void should_refuse_negative_and_fractional_free_hours_KCS_M1() {
    ObjectNode document = Documents.library();
    document.putObject("offer").put("freeHoursPerWeek", -1);
    assertProblem(document, "$.offer.freeHoursPerWeek: must not be negative, was -1");

    document.putObject("offer").put("freeHoursPerWeek", 2.5);
    assertProblem(document, "$.offer.freeHoursPerWeek: must be a whole number, was 2.5");
  }

  @Test
  void should_refuse_an_unknown_or_repeated_capability_KCS_M3() {
    ObjectNode document = Documents.library();
    document.putObject("offer").putArray("capabilities").add("TRAINING").add("KAWIARENKA");
    assertProblem(
        document,
        "$.offer.capabilities[1]: must be one of NIGHT_WATCHMAN, TRAINING, ANIMATION, CULTURAL_PROGRAMME,"
            + " ART_THERAPY_OWN_INSTRUCTORS, ART_THERAPY_EXTERNAL_INSTRUCTORS, OUTINGS_AND_GROUP_TICKETS,"
            + " PUBLIC_EVENTS, was 'KAWIARENKA'");

    document.putObject("offer").putArray("capabilities").add("TRAINING").add("TRAINING");
    assertProblem(document, "$.offer.capabilities[1]: repeats TRAINING");
  }

  @Test
  void should_refuse_an_offer_that_is_not_an_object_or_has_a_misspelt_field() {
    ObjectNode document = Documents.library();
    document.put("offer", "12 hours");
    assertProblem(document, "$.offer: must be an object, was a string");

    document.putObject("offer").put("freeHoursPerWek", 12);
    assertProblem(document, "$.offer.freeHoursPerWek: is not a field of format 1.1 here");
  }

  @Test
  void should_refuse_a_bad_offer_in_xml_at_its_element() {
    String xml = JSON.toXml(library().withOffer(MODEL_3_OFFER));

    assertXmlProblem(
        xml.replace(
            "<freeHoursPerWeek>12</freeHoursPerWeek>", "<freeHoursPerWeek>169</freeHoursPerWeek>"),
        "/implementation/offer/freeHoursPerWeek: invalid against the XSD: Value '169' is not facet-valid with"
            + " respect to maxInclusive '168' for type '#AnonType_freeHoursPerWeekInstitutionOffer'.");
    assertXmlProblem(
        xml.replace(
            "<capability>CULTURAL_PROGRAMME</capability>", "<capability>KAWIARENKA</capability>"),
        "/implementation/offer/capabilities/capability[1]: invalid against the XSD: Value 'KAWIARENKA' is not"
            + " facet-valid with respect to enumeration '[NIGHT_WATCHMAN, TRAINING, ANIMATION, CULTURAL_PROGRAMME,"
            + " ART_THERAPY_OWN_INSTRUCTORS, ART_THERAPY_EXTERNAL_INSTRUCTORS, OUTINGS_AND_GROUP_TICKETS,"
            + " PUBLIC_EVENTS]'. It must be a value from the enumeration.");
    assertXmlProblem(
        xml.replace(
            "<capability>ART_THERAPY_EXTERNAL_INSTRUCTORS</capability>",
            "<capability>CULTURAL_PROGRAMME</capability>"),
        "/implementation/offer/capabilities/capability[2]: repeats CULTURAL_PROGRAMME");
  }

  @Test
  void should_place_the_offer_last_in_xml_as_the_xsd_orders_it() {
    String xml = JSON.toXml(library().withOffer(MODEL_3_OFFER));
    String offerFirst =
        xml.replaceFirst("(?s)\\s*<offer>.*</offer>", "")
            .replaceFirst("<host>", "<offer><freeHoursPerWeek>1</freeHoursPerWeek></offer><host>");

    assertThatThrownBy(() -> JSON.implementationFromXml(offerFirst))
        .isInstanceOf(KcsJsonException.class)
        .hasMessageStartingWith("/implementation/offer: invalid against the XSD: ");
  }

  private static KcsImplementation library() {
    return JSON.fromJson(Documents.libraryJson(), KcsImplementation.class);
  }

  private static KcsImplementation read(ObjectNode document) {
    return JSON.fromJsonTree(document, KcsImplementation.class);
  }

  private static void assertProblem(ObjectNode document, String message) {
    assertThatThrownBy(() -> read(document))
        .isInstanceOf(KcsJsonException.class)
        .hasMessage(message)
        .hasMessageNotContaining("\n");
  }

  private static void assertXmlProblem(String xml, String message) {
    assertThatThrownBy(() -> JSON.implementationFromXml(xml))
        .isInstanceOf(KcsJsonException.class)
        .hasMessage(message)
        .hasMessageNotContaining("\n");
  }
}
