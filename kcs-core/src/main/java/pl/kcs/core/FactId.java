package pl.kcs.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.stream.Collectors;

/**
 * One fact of kcs's fact catalogue, e.g. {@code KCS-S1B-SUPERVISION}: what a source document of
 * the method says on one point, and how strongly it says it.
 *
 * <p>Every rule, default number, enum constant and label of kcs names the fact it comes from, so
 * that a reader can walk from a line of the source method to the code and back. The catalogue
 * ships with kcs-core (the resource {@code pl/kcs/core/fact-catalogue.txt}) and is rendered, for
 * people, as {@code docs/facts.md}. For each fact it holds the {@linkplain #source() source
 * document} and {@linkplain #section() section}, a {@linkplain #title(Language) title}, and the
 * source's {@linkplain #clauses() statements}: each with its {@linkplain ModalClass modal class},
 * the Polish {@linkplain FactClause#decidingWords() words that decide it}, and kcs's own
 * paraphrase in Polish and English. So a report can say <em>why</em> a rule exists, in the
 * method's terms.
 *
 * <p>Only IDs of the catalogue construct: a typo fails at once instead of citing a fact that does
 * not exist. The catalogue is read strictly when this class loads; a malformed catalogue fails
 * loudly with the line number.
 *
 * <p>Instances are interned, immutable and thread-safe.
 */
public final class FactId implements Comparable<FactId> {

  private static final ImmutableList<FactId> IN_CATALOGUE_ORDER =
      FactCatalogue.load().stream().map(FactId::new).collect(ImmutableList.toImmutableList());

  private static final ImmutableMap<String, FactId> BY_ID =
      IN_CATALOGUE_ORDER.stream().collect(ImmutableMap.toImmutableMap(FactId::id, fact -> fact));

  private static final ImmutableSortedSet<FactId> ALL =
      ImmutableSortedSet.copyOf(IN_CATALOGUE_ORDER);

  private final String id;
  private final SourceDocument source;
  private final String section;
  private final String polishTitle;
  private final String englishTitle;
  private final ModalClass modalClass;
  private final ImmutableList<FactClause> clauses;
  private final ImmutableList<String> decidingWords;

  private FactId(FactCatalogue.Entry entry) {
    this.id = entry.id();
    this.source = entry.source();
    this.section = entry.section();
    this.polishTitle = entry.polishTitle();
    this.englishTitle = entry.englishTitle();
    this.modalClass = entry.modalClass();
    this.clauses = entry.clauses();
    this.decidingWords =
        clauses.stream()
            .filter(clause -> clause.modalClass() == modalClass)
            .flatMap(clause -> clause.decidingWords().stream())
            .distinct()
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * The fact with the given ID.
   *
   * @throws IllegalArgumentException if the ID is not in the catalogue; the message repeats the
   *     value only if it is shaped like a fact ID, so it never echoes free text
   */
  public static FactId of(String id) {
    requireNonNull(id, "id");
    FactId fact = BY_ID.get(id);
    if (fact == null) {
      throw new IllegalArgumentException(unknown(id));
    }
    return fact;
  }

  /** Every fact of the catalogue, in ID order. */
  public static ImmutableSortedSet<FactId> all() {
    return ALL;
  }

  /** Every fact in the order of the catalogue: by source document, then as the source runs. */
  static ImmutableList<FactId> inCatalogueOrder() {
    return IN_CATALOGUE_ORDER;
  }

  /** The ID as the catalogue spells it, e.g. {@code KCS-S1B-SUPERVISION}. */
  public String id() {
    return id;
  }

  /** The document the fact comes from. */
  public SourceDocument source() {
    return source;
  }

  /**
   * The section of the source document, as the source titles it (in Polish), e.g. {@code Etap 1
   * b) Przygotowanie zespołu i zasobów}.
   */
  public String section() {
    return section;
  }

  /** A short name of the fact in {@code language}, e.g. "Superwizja animatorów i animatorek". */
  public String title(Language language) {
    requireNonNull(language, "language");
    return language == Language.POLISH ? polishTitle : englishTitle;
  }

  /**
   * What the source says, in kcs's own words, in {@code language}: the paraphrases of the fact's
   * {@linkplain #clauses() statements}, in the source's order.
   */
  public String describe(Language language) {
    requireNonNull(language, "language");
    return clauses.stream()
        .map(clause -> clause.paraphrase(language))
        .collect(Collectors.joining(" "));
  }

  /**
   * How strongly the source words the fact: the strongest {@linkplain FactClause#modalClass()
   * modal class} of its statements. A rule built on one particular statement may bite only as hard
   * as that statement allows; see {@link #clauses()}.
   */
  public ModalClass modalClass() {
    return modalClass;
  }

  /**
   * The Polish words of the source that decide the fact's {@link #modalClass()}: those of its
   * statements of that class, in the source's order, e.g. {@code Konieczne też jest zapewnienie
   * regularnych superwizji animatorowi lub animatorce}. Never empty.
   */
  public ImmutableList<String> decidingWords() {
    return decidingWords;
  }

  /** The source's statements on this fact, each with its own strength, in the source's order. */
  public ImmutableList<FactClause> clauses() {
    return clauses;
  }

  /**
   * The one statement of this fact whose deciding words contain {@code words}, e.g. {@code
   * FactId.of("KCS-S1B-TEAM").clauseQuoting("warto")}: so that a rule built on one statement of a
   * mixed fact can bite exactly as hard as that statement allows.
   *
   * @throws IllegalArgumentException if no statement, or more than one, quotes {@code words}; the
   *     message gives the number of matches, not the text
   */
  public FactClause clauseQuoting(String words) {
    requireNonNull(words, "words");
    ImmutableList<FactClause> matches =
        clauses.stream()
            .filter(
                clause ->
                    !words.isEmpty()
                        && clause.decidingWords().stream().anyMatch(quote -> quote.contains(words)))
            .collect(ImmutableList.toImmutableList());
    if (matches.size() != 1) {
      throw new IllegalArgumentException(
          "words must be quoted by exactly one statement of "
              + id
              + ", were quoted by "
              + matches.size()
              + " (the words are not repeated)");
    }
    return matches.get(0);
  }

  @Override
  public int compareTo(FactId other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FactId && ((FactId) other).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The ID. */
  @Override
  public String toString() {
    return id;
  }

  private static String unknown(String id) {
    String message = "fact id must be one of kcs's fact IDs (docs/facts.md), was ";
    if (id.length() <= FactCatalogue.MAX_ID_LENGTH && FactCatalogue.ID.matcher(id).matches()) {
      return message + id;
    }
    return message
        + "a value of "
        + id.length()
        + " characters that is not shaped like a fact ID (the value is not repeated)";
  }
}
