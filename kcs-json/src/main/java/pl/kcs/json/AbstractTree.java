package pl.kcs.json;

/**
 * What every {@link Tree} does the same way, JSON or XML: it knows its path, names a field's path
 * with its form's separator, and checks each list and string against the {@link ReadLimits}
 * before the mapping sees it.
 */
abstract class AbstractTree implements Tree {

  private final String path;
  private final String separator;
  final ReadLimits limits;

  AbstractTree(String path, String separator, ReadLimits limits) {
    this.path = path;
    this.separator = separator;
    this.limits = limits;
  }

  @Override
  public final String path() {
    return path;
  }

  @Override
  public final String pathOf(String name) {
    return path + separator + name;
  }

  /** {@code text}, once it is within the limits of a string. */
  final String limited(String text) {
    if (text.length() > limits.maxStringLength()) {
      throw error(
          "is "
              + text.length()
              + " characters long, more than the limit of "
              + limits.maxStringLength()
              + " characters of one string (ReadLimits.maxStringLength)");
    }
    return text;
  }

  /** Checks that a list of {@code size} items is within the limits. */
  final void checkItems(int size) {
    if (size > limits.maxListItems()) {
      throw error(
          "has "
              + size
              + " items, more than the limit of "
              + limits.maxListItems()
              + " items in one list (ReadLimits.maxListItems)");
    }
  }

  /** An error at this node. */
  final KcsJsonException error(String message) {
    return new KcsJsonException(path, message);
  }
}
