package pl.kcs.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The ID of one fact of the domain specification (DOMAIN.md), e.g. {@code KCS-S1B-SUPERVISION}.
 *
 * <p>Every rule, default number, enum constant and label of kcs names the fact it comes from, so
 * that a reader can walk from a line of the source method to the code and back. Only IDs of the
 * catalogue shipped with kcs-core construct: a typo fails at once instead of citing a fact that
 * does not exist.
 *
 * <p>Instances are interned, immutable and thread-safe.
 */
public final class FactId implements Comparable<FactId> {

  private static final ImmutableMap<String, FactId> CATALOGUE = loadCatalogue();

  private final String id;

  private FactId(String id) {
    this.id = id;
  }

  /**
   * The fact with the given ID.
   *
   * @throws IllegalArgumentException if the ID is not in the catalogue
   */
  public static FactId of(String id) {
    requireNonNull(id, "id");
    FactId fact = CATALOGUE.get(id);
    if (fact == null) {
      // An ID-shaped text is repeated; anything else may be free text and is not.
      throw new IllegalArgumentException(
          "fact id must be one of DOMAIN.md's fact IDs"
              + (id.matches("[A-Za-z][A-Za-z0-9-]{0,63}") ? ", was " + id : "; the value is not repeated"));
    }
    return fact;
  }

  /** Every fact of the catalogue, in ID order. */
  public static ImmutableSortedSet<FactId> all() {
    return ImmutableSortedSet.copyOf(CATALOGUE.values());
  }

  /** The ID as DOMAIN.md spells it, e.g. {@code KCS-S1B-SUPERVISION}. */
  public String id() {
    return id;
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

  private static ImmutableMap<String, FactId> loadCatalogue() {
    ImmutableMap.Builder<String, FactId> facts = ImmutableMap.builder();
    try (InputStream in = FactId.class.getResourceAsStream("facts.txt")) {
      requireNonNull(in, "facts.txt is missing from kcs-core");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String id = tab < 0 ? line.strip() : line.substring(0, tab);
        facts.put(id, new FactId(id));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact catalogue", e);
    }
    return facts.buildOrThrow();
  }
}
