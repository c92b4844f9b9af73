package pl.kcs.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement a source makes within a fact, with its own strength: its {@link ModalClass}, the
 * Polish words of the source that decide it, and kcs's paraphrase in Polish and English.
 *
 * <p>A fact often mixes statements of different strength: KCS-S1B-ANIMATORS says that animators
 * "należy powołać" (a recommendation), that the role "nie może się odbywać »przy okazji«" (a
 * requirement) and that experience "cenne będzie" (a suggestion). A rule built on one statement
 * bites as hard as that statement allows; the fact as a whole is as strong as its strongest
 * statement ({@link FactId#modalClass()}). The clauses of every fact are listed in the catalogue,
 * docs/facts.md.
 *
 * <p>Instances come only from the catalogue ({@link FactId#clauses()}); immutable and thread-safe.
 */
public final class FactClause {

  private final ModalClass modalClass;
  private final ImmutableList<String> decidingWords;
  private final String polish;
  private final String english;
  private final Optional<String> note;

  FactClause(
      ModalClass modalClass,
      ImmutableList<String> decidingWords,
      String polish,
      String english,
      Optional<String> note) {
    this.modalClass = requireNonNull(modalClass, "modalClass");
    this.decidingWords = requireNonNull(decidingWords, "decidingWords");
    this.polish = requireNonNull(polish, "polish");
    this.english = requireNonNull(english, "english");
    this.note = requireNonNull(note, "note");
    checkArgument(!decidingWords.isEmpty(), "decidingWords must not be empty");
  }

  /** How strongly the source words this statement. */
  public ModalClass modalClass() {
    return modalClass;
  }

  /**
   * The words of the Polish source that decide the statement's modal class, quoted as the source
   * writes them (without quotation marks), e.g. {@code Na początku warto przeprowadzić pogłębioną
   * wstępną rozmowę}. Never empty.
   */
  public ImmutableList<String> decidingWords() {
    return decidingWords;
  }

  /** The statement in kcs's own words, in {@code language}. */
  public String paraphrase(Language language) {
    requireNonNull(language, "language");
    return language == Language.POLISH ? polish : english;
  }

  /**
   * Why kcs reads the statement with this strength, where the reading needs a word (in English):
   * e.g. a heading's word that applies to the list below it, or a step stated without any modal
   * word.
   */
  public Optional<String> note() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FactClause)) {
      return false;
    }
    FactClause that = (FactClause) other;
    return modalClass == that.modalClass
        && decidingWords.equals(that.decidingWords)
        && polish.equals(that.polish)
        && english.equals(that.english)
        && note.equals(that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(modalClass, decidingWords, polish, english, note);
  }

  /** The modal class and the deciding words, e.g. {@code SUGGESTION „warto …”}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(modalClass.name());
    for (String words : decidingWords) {
      text.append(" „").append(words.replace('„', '»').replace('”', '«')).append('”');
    }
    return text.toString();
  }
}
