package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Labels and messages of one kcs module in Polish and English, read from
 * {@code <baseName>_pl.properties} and {@code <baseName>_en.properties} (UTF-8).
 *
 * <p>Both bundles are loaded once, without the JDK's fallback to the default locale, so what a
 * user sees never depends on the machine's locale. A missing key fails with {@link
 * MissingResourceException}; the label tests of each module make sure none is missing.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalizedBundle {

  private final String baseName;
  private final Map<Language, ResourceBundle> bundles;

  private LocalizedBundle(String baseName, Map<Language, ResourceBundle> bundles) {
    this.baseName = baseName;
    this.bundles = bundles;
  }

  /**
   * Loads the Polish and English bundles of {@code baseName} (e.g. {@code pl.kcs.core.labels})
   * with {@code loader}.
   *
   * @throws MissingResourceException if either bundle is missing
   */
  public static LocalizedBundle load(String baseName, ClassLoader loader) {
    requireNonNull(baseName, "baseName");
    requireNonNull(loader, "loader");
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      bundles.put(
          language, ResourceBundle.getBundle(baseName, language.locale(), loader, noFallback));
    }
    return new LocalizedBundle(baseName, bundles);
  }

  /** The text of {@code key} in {@code language}. */
  public String text(Language language, String key) {
    requireNonNull(language, "language");
    requireNonNull(key, "key");
    return bundles.get(language).getString(key);
  }

  /** The text of {@code key} in the language kcs uses for {@code locale}. */
  public String text(Locale locale, String key) {
    return text(Language.of(locale), key);
  }

  /**
   * The text of {@code key} in {@code language}, with {@code arguments} put in by {@link
   * MessageFormat} under the language's locale.
   */
  public String format(Language language, String key, Object... arguments) {
    requireNonNull(arguments, "arguments");
    String pattern = text(language, key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /** Whether {@code key} has a text in {@code language}. */
  public boolean contains(Language language, String key) {
    return bundles.get(language).containsKey(key);
  }

  /** Every key of {@code language}'s bundle. */
  public Set<String> keys(Language language) {
    return bundles.get(language).keySet();
  }

  @Override
  public String toString() {
    return "LocalizedBundle{" + baseName + "}";
  }
}
