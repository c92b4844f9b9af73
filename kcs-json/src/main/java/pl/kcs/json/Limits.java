package pl.kcs.json;

/** The checks of {@link ReadLimits} where a reader meets a list or a string. */
final class Limits {

  private Limits() {}

  static void checkListItems(String path, int items, ReadLimits limits) {
    if (items > limits.maxListItems()) {
      throw new KcsJsonException(
          path,
          "has "
              + items
              + " items, more than the limit of "
              + limits.maxListItems()
              + " items in one list (ReadLimits.maxListItems)");
    }
  }

  static String checkString(String path, String text, ReadLimits limits) {
    if (text.length() > limits.maxStringLength()) {
      throw new KcsJsonException(
          path,
          "is "
              + text.length()
              + " characters long, more than the limit of "
              + limits.maxStringLength()
              + " characters of one string (ReadLimits.maxStringLength)");
    }
    return text;
  }
}
