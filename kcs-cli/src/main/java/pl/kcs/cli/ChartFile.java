package pl.kcs.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import picocli.CommandLine;

/**
 * {@code --chart FILE.png} or {@code --chart FILE.svg}: one chart, or several drawn one above the
 * other, written by XChart — PNG by its {@code BitmapEncoder}, SVG by its {@code
 * VectorGraphicsEncoder} (VectorGraphics2D). The file's ending decides; any other is a usage error
 * that names the ending and nothing else of the path. Drawing is headless and deterministic: the
 * same charts give the same bytes on the same JVM and fonts.
 */
final class ChartFile {

  /** What the ending of the path asks for. */
  enum Kind {
    PNG,
    SVG
  }

  private final Path path;
  private final Kind kind;

  private ChartFile(Path path, Kind kind) {
    this.path = path;
    this.kind = kind;
  }

  /**
   * The chart file {@code --chart} names, or a usage error of {@code commandLine}: checked before
   * any work is done, so that a long simulation never ends in a chart that cannot be written.
   */
  static ChartFile of(String file, CommandLine commandLine) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ending = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    Kind kind;
    if (ending.equals("png")) {
      kind = Kind.PNG;
    } else if (ending.equals("svg")) {
      kind = Kind.SVG;
    } else {
      throw new CommandLine.ParameterException(
          commandLine,
          "--chart must name a .png or .svg file"
              + (ending.isEmpty()
                  ? ", the name has no ending"
                  : ending.length() <= 8 && ending.matches("[a-z0-9]+")
                      ? ", was ." + ending
                      : "; the ending is not repeated"));
    }
    try {
      return new ChartFile(Path.of(file), kind);
    } catch (InvalidPathException e) {
      throw new CommandLine.ParameterException(
          commandLine, "--chart must name a file; the path is not repeated");
    }
  }

  /** PNG or SVG. */
  Kind kind() {
    return kind;
  }

  /** Writes {@code charts}, one above the other, or exit 2 with one line that names no path. */
  void write(List<? extends Chart<?, ?>> charts) {
    System.setProperty("java.awt.headless", "true");
    byte[] bytes;
    try {
      bytes = kind == Kind.PNG ? png(charts) : svg(charts);
    } catch (IOException e) {
      throw new IllegalStateException("XChart could not encode the chart", e);
    }
    try (OutputStream out = Files.newOutputStream(path)) {
      out.write(bytes);
    } catch (NoSuchFileException e) {
      throw new BadInputException("--chart", "cannot write the chart: no such directory", e);
    } catch (AccessDeniedException e) {
      throw new BadInputException("--chart", "cannot write the chart: access denied", e);
    } catch (IOException e) {
      throw new BadInputException("--chart", "cannot write the chart", e);
    }
  }

  /** The charts as one PNG, one above the other. */
  static byte[] png(List<? extends Chart<?, ?>> charts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (charts.size() == 1) {
      BitmapEncoder.saveBitmap(charts.get(0), out, BitmapEncoder.BitmapFormat.PNG);
    } else {
      BitmapEncoder.saveBitmap(charts, charts.size(), 1, out, BitmapEncoder.BitmapFormat.PNG);
    }
    return out.toByteArray();
  }

  /**
   * The charts as one SVG document. XChart encodes one chart per document, so several become
   * nested {@code <svg>} elements of one, each below the one before. XChart draws every text as the
   * outlines of its glyphs, so the SVG has no text a reader could search or hear: each chart gets a
   * {@code <title>} (its title) and a {@code <desc>} (its axis titles, series and categories, one a
   * line), as SVG's accessibility guidelines ask. VectorGraphics2D names clip paths after object
   * identities, different in every run; they are renumbered in document order, so that the same
   * charts give the same bytes.
   */
  static byte[] svg(List<? extends Chart<?, ?>> charts) throws IOException {
    try {
      DocumentBuilder parser = parser();
      Document whole = parser.newDocument();
      Element root = whole.createElementNS(SVG, "svg");
      whole.appendChild(root);
      int width = 0;
      int y = 0;
      for (int i = 0; i < charts.size(); i++) {
        Chart<?, ?> chart = charts.get(i);
        Document one = parser.parse(new ByteArrayInputStream(svg(chart)));
        Element part = (Element) whole.importNode(one.getDocumentElement(), true);
        renumberIds(part, "c" + (i + 1) + "-");
        describe(whole, part, chart);
        if (charts.size() == 1) {
          whole.replaceChild(part, root);
          root = part;
        } else {
          part.setAttribute("x", "0");
          part.setAttribute("y", Integer.toString(y));
          root.appendChild(part);
        }
        width = Math.max(width, chart.getWidth());
        y += chart.getHeight();
      }
      root.setAttribute("width", Integer.toString(width));
      root.setAttribute("height", Integer.toString(y));
      root.setAttribute("viewBox", "0 0 " + width + " " + y);
      root.setAttribute("role", "img");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(whole), new StreamResult(out));
      return out.toByteArray();
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IOException("cannot read back XChart's SVG", e);
    }
  }

  /** Gives {@code svg} a title and a description of {@code chart}: the words XChart drew as shapes. */
  private static void describe(Document document, Element svg, Chart<?, ?> chart) {
    StringBuilder description = new StringBuilder();
    line(description, chart.getXAxisTitle());
    line(description, chart.getYAxisTitle());
    Set<String> categories = new LinkedHashSet<>();
    for (Map.Entry<String, ?> series : chart.getSeriesMap().entrySet()) {
      line(description, series.getKey());
      if (series.getValue() instanceof CategorySeries category) {
        for (Object x : category.getXData()) {
          categories.add(String.valueOf(x));
        }
      }
    }
    categories.forEach(category -> line(description, category));
    Element title = document.createElementNS(SVG, "title");
    title.setTextContent(chart.getTitle());
    Element desc = document.createElementNS(SVG, "desc");
    desc.setTextContent(description.toString());
    svg.insertBefore(desc, svg.getFirstChild());
    svg.insertBefore(title, desc);
  }

  private static void line(StringBuilder text, String line) {
    if (line != null && !line.isBlank()) {
      text.append(line.strip()).append('\n');
    }
  }

  /** Renumbers every {@code id} under {@code element} in document order, and the references to it. */
  private static void renumberIds(Element element, String prefix) {
    Map<String, String> ids = new LinkedHashMap<>();
    NodeList all = element.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("id")) {
        String id = prefix + "clip" + (ids.size() + 1);
        ids.put(e.getAttribute("id"), id);
        e.setAttribute("id", id);
      }
    }
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Node attribute = attributes.item(a);
        String value = attribute.getNodeValue();
        int hash = value.indexOf('#');
        if (hash >= 0) {
          int end = hash + 1;
          while (end < value.length() && Character.isLetterOrDigit(value.charAt(end))) {
            end++;
          }
          String renamed = ids.get(value.substring(hash + 1, end));
          if (renamed != null) {
            attribute.setNodeValue(value.substring(0, hash + 1) + renamed + value.substring(end));
          }
        }
      }
    }
  }

  private static final String SVG = "http://www.w3.org/2000/svg";

  private static byte[] svg(Chart<?, ?> chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(
        chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return out.toByteArray();
  }

  /** A namespace-aware parser of XChart's own output that never fetches a DTD. */
  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }
}
