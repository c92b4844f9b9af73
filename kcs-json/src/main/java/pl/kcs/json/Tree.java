package pl.kcs.json;

import java.util.List;
import java.util.Optional;

/**
 * One node of a document being read, JSON or XML, with its path: what {@link In} reads through,
 * so that one mapping reads both forms. JSON is typed (a number must be a number); in XML every
 * value is text, parsed by {@link In}.
 */
interface Tree {

  /** The node's path, e.g. {@code $.animators[1]} or {@code /implementation/animators/animator[2]}. */
  String path();

  /** The path of the field {@code name} of this node, for a field that is missing. */
  String pathOf(String name);

  /** The field {@code name} of this object; empty when absent (or JSON {@code null}). */
  Optional<Tree> field(String name);

  /** The names of this object's fields, in document order. */
  List<String> fieldNames();

  /** The items of this list. */
  List<Tree> items();

  /** A string value. */
  String string();

  /** A number's exact decimal text (JSON) or the text (XML). */
  String numeral();

  /** A string or a number's exact decimal text (JSON), or the text (XML). */
  String stringOrNumeral();

  /** A boolean. */
  boolean bool();

  /** Whether this tree comes from XML, where values are text. */
  boolean isXml();
}
