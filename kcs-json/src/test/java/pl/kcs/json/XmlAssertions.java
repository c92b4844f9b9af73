package pl.kcs.json;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** Validates XML text against the shipped XSD with the JDK alone, independently of kcs-json's reader. */
final class XmlAssertions {

  private XmlAssertions() {}

  static void assertValid(String xml) {
    Validator validator = KcsJson.implementationSchema().newValidator();
    try {
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new AssertionError("not valid against the XSD: " + e.getMessage() + "\n" + xml, e);
    }
  }
}
