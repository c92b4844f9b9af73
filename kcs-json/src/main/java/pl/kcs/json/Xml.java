package pl.kcs.json;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML (DOM, {@code javax.xml.validation}): parsing without DTDs or external entities,
 * validation against the shipped XSD with the path of the offending element, and writing with a
 * two-space indent.
 */
final class Xml {

  /**
   * Elements whose values may identify a person: a member's pseudonym, free-text evidence. A
   * message about them never quotes the value.
   */
  private static final java.util.Set<String> PRIVATE =
      java.util.Set.of("member", "memberId", "evidence", "respondent");

  /** Where the validator says which element it is at (Xerces, in the JDK). */
  private static final String CURRENT_ELEMENT =
      "http://apache.org/xml/properties/dom/current-element-node";

  private Xml() {}

  /** A new empty document. */
  static Document newDocument() {
    try {
      return builderFactory().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  /** Parses {@code xml}; a document that is not well-formed XML fails with its line and column. */
  static Document parse(String xml, ReadLimits limits) {
    try {
      DocumentBuilderFactory factory = builderFactory();
      // The JDK's own bound on nesting (0, no bound, unless set): a deep document fails while
      // parsed.
      factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(limits.maxDepth()));
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(THROWING);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new KcsJsonException(
          "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
          "not well-formed XML: " + sanitize(e.getMessage(), true),
          e);
    } catch (SAXException e) {
      throw new KcsJsonException(
          "line 1, column 1", "not well-formed XML: " + sanitize(e.getMessage(), true), e);
    } catch (IOException | ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser failed", e);
    }
  }

  /** Loads the schema at {@code resource}, a resource of kcs-json. */
  static Schema schema(String resource) {
    URL url =
        Objects.requireNonNull(
            Xml.class.getResource(resource), resource + " is missing from kcs-json");
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(url);
    } catch (SAXException e) {
      throw new IllegalStateException("the schema " + resource + " is not valid XSD", e);
    }
  }

  /**
   * Validates {@code document} against {@code schema}; the first error fails with the path of the
   * element it concerns. Values are left out of the message: a rejected value may be a pseudonym.
   */
  static void validate(Document document, Schema schema) {
    Validator validator = schema.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK's XML validator cannot be secured", e);
    }
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException exception) {}

          @Override
          public void error(SAXParseException exception) {
            throw invalid(validator, document, exception);
          }

          @Override
          public void fatalError(SAXParseException exception) {
            throw invalid(validator, document, exception);
          }
        });
    try {
      validator.validate(new DOMSource(document));
    } catch (SAXException | IOException e) {
      throw new KcsJsonException(
          pathOf(document.getDocumentElement()),
          "invalid against the XSD: " + sanitize(e.getMessage(), true),
          e);
    }
  }

  /** {@code document} as indented UTF-8 text with an XML declaration. */
  static String serialize(Document document) {
    try {
      document.setXmlStandalone(true);
      Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter text = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(text));
      // The JDK puts the root element on the declaration's line when the document is standalone.
      return text.toString()
          .replace("\r\n", "\n")
          .replaceFirst("^(<\\?xml[^>]*\\?>)(?!\n)", "$1\n");
    } catch (TransformerException e) {
      throw new IllegalStateException("the JDK's XML writer failed", e);
    }
  }

  /**
   * The path of {@code element}: {@code /implementation/animators/animator[2]}, with a position
   * where siblings share the element's name (as {@link XmlTree} writes paths).
   */
  static String pathOf(Node node) {
    StringBuilder path = new StringBuilder();
    for (Node current = node; current instanceof Element; current = current.getParentNode()) {
      Element element = (Element) current;
      path.insert(0, "/" + element.getLocalName() + position(element));
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  static String position(Element element) {
    Node parent = element.getParentNode();
    if (!(parent instanceof Element)) {
      return "";
    }
    int index = 0;
    int same = 0;
    for (Node sibling = parent.getFirstChild();
        sibling != null;
        sibling = sibling.getNextSibling()) {
      if (sibling instanceof Element && element.getLocalName().equals(sibling.getLocalName())) {
        same++;
        if (sibling == element) {
          index = same;
        }
      }
    }
    return same > 1 ? "[" + index + "]" : "";
  }

  private static KcsJsonException invalid(
      Validator validator, Document document, SAXParseException e) {
    Node at;
    try {
      at = (Node) validator.getProperty(CURRENT_ELEMENT);
    } catch (SAXException | ClassCastException unsupported) {
      at = null;
    }
    String where = at != null ? pathOf(at) : pathOf(document.getDocumentElement());
    boolean hideValues = at == null || PRIVATE.contains(at.getLocalName());
    return new KcsJsonException(
        where, "invalid against the XSD: " + sanitize(e.getMessage(), hideValues), e);
  }

  /**
   * The parser's message without its error code and namespace noise and, where {@code hideValues}
   * (a rejected value may be a member's pseudonym), without the values it quotes.
   */
  static String sanitize(@Nullable String message, boolean hideValues) {
    if (message == null) {
      return "no details";
    }
    String text =
        message
            .replaceAll("^cvc-[A-Za-z0-9.-]+: ", "")
            .replaceAll("\"[^\"]*\":", "")
            .replaceAll("'\\{([^}]*)}'", "'$1'")
            .replace('\n', ' ')
            .strip();
    // A value of the document is shown only when it is a code or a number, and never for an
    // element that holds a pseudonym or free text (hideValues); what the schema says (patterns,
    // enumerations, types) is shown as it is.
    text = replaceQuoted(text, "([Vv]alue )'([^']*)'", hideValues, "value");
    text = replaceQuoted(text, "^()'([^']*)'(?= is not a valid value)", hideValues, "the value");
    text = replaceQuoted(text, "([Ee]lement )'([^']*)'", false, "an element");
    text = replaceQuoted(text, "([Aa]ttribute )'([^']*)'", false, "an attribute");
    // The parser's own messages quote names and entities in double quotes.
    java.util.regex.Matcher names = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(text);
    StringBuilder shown = new StringBuilder();
    while (names.find()) {
      boolean name = names.group(1).matches("[A-Za-z0-9_.:/<>#?=-]{1,100}");
      names.appendReplacement(
          shown,
          java.util.regex.Matcher.quoteReplacement(name ? names.group() : "(a name not repeated)"));
    }
    names.appendTail(shown);
    text = shown.toString();
    return text;
  }

  private static String replaceQuoted(String text, String regex, boolean hide, String replacement) {
    java.util.regex.Matcher quoted = java.util.regex.Pattern.compile(regex).matcher(text);
    StringBuilder shown = new StringBuilder();
    while (quoted.find()) {
      String inside = quoted.group(2);
      boolean safe =
          !hide
              && (pl.kcs.core.Checks.isCode(inside.replace('-', '_').replace('.', '_'))
                  || pl.kcs.core.Checks.rejected(inside).startsWith(", was"));
      String value = safe ? quoted.group() : replacement;
      quoted.appendReplacement(shown, java.util.regex.Matcher.quoteReplacement(value));
    }
    quoted.appendTail(shown);
    return shown.toString();
  }

  private static DocumentBuilderFactory builderFactory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be secured", e);
    }
    return factory;
  }

  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
          throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
          throw exception;
        }
      };
}
