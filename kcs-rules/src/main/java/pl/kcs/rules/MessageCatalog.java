package pl.kcs.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import pl.kcs.core.Language;
import pl.kcs.core.LocalizedBundle;
import pl.kcs.core.text.MessageTemplate;

/**
 * Where a rule's messages come from: message patterns in Polish and English ({@link
 * MessageFormat} syntax, plus plural forms: see {@link MessageTemplate}) looked up by key. The built-in rules use kcs-rules' own bundle; an
 * embedding system gives its rules a catalog of its own, from its ResourceBundles ({@link
 * #of(LocalizedBundle)}) or written in code ({@link #builder()}).
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface MessageCatalog {

  /**
   * The pattern of {@code key} in {@code language}.
   *
   * @throws MissingResourceException if there is none
   */
  String pattern(Language language, String key);

  /** Whether there is a pattern for {@code key} in {@code language}. */
  boolean contains(Language language, String key);

  /**
   * The pattern of {@code key} in {@code language}, compiled. The catalogs of {@link
   * #of(LocalizedBundle)} and {@link #builder()} compile each pattern once; an implementation of
   * its own compiles on each call unless it overrides this.
   *
   * @throws MissingResourceException if there is none
   * @throws IllegalArgumentException if the pattern is malformed
   */
  default MessageTemplate template(Language language, String key) {
    return MessageTemplate.compile(pattern(language, key), language);
  }

  /** A catalog reading a {@link LocalizedBundle}: the {@link AreaWords} of {@code bundle}. */
  static MessageCatalog of(LocalizedBundle bundle) {
    return AreaWords.of(bundle);
  }

  /** A builder of a catalog written in code, for a few custom rules. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an in-code {@link MessageCatalog}; every key must have a Polish and an English pattern. */
  @SuppressWarnings("NullAway") // the maps hold every Language: get(language) is never null
  final class Builder {
    private final Map<Language, ImmutableMap.Builder<String, String>> patterns =
        new EnumMap<>(Language.class);

    Builder() {
      for (Language language : Language.values()) {
        patterns.put(language, ImmutableMap.builder());
      }
    }

    /** Adds the Polish and English patterns of {@code key}. */
    public Builder add(String key, String polish, String english) {
      requireNonNull(key, "key");
      requireNonNull(polish, "polish");
      requireNonNull(english, "english");
      patterns.get(Language.POLISH).put(key, polish);
      patterns.get(Language.ENGLISH).put(key, english);
      return this;
    }

    /**
     * The catalog, every pattern compiled.
     *
     * @throws IllegalArgumentException if a pattern is malformed
     */
    public MessageCatalog build() {
      Map<Language, ImmutableMap<String, String>> built = new EnumMap<>(Language.class);
      Map<Language, ImmutableMap<String, MessageTemplate>> compiled = new EnumMap<>(Language.class);
      patterns.forEach(
          (language, builder) -> {
            ImmutableMap<String, String> texts = builder.buildOrThrow();
            built.put(language, texts);
            ImmutableMap.Builder<String, MessageTemplate> templates = ImmutableMap.builder();
            texts.forEach(
                (key, text) -> templates.put(key, MessageTemplate.compile(text, language)));
            compiled.put(language, templates.buildOrThrow());
          });
      return new MessageCatalog() {
        @Override
        public String pattern(Language language, String key) {
          String pattern = built.get(language).get(key);
          if (pattern == null) {
            throw new MissingResourceException(
                "no message '" + key + "' in " + language, MessageCatalog.class.getName(), key);
          }
          return pattern;
        }

        @Override
        public boolean contains(Language language, String key) {
          checkArgument(language != null, "language must not be null");
          return built.get(language).containsKey(key);
        }

        @Override
        public MessageTemplate template(Language language, String key) {
          MessageTemplate template = compiled.get(language).get(key);
          if (template == null) {
            pattern(language, key);
          }
          return template;
        }

        @Override
        public String toString() {
          return "MessageCatalog" + built.get(Language.ENGLISH).keySet();
        }
      };
    }
  }
}
