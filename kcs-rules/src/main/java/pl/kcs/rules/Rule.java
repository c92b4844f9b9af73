package pl.kcs.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;
import pl.kcs.core.ModalClass;

/**
 * A named, first-class rule over facts of type {@code F}: a stable {@link RuleId id}, the {@link
 * FactId fact} of the domain specification it comes from, a {@link Severity severity}, what it
 * applies to (a step, a model, an area), a {@link Condition condition}, an {@link Explainer
 * explainer} of what it looked at, and messages in Polish and English.
 *
 * <h2>Messages</h2>
 *
 * Under the rule's message key {@code K} (by default {@code rule.<id>}) the catalog holds, in both
 * languages: {@code K.passed} and {@code K.failed} (what was found), {@code K.action} (what to do),
 * and optionally {@code K.not-applicable} and {@code K.unknown}. Patterns are {@link
 * java.text.MessageFormat}s over the finding: {0} the subjects, {1} what was observed, {2} what was
 * expected. A missing message fails when the rule is built, not when a director reads the report.
 *
 * <p>Rules are immutable and thread-safe if their condition and explainer are, which they must be.
 * Two rules are equal only if they are the same object: a rule's identity is its id within a
 * {@link RuleSet}.
 *
 * @param <F> the type of facts the rule reads
 */
public final class Rule<F> {

  static final String PASSED = ".passed";
  static final String FAILED = ".failed";
  static final String ACTION = ".action";
  static final String NOT_APPLICABLE = ".not-applicable";
  static final String UNKNOWN = ".unknown";
  private static final String DISABLED = ".disabled";
  private static final int ACTION_SLOT = Status.values().length;
  private static final int SLOTS = ACTION_SLOT + 1;

  private final RuleId id;
  private final FactId source;
  private final Severity severity;
  private final @Nullable DomainTerm appliesTo;
  // Made once, so that reading what a rule is about allocates nothing.
  private final Optional<DomainTerm> appliesToOptional;
  private final Optional<ModalClass> modalClassOptional;
  private final Condition<F> condition;
  private final Explainer<F> explainer;
  private final MessageCatalog messages;
  private final String messageKey;
  private final @Nullable ModalClass modalClass;
  private final String decidingWords;
  private final boolean libraryDefault;
  // The rule's message patterns parsed once per language and status, filled as they are first
  // read; a template is immutable, so a race only parses one twice.
  private final MessageTemplate[] templates = new MessageTemplate[Language.values().length * SLOTS];

  private Rule(Builder<F> builder) {
    this.id = builder.id;
    this.source = requireNonNull(builder.source, "source must be set for rule " + builder.id);
    this.severity = requireNonNull(builder.severity, "severity must be set for rule " + builder.id);
    this.appliesTo = builder.appliesTo;
    this.appliesToOptional = Optional.ofNullable(builder.appliesTo);
    this.modalClassOptional = Optional.ofNullable(builder.modalClass);
    this.condition =
        requireNonNull(builder.condition, "condition must be set for rule " + builder.id);
    this.explainer = builder.explainer;
    this.messages = builder.messages;
    this.messageKey = builder.messageKey != null ? builder.messageKey : "rule." + id.value();
    this.modalClass = builder.modalClass;
    this.decidingWords = builder.decidingWords;
    this.libraryDefault = builder.libraryDefault;
    if (modalClass != null) {
      Severity highest = Severity.highestFor(modalClass);
      checkArgument(
          !severity.isStricterThan(highest) || libraryDefault,
          "rule %s is a %s, but its source words it as a %s, which allows at most a %s: lower its"
              + " severity or mark it as a library default",
          id,
          severity,
          modalClass,
          highest);
    }
    for (Language language : Language.values()) {
      for (String suffix : new String[] {PASSED, FAILED, ACTION}) {
        checkArgument(
            messages.contains(language, messageKey + suffix),
            "rule %s needs the message %s in %s",
            id,
            messageKey + suffix,
            language);
      }
    }
  }

  /**
   * A builder of a rule with id {@code id}; the built-in catalog of kcs-rules is used unless
   * {@link Builder#messages(MessageCatalog)} gives another.
   */
  public static <F> Builder<F> builder(String id) {
    return new Builder<>(RuleId.of(id));
  }

  /** The rule's stable id. */
  public RuleId id() {
    return id;
  }

  /** The fact of the catalogue (docs/facts.md) the rule comes from. */
  public FactId source() {
    return source;
  }

  /** How much a problem with this rule matters. */
  public Severity severity() {
    return severity;
  }

  /** What the rule applies to (a step of the method, a model, an area), if anything in particular. */
  public Optional<DomainTerm> appliesTo() {
    return appliesToOptional;
  }

  /** Whether the rule applies to {@code term} in particular (a step, a model, an area). */
  public boolean isAbout(DomainTerm term) {
    return appliesTo != null && appliesTo.equals(term);
  }

  /**
   * How strongly the source words what this rule checks, as the rule reads it (a requirement, a
   * recommendation, a suggestion or an observation), if the rule says; every built-in rule does.
   * The severity never exceeds {@link Severity#highestFor(ModalClass)} of it unless the rule is
   * a {@link #isLibraryDefault() library default}.
   */
  public Optional<ModalClass> modalClass() {
    return modalClassOptional;
  }

  /** The source's deciding words for this rule, quoted in Polish (e.g. "konieczne"), or "". */
  public String decidingWords() {
    return decidingWords;
  }

  /**
   * Whether the rule bites harder than its source's word, or checks what the source does not
   * say: a kcs default, not the method's. Its action message says so, and an embedding system can
   * disable it ({@link RuleSet#disabling(String)}).
   */
  public boolean isLibraryDefault() {
    return libraryDefault;
  }

