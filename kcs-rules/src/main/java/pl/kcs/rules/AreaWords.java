package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.MissingResourceException;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.core.text.MessageTemplate;

/**
 * An area's words, from its one bundle ({@code <name>_pl.properties} and {@code
 * <name>_en.properties}): the messages its rules are built with — it is their {@link
 * MessageCatalog} — and the words its report writes ({@link #format}, {@link #message}, {@link
 * #text}). Every area of kcs holds one, and so does an area an embedding system adds
 * (docs/extending.md): the lookup, formatting and plural forms are {@link LocalizedBundle}'s.
 *
 * <p>Immutable and thread-safe.
 */
public final class AreaWords implements MessageCatalog {

  private final LocalizedBundle bundle;

  private AreaWords(LocalizedBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The words of the bundle {@code baseName} (e.g. {@code "com.example.kcs.partners"}), loaded by
   * {@code anchor}'s class loader — a class of the area, next to the bundle.
   *
   * @throws MissingResourceException if the bundle is missing in either language
   */
  public static AreaWords load(String baseName, Class<?> anchor) {
    requireNonNull(baseName, "baseName");
    requireNonNull(anchor, "anchor");
    return new AreaWords(LocalizedBundle.load(baseName, anchor.getClassLoader()));
  }

  /** The words of {@code bundle}. */
  public static AreaWords of(LocalizedBundle bundle) {
    return new AreaWords(requireNonNull(bundle, "bundle"));
  }

  /** The bundle. */
  public LocalizedBundle bundle() {
    return bundle;
  }

  @Override
  public String pattern(Language language, String key) {
    return bundle.text(language, key);
  }

  @Override
  public boolean contains(Language language, String key) {
    return bundle.contains(language, key);
  }

  @Override
  public MessageTemplate template(Language language, String key) {
    return bundle.template(language, key);
  }

  /**
   * The text of {@code key} in {@code language} with {@code arguments} filled in.
   *
   * @throws MissingResourceException if there is no text for {@code key}
   */
  public String format(Language language, String key, Object... arguments) {
    return bundle.format(language, key, arguments);
  }

  /** The text of {@code key} with {@code arguments}, in whatever language it is later read. */
  public Labelled message(String key, Object... arguments) {
    return bundle.message(key, arguments);
  }

  /**
   * The text of {@code key} in the language kcs uses for {@code locale}, as it stands.
   *
   * @throws MissingResourceException if there is no text for {@code key}
   */
  public String text(Locale locale, String key) {
    return bundle.text(locale, key);
  }

  @Override
  public String toString() {
    return bundle.toString();
  }
}
