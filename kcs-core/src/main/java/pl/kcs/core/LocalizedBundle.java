package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Labels and messages of one kcs module in Polish and English, read from
 * {@code <baseName>_pl.properties} and {@code <baseName>_en.properties} (UTF-8).
 *
 * <p>Both bundles are loaded once, without the JDK's fallback to the default locale, so what a
 * user sees never depends on the machine's locale. A missing key fails with {@link
 * MissingResourceException}; the label tests of each module make sure none is missing.
 *
 * <p>The files are read as resources, not through {@code ResourceBundle.getBundle} with a {@code
 * ResourceBundle.Control} (which the JDK refuses in named modules), so the same bundles load on
 * the class path and on the module path. On the module path a bundle in a named module is read
 * through that module; its package must be open to {@code pl.kcs.core}, e.g. {@code opens
 * com.example.rules to pl.kcs.core;} in the module that owns the bundle (the kcs modules do so for
 * their own bundles).
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
    Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      bundles.put(language, read(baseName, language, loader));
    }
    return new LocalizedBundle(baseName, bundles);
  }

  private static ResourceBundle read(String baseName, Language language, ClassLoader loader) {
    String resource =
        baseName.replace('.', '/') + "_" + language.locale().getLanguage() + ".properties";
    try (InputStream in = open(baseName, resource, loader)) {
      if (in == null) {
        throw new MissingResourceException(
            "no bundle " + baseName + " for " + language, baseName, "");
      }
      // Like ResourceBundle.getBundle: UTF-8, falling back to ISO-8859-1 for an old file.
      return new PropertyResourceBundle(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundle " + baseName + " for " + language, e);
    }
  }

  /**
   * The resource from the class path, or else from the named module of {@code loader} that holds
   * the bundle's package: a class loader finds a resource of a named module only in a package
   * opened to everyone, while the module itself serves it to a module its package is opened to.
   */
  private static @Nullable InputStream open(String baseName, String resource, ClassLoader loader)
      throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in != null) {
      return in;
    }
    Optional<Module> owner = moduleOf(packageOf(baseName), loader);
    return owner.isPresent() ? owner.get().getResourceAsStream(resource) : null;
  }

  private static String packageOf(String baseName) {
    int lastDot = baseName.lastIndexOf('.');
    return lastDot < 0 ? "" : baseName.substring(0, lastDot);
  }

  private static Optional<Module> moduleOf(String packageName, ClassLoader loader) {
    ModuleLayer own = LocalizedBundle.class.getModule().getLayer();
    // kcs-core on the class path has no layer of its own; named modules are then in the boot layer.
    Deque<ModuleLayer> layers = new ArrayDeque<>(List.of(own == null ? ModuleLayer.boot() : own));
    while (!layers.isEmpty()) {
      ModuleLayer layer = layers.removeFirst();
      for (Module module : layer.modules()) {
        if (module.getClassLoader() == loader && module.getPackages().contains(packageName)) {
          return Optional.of(module);
        }
      }
      layers.addAll(layer.parents());
    }
    return Optional.empty();
  }

  /** The text of {@code key} in {@code language}. */
  public String text(Language language, String key) {
    requireNonNull(language, "language");
    requireNonNull(key, "key");
    return bundle(language).getString(key);
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
    return bundle(language).containsKey(key);
  }

  /** Every key of {@code language}'s bundle. */
  public Set<String> keys(Language language) {
    return bundle(language).keySet();
  }

  /** The bundle of {@code language}: {@link #load} reads one for every language. */
  private ResourceBundle bundle(Language language) {
    return requireNonNull(bundles.get(language), "bundle");
  }

  @Override
  public String toString() {
    return "LocalizedBundle{" + baseName + "}";
  }
}
