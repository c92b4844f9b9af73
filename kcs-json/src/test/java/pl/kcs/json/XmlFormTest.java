package pl.kcs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.stage.KcsImplementation;

/**
 * The XML form of the implementation document: written by the JSON form's mapping, valid against
 * the shipped XSD, read back equal; bad XML fails with the path of the element and never quotes a
 * rejected pseudonym; the XSD's codes are exactly the Java enums' constants.
 */
class XmlFormTest {

  private static final KcsJson JSON = KcsJson.standard();

  @Test
  void should_write_the_same_document_as_the_json_form_in_xml() {
    KcsImplementation library = JSON.fromJson(Documents.libraryJson(), KcsImplementation.class);

    String xml = JSON.toXml(library);

    // The test document is of format 1.0; this kcs writes 1.1, which only added the optional offer.
    assertThat(xml)
        .isEqualTo(
            Documents.libraryXml().replace("formatVersion=\"1.0\"", "formatVersion=\"1.1\""));
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<implementation formatVersion=\"1.1\" xmlns=\"urn:pl:kcs:implementation:1\">\n  <host>\n    <name>Miejska Biblioteka Publiczna</name>\n    <kind>LIBRARY</kind>\n")
        .contains("      <postFraction>1/4</postFraction>\n")
        .contains("      <memberships>\n        <membership>\n          <member>rw-01</member>\n");
    XmlAssertions.assertValid(xml);
    assertThat(JSON.implementationFromXml(xml)).isEqualTo(library);
  }

  @Test
  void should_write_what_every_fixture_of_kcs_core_needs_validly() {
    for (KcsImplementation implementation :
        List.of(
            Fixtures.aLibraryStartingStageOne(),
            Fixtures.aLibraryReadyForStageTwo(),
            Fixtures.aLibraryReadyForStageThree())) {
      String xml = JSON.toXml(implementation);
      XmlAssertions.assertValid(xml);
      assertThat(JSON.implementationFromXml(xml)).isEqualTo(implementation);
    }
  }

  @Test
  void should_reject_xml_that_is_not_well_formed_with_its_line_and_column() {
    assertProblem(
        Documents.libraryXml().replace("</stage>", "</stag>"),
        "line 29, column 24: not well-formed XML: The element type \"stage\" must be terminated by the matching end-tag \"</stage>\".");
  }

  @Test
  void should_reject_a_doctype_so_that_no_external_entity_is_ever_read() {
    assertProblem(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<implementation xmlns=\"urn:pl:kcs:implementation:1\" formatVersion=\"1.0\">&e;</implementation>",
        "line 1, column 31: not well-formed XML: DOCTYPE is disallowed when the feature"
            + " \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.");
  }

  @Test
  void should_check_the_root_its_namespace_and_the_format_version() {
    String xml = Documents.libraryXml();
    assertProblem(
        xml.replace(" xmlns=\"urn:pl:kcs:implementation:1\"", ""),
        "/implementation: must be in the namespace urn:pl:kcs:implementation:1 (format 1.x), was no namespace");
    assertProblem(
        xml.replace("formatVersion=\"1.0\"", "formatVersion=\"2.0\""),
        "/implementation/@formatVersion: must be 1.x, was 2.0: this kcs reads format 1.1; a newer kcs is needed");
    assertProblem(
        xml.replace(" formatVersion=\"1.0\"", ""), "/implementation/@formatVersion: is required");
    assertProblem(
        "<?xml version=\"1.0\"?><budget xmlns=\"urn:pl:kcs:implementation:1\" formatVersion=\"1.0\"/>",
        "/budget: the root element must be 'implementation', was 'budget'");
  }

  @Test
  void should_validate_against_the_xsd_and_name_the_element_KCS_HOST() {
    String xml = Documents.libraryXml();
    assertProblem(
        xml.replace("<kind>LIBRARY</kind>", "<kind>BIBLIOTEKA</kind>"),
        "/implementation/host/kind: invalid against the XSD: Value 'BIBLIOTEKA' is not facet-valid with respect"
            + " to enumeration '[CULTURE_HOUSE, LIBRARY, LOCAL_ACTIVITY_CENTRE, EXISTING_SELF_HELP_GROUP,"
            + " SOCIAL_ASSISTANCE_CENTRE]'. It must be a value from the enumeration.");
    assertProblem(
        xml.replace("</host>", "<extra>1</extra></host>"),
        "/implementation/host/extra: invalid against the XSD: Invalid content was found starting with element"
            + " 'extra'. No child element is expected at this point.");
    assertProblem(
        xml.replaceFirst(
            "<participantCount>6</participantCount>", "<participantCount>0</participantCount>"),
        "/implementation/groups/group[1]/participantCount: invalid against the XSD: Value '0' is not facet-valid"
            + " with respect to minInclusive '1' for type 'PositiveInt'.");
  }

  @Test
  void should_check_the_values_the_xsd_cannot_with_the_json_forms_messages_KCS_REM_FTE() {
    String xml = Documents.libraryXml();
    assertProblem(
        xml.replaceFirst("<postFraction>1/4</postFraction>", "<postFraction>3/2</postFraction>"),
        "/implementation/animators/animator[1]/postFraction: must be in (0, 1], was 3/2");
    assertProblem(
        xml.replaceFirst("<maturity>DEVELOPING</maturity>", "<maturity>RUNNING_ITSELF</maturity>"),
        "/implementation/groups/group[1]/meetsWithoutAnimatorSince: must be set for a group with maturity RUNNING_ITSELF");
  }

  @Test
  void should_never_quote_a_rejected_member_id_MA_GROUP() {
    assertProblem(
        Documents.libraryXml().replace("<member>rw-01</member>", "<member>Anna Kowalska</member>"),
        "/implementation/groups/group[1]/memberships/membership[1]/member: invalid against the XSD: value is not"
            + " facet-valid with respect to pattern '[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}' for type 'Identifier'.");
  }

  @Test
  void should_list_in_the_xsd_exactly_the_codes_of_each_java_enum() throws IOException {
    Map<String, List<String>> xsd = xsdEnumerations();
    Map<String, Class<?>> enums = new HashMap<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(getClass().getClassLoader()).getTopLevelClassesRecursive("pl.kcs.core")) {
      Class<?> type = info.load();
      if (type.isEnum()) {
        enums.put(type.getSimpleName(), type);
      }
    }

    assertThat(xsd).hasSize(35);
    xsd.forEach(
        (name, codes) -> {
          assertThat(enums).as("an enum of kcs-core named %s", name).containsKey(name);
          List<String> constants = new ArrayList<>();
          for (Object constant : enums.get(name).getEnumConstants()) {
            constants.add(((Enum<?>) constant).name());
          }
          assertThat(codes).as("the codes of %s", name).containsExactlyElementsOf(constants);
        });
  }

  private static Map<String, List<String>> xsdEnumerations() {
    try (InputStream in = KcsJson.class.getResourceAsStream(KcsJson.IMPLEMENTATION_XSD)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      Document schema = factory.newDocumentBuilder().parse(in);
      Map<String, List<String>> enumerations = new HashMap<>();
      NodeList types =
          schema.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "simpleType");
      for (int i = 0; i < types.getLength(); i++) {
        Element type = (Element) types.item(i);
        NodeList values =
            type.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "enumeration");
        if (values.getLength() > 0) {
          List<String> codes = new ArrayList<>();
          for (int j = 0; j < values.getLength(); j++) {
            codes.add(((Element) values.item(j)).getAttribute("value"));
          }
          enumerations.put(type.getAttribute("name"), codes);
        }
      }
      return enumerations;
    } catch (Exception e) {
      throw new AssertionError("cannot read the XSD", e);
    }
  }

  private static void assertProblem(String xml, String message) {
    assertThatThrownBy(() -> JSON.implementationFromXml(xml))
        .isInstanceOf(KcsJsonException.class)
        .hasMessage(message)
        .hasMessageNotContaining("\n");
  }
}
