package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.text.MessageTemplate;

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
 * <p>Every text is compiled once, at load, into a {@link MessageTemplate} per language, so formatting
 * a message never parses its pattern again.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalizedBundle {

  private final String baseName;
  private final Map<Language, ResourceBundle> bundles;
  private final Map<Language, Map<String, Object>> templates;

  private LocalizedBundle(String baseName, Map<Language, ResourceBundle> bundles) {
    this.baseName = baseName;
    this.bundles = bundles;
    this.templates = new EnumMap<>(Language.class);
    for (Map.Entry<Language, ResourceBundle> entry : bundles.entrySet()) {
      Map<String, Object> compiled = new HashMap<>();
      ResourceBundle bundle = entry.getValue();
      for (String key : bundle.keySet()) {
        compiled.put(key, compile(bundle.getString(key), entry.getKey()));
      }
      templates.put(entry.getKey(), compiled);
    }
  }

  /**
   * The pattern compiled once, at load; a text that is not a valid pattern is kept as its error,
   * thrown only if someone formats it (a plain label may hold any text).
   */
  private static Object compile(String pattern, Language language) {
    try {
      return MessageTemplate.compile(pattern, language);
    } catch (IllegalArgumentException e) {
      return e;
    }
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
   * The text of {@code key} in {@code language} with {@code arguments} put in by its {@link
   * MessageTemplate}, compiled once when the bundle was loaded: labelled arguments become their
   * label in {@code language}, numbers agree with their nouns ({@code {0,plural,…}}), dates are
   * written in prose.
   *
   * @throws MissingResourceException if there is no such key
   * @throws IllegalArgumentException if the text of the key is not a valid pattern
   */
  public String format(Language language, String key, Object... arguments) {
    requireNonNull(arguments, "arguments");
    return template(language, key).format(arguments);
  }

  /**
   * The compiled pattern of {@code key} in {@code language}.
   *
   * @throws MissingResourceException if there is no such key
   * @throws IllegalArgumentException if the text of the key is not a valid pattern
   */
  public MessageTemplate template(Language language, String key) {
    requireNonNull(language, "language");
    requireNonNull(key, "key");
    Object compiled = requireNonNull(templates.get(language), "templates").get(key);
    if (compiled == null) {
      throw new MissingResourceException(
          "no key '" + key + "' in " + baseName + " for " + language, baseName, key);
    }
    if (compiled instanceof IllegalArgumentException) {
      throw new IllegalArgumentException(
          "the text of '"
              + key
              + "' in "
              + baseName
              + " for "
              + language
              + " is not a valid pattern: "
              + ((IllegalArgumentException) compiled).getMessage(),
          (IllegalArgumentException) compiled);
    }
    return (MessageTemplate) compiled;
  }

  /**
   * The text of {@code key} with {@code arguments} as a {@link Labelled}, rendered in the language
   * a reader asks for: e.g. the subject of a rule's finding, or a line of a report.
   */
  public Labelled message(String key, Object... arguments) {
    requireNonNull(key, "key");
    Object[] copy = arguments.clone();
    return locale -> format(Language.of(locale), key, copy);
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