  /** The rule's message catalog. */
  public MessageCatalog messages() {
    return messages;
  }

  /** The key the rule's messages are stored under. */
  public String messageKey() {
    return messageKey;
  }

  /** Decides the rule for {@code facts}: the engine's hot path. */
  public Status evaluate(F facts) {
    return condition.evaluate(facts);
  }

  Condition<F> condition() {
    return condition;
  }

  /** What the rule looks at in {@code facts}. */
  public Finding explain(F facts) {
    return explainer.explain(facts);
  }

  /**
   * The template of what was found for {@code status} in {@code language}: the rule's own
   * message, or the engine's general one where the rule has none for that status.
   */
  MessageTemplate messageTemplate(Language language, Status status) {
    int slot = language.ordinal() * SLOTS + status.ordinal();
    MessageTemplate template = templates[slot];
    if (template == null) {
      String key = messageKey + suffix(status);
      template =
          MessageTemplate.of(
              messages.contains(language, key)
                  ? messages.pattern(language, key)
                  : RulesMessages.BUNDLE.text(language, "rule" + suffix(status)),
              language.locale());
      templates[slot] = template;
    }
    return template;
  }

  /** The template of what to do in {@code language}, with the library-default note if any. */
  MessageTemplate actionTemplate(Language language) {
    int slot = language.ordinal() * SLOTS + ACTION_SLOT;
    MessageTemplate template = templates[slot];
    if (template == null) {
      String pattern = messages.pattern(language, messageKey + ACTION);
      template =
          libraryDefault
              ? MessageTemplate.of(
                  pattern,
                  language.locale(),
                  " " + RulesMessages.BUNDLE.text(language, "rule.library-default"))
              : MessageTemplate.of(pattern, language.locale());
      templates[slot] = template;
    }
    return template;
  }

  private static String suffix(Status status) {
    switch (status) {
      case PASSED:
        return PASSED;
      case FAILED:
        return FAILED;
      case UNKNOWN:
        return UNKNOWN;
      case NOT_APPLICABLE:
        return NOT_APPLICABLE;
      default:
        return DISABLED;
    }
  }

  @Override
  public String toString() {
    return "Rule{" + id + ", " + source + ", " + severity + "}";
  }

  /**
   * Builds a {@link Rule}. Source, severity and condition are required; without an explainer the
   * finding is empty.
   *
   * @param <F> the type of facts the rule reads
   */
  public static final class Builder<F> {
    private final RuleId id;
    private @Nullable FactId source;
    private @Nullable Severity severity;
    private @Nullable DomainTerm appliesTo;
    private @Nullable Condition<F> condition;
    private Explainer<F> explainer = facts -> Finding.none();
    private MessageCatalog messages = RulesMessages.CATALOG;
    private @Nullable String messageKey;
    private @Nullable ModalClass modalClass;
    private String decidingWords = "";
    private boolean libraryDefault;

    private Builder(RuleId id) {
      this.id = id;
    }

    /** The fact the rule comes from, e.g. {@code "KCS-S1B-SUPERVISION"}. */
    public Builder<F> source(String factId) {
      this.source = FactId.of(factId);
      return this;
    }

    /** The fact the rule comes from. */
    public Builder<F> source(FactId fact) {
      this.source = requireNonNull(fact, "fact");
      return this;
    }

    /** How much a problem with the rule matters. */
    public Builder<F> severity(Severity severity) {
      this.severity = requireNonNull(severity, "severity");
      return this;
    }

    /**
     * How the source words what the rule checks: its modal class and the deciding Polish words,
     * e.g. {@code reading(ModalClass.REQUIREMENT, "Konieczne też jest zapewnienie regularnych
     * superwizji")}. The rule's severity may not exceed what the class allows unless the rule is
     * a {@link #libraryDefault() library default}.
     */
    public Builder<F> reading(ModalClass modalClass, String decidingWords) {
      this.modalClass = requireNonNull(modalClass, "modalClass");
      this.decidingWords = requireNonNull(decidingWords, "decidingWords");
      return this;
    }

    /**
     * Marks the rule as a kcs default, not the method's: stricter than its source's word, or
     * checking what the source does not say. Its action message tells the reader so.
     */
    public Builder<F> libraryDefault() {
      this.libraryDefault = true;
      return this;
    }

    /** What the rule applies to. */
    public Builder<F> appliesTo(DomainTerm term) {
      this.appliesTo = requireNonNull(term, "term");
      return this;
    }

    /** The rule's decision. */
    public Builder<F> condition(Condition<F> condition) {
      this.condition = requireNonNull(condition, "condition");
      return this;
    }

    /** What the rule looks at, for the explanation. */
    public Builder<F> explainer(Explainer<F> explainer) {
      this.explainer = requireNonNull(explainer, "explainer");
      return this;
    }

    /** The catalog of the rule's messages (for rules of an embedding system). */
    public Builder<F> messages(MessageCatalog messages) {
      this.messages = requireNonNull(messages, "messages");
      return this;
    }

    /** The key of the rule's messages; {@code rule.<id>} by default. */
    public Builder<F> messageKey(String messageKey) {
      this.messageKey = requireNonNull(messageKey, "messageKey");
      return this;
    }

    /**
     * The rule.
     *
     * @throws NullPointerException if source, severity or condition is missing
     * @throws IllegalArgumentException if a required message is missing in either language, or
     *     the severity exceeds what the {@link #reading reading} of the source allows and the rule
     *     is not a library default
     */
    public Rule<F> build() {
      return new Rule<>(this);
    }
  }
}
