package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An XML element being read; paths are XPath-like ({@code /implementation/animators/animator[2]}).
 * A field is a child element, a list is an element whose child elements are its items, a value is
 * an element's text.
 */
final class XmlTree extends AbstractTree {

  private final Element element;

  XmlTree(Element element, String path, ReadLimits limits) {
    super(path, "/", limits);
    this.element = element;
  }

  @Override
  public Optional<Tree> field(String name) {
    Element found = null;
    for (Element child : children()) {
      if (name.equals(child.getLocalName())) {
        if (found != null) {
          throw new KcsJsonException(pathOf(name), "must appear once, appears twice");
        }
        found = child;
      }
    }
    return found == null ? Optional.empty() : Optional.of(new XmlTree(found, pathOf(name), limits));
  }

  @Override
  public List<String> fieldNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Element child : children()) {
      names.add(child.getLocalName());
    }
    return ImmutableList.copyOf(names);
  }

  @Override
  public List<Tree> items() {
    List<Element> children = children();
    checkItems(children.size());
    // Positions in one pass: asking each child for its position would cost n² on a long list.
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (Element child : children) {
      counts.merge(child.getLocalName(), 1, Integer::sum);
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    ImmutableList.Builder<Tree> items = ImmutableList.builderWithExpectedSize(children.size());
    for (Element child : children) {
      String name = child.getLocalName();
      int position = seen.merge(name, 1, Integer::sum);
      String at = counts.getOrDefault(name, 0) > 1 ? "[" + position + "]" : "";
      items.add(new XmlTree(child, pathOf(name) + at, limits));
    }
    return items.build();
  }

  @Override
  public String string() {
    if (!children().isEmpty()) {
      throw error("must be text, was an element with elements inside");
    }
    return limited(element.getTextContent());
  }

  @Override
  public String numeral() {
    return string();
  }

  @Override
  public String stringOrNumeral() {
    return string();
  }

  @Override
  public boolean bool() {
    String text = string();
    switch (text) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw error("must be true or false" + pl.kcs.core.Checks.rejected(text));
    }
  }

  @Override
  public boolean isXml() {
    return true;
  }

  private List<Element> children() {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        children.add((Element) child);
      }
    }
    return children;
  }
}
