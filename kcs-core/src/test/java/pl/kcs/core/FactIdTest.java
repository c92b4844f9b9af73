package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FactIdTest {

  /** DOMAIN.md, seen from the kcs-core module directory (Surefire's working directory). */
  private static final Path DOMAIN_MD = Path.of("../../shared/DOMAIN.md");

  /** How DOMAIN.md marks a fact ID: bold, e.g. {@code **KCS-S1B-SUPERVISION**}; as factcov.py reads it. */
  private static final Pattern DOMAIN_ID = Pattern.compile("\\*\\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)");

  @Test
  void should_return_the_same_interned_fact_for_an_id_of_the_catalogue() {
    FactId fact = FactId.of("KCS-S1B-SUPERVISION");

    assertThat(fact.id()).isEqualTo("KCS-S1B-SUPERVISION");
    assertThat(fact).hasToString("KCS-S1B-SUPERVISION").isSameAs(FactId.of("KCS-S1B-SUPERVISION"));
  }

  @Test
  void should_reject_an_id_that_is_not_in_the_catalogue_so_a_typo_fails_at_once() {
    assertThatThrownBy(() -> FactId.of("NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact id must be one of DOMAIN.md's fact IDs, was NOPE");
    assertThatThrownBy(() -> FactId.of("kcs-who"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact id must be one of DOMAIN.md's fact IDs, was kcs-who");
    assertThatThrownBy(() -> FactId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void should_list_every_fact_in_id_order() {
    ImmutableList<FactId> all = FactId.all().asList();

    assertThat(all).hasSize(60).isSorted().contains(FactId.of("KCS-WHO"), FactId.of("MA-BARRIER"));
    assertThat(FactId.of("KCS-M1")).isLessThan(FactId.of("KCS-M2"));
  }

  @Test
  void should_hash_distinct_facts_apart_so_that_maps_keyed_by_fact_stay_fast() {
    assertThat(FactId.all().stream().map(FactId::hashCode).distinct().count())
        .isEqualTo(FactId.all().size());
  }

  @Test
  void should_hold_in_its_catalogue_exactly_the_ids_of_domain_md_in_their_order() throws IOException {
    assumeTrue(Files.exists(DOMAIN_MD), "DOMAIN.md is not beside the project: " + DOMAIN_MD.toAbsolutePath());
    List<String> domainIds = new ArrayList<>();
    Matcher matcher = DOMAIN_ID.matcher(Files.readString(DOMAIN_MD, StandardCharsets.UTF_8));
    while (matcher.find()) {
      domainIds.add(matcher.group(1));
    }

    assertThat(catalogueLines()).containsExactlyElementsOf(domainIds);
    assertThat(FactId.all()).extracting(FactId::id).containsExactlyInAnyOrderElementsOf(domainIds);
  }

  @Test
  void should_give_every_domain_term_a_source_from_the_catalogue() {
    List<Class<? extends Enum<?>>> terms = MainTypes.enumsImplementing(DomainTerm.class);

    assertThat(terms).hasSizeGreaterThanOrEqualTo(40);
    for (Class<? extends Enum<?>> type : terms) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(((DomainTerm) constant).source())
            .as("%s.%s", type.getSimpleName(), constant.name())
            .isNotNull()
            .isIn(FactId.all());
      }
    }
  }

  @Test
  void should_make_every_kcs_core_enum_a_domain_term_except_the_library_vocabulary() {
    // Language and Requirement are the library's own words, not facts of the sources.
    assertThat(MainTypes.all())
        .filteredOn(Class::isEnum)
        .filteredOn(type -> !DomainTerm.class.isAssignableFrom(type))
        .containsExactlyInAnyOrder(Language.class, Requirement.class);
  }

  @Test
  @DisplayName("KCS-HOST, KS-FORMAL: the two programmes come from their own facts")
  void programmes_cite_their_facts() {
    assertThat(Programme.KCS.source()).isEqualTo(FactId.of("KCS-HOST"));
    assertThat(Programme.KS.source()).isEqualTo(FactId.of("KS-FORMAL"));
  }

  private static List<String> catalogueLines() throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line :
        Resources.readLines(Resources.getResource(FactId.class, "facts.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        ids.add(line.split("\t", -1)[0]);
      }
    }
    return ids;
  }
}
