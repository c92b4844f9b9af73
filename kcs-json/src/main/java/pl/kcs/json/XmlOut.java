package pl.kcs.json;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.kcs.core.Language;

/** Writes into a DOM {@link Element}: a field is a child element, a list a wrapper of item elements. */
final class XmlOut extends Out {

  private final Element element;

  XmlOut(Element element, Language language) {
    super(language);
    this.element = element;
  }

  @Override
  void string(String name, String value) {
    child(element, name).setTextContent(value);
  }

  @Override
  void integer(String name, long value) {
    string(name, Long.toString(value));
  }

  @Override
  void number(String name, double value) {
    string(name, Double.toString(value));
  }

  @Override
  void bool(String name, boolean value) {
    string(name, Boolean.toString(value));
  }

  @Override
  Out object(String name) {
    return new XmlOut(child(element, name), language());
  }

  @Override
  Items list(String name, String item) {
    Element wrapper = child(element, name);
    return new Items() {
      @Override
      Out object() {
        return new XmlOut(child(wrapper, item), language());
      }

      @Override
      void string(String value) {
        child(wrapper, item).setTextContent(value);
      }

      @Override
      void integer(long value) {
        string(Long.toString(value));
      }
    };
  }

  private static Element child(Element parent, String name) {
    Document document = parent.getOwnerDocument();
    Element child = document.createElementNS(parent.getNamespaceURI(), name);
    parent.appendChild(child);
    return child;
  }
}
