package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.BeneficiaryCategory;
import pl.kcs.core.group.TargetSubgroup;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.Stage;

/**
 * Every labelled enum of kcs-core has a Polish and an English label, found by scanning the class
 * path, so a constant added without its translation fails here.
 */
class LabelsTest {

  private static final Locale POLISH = Locale.forLanguageTag("pl");

  /** Labels that are the same word in both languages. */
  private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of("Equipment.FLIPCHART");

  private static final List<Class<? extends Enum<?>>> LABELLED =
      MainTypes.enumsImplementing(Labelled.class);

  @Test
  void should_find_every_labelled_enum_of_kcs_core() {
    assertThat(LABELLED)
        .hasSizeGreaterThanOrEqualTo(41)
        .contains(Requirement.class, Programme.class, Equipment.class, Stage.class);
  }

  @Test
  void should_give_every_constant_a_polish_and_an_english_label() {
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        String key = key(constant);
        assertThat(labelled.label(POLISH)).as("Polish label of %s", key).isNotBlank();
        assertThat(labelled.label(Locale.ENGLISH)).as("English label of %s", key).isNotBlank();
      }
    }
  }

  @Test
  void should_translate_every_label_whose_words_differ_between_the_languages() {
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        String key = key(constant);
        if (SAME_IN_BOTH_LANGUAGES.contains(key)) {
          assertThat(labelled.label(POLISH)).as(key).isEqualTo(labelled.label(Locale.ENGLISH));
        } else {
          assertThat(labelled.label(POLISH))
              .as("Polish label of %s must be Polish, not the English one", key)
              .isNotEqualToIgnoringCase(labelled.label(Locale.ENGLISH));
        }
      }
    }
  }

  @Test
  void should_have_no_label_without_a_constant_in_either_language() {
    Set<String> keysOfConstants = new TreeSet<>();
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        keysOfConstants.add(key(constant));
      }
    }
    LocalizedBundle bundle =
        LocalizedBundle.load("pl.kcs.core.labels", getClass().getClassLoader());

    assertThat(new TreeSet<>(bundle.keys(Language.POLISH))).isEqualTo(keysOfConstants);
    assertThat(new TreeSet<>(bundle.keys(Language.ENGLISH))).isEqualTo(keysOfConstants);
  }

  @Test
  void should_write_polish_labels_with_correct_diacritics() {
    assertThat(Equipment.CHAIRS.label(POLISH)).isEqualTo("krzesła");
    assertThat(Equipment.TABLE.label(POLISH)).isEqualTo("stół");
    assertThat(RoomFeature.NON_WALK_THROUGH.label(POLISH)).isEqualTo("nieprzechodnia");
    assertThat(RoomFeature.ACCESSIBLE.label(POLISH))
        .isEqualTo("dostosowana dla osób z niepełnosprawnościami");
    assertThat(AnimatorDuty.BY_THE_WAY.label(POLISH)).isEqualTo("„przy okazji” innych obowiązków");
    assertThat(SupervisionFrequency.MONTHLY.label(POLISH)).isEqualTo("co miesiąc");
    assertThat(TargetSubgroup.REFUGEES.label(POLISH))
        .isEqualTo("osoby z doświadczeniem uchodźczym");
    assertThat(OperatingModel.M4_CO_CREATING_PROGRAMME.label(POLISH))
        .isEqualTo("Model 4. Współtworzenie programu kulturalnego przez grupy");
    assertThat(Stage.PREPARATION.label(POLISH))
        .isEqualTo("Etap 1. Przygotowanie instytucji kultury");
    assertThat(Requirement.NOT_IN_SOURCE.label(POLISH)).isEqualTo("niewymienione w źródle");
  }

  @Test
  @DisplayName("MA-TERMS: the Polish label of a disability category uses today's respectful words")
  void polish_labels_use_respectful_terms() {
    assertThat(BeneficiaryCategory.PEOPLE_WITH_DISABILITIES.label(POLISH))
        .isEqualTo(
            "osoby z niepełnosprawnościami, w tym z niepełnosprawnością intelektualną i chorujące psychicznie")
        .doesNotContain("upośledz");
  }

  @Test
  void should_read_the_bundles_as_utf_8_without_mojibake() {
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        for (Locale locale : List.of(POLISH, Locale.ENGLISH)) {
          assertThat(((Labelled) constant).label(locale))
              .as("%s in %s", key(constant), locale)
              .doesNotContain("Ã", "Å", "Ä", "\uFFFD", "\\u");
        }
      }
    }
  }

  @Test
  void should_render_english_for_a_locale_kcs_does_not_speak() {
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        assertThat(labelled.label(Locale.GERMAN)).isEqualTo(labelled.label(Locale.ENGLISH));
        assertThat(labelled.label(Locale.forLanguageTag("tr-TR")))
            .isEqualTo(labelled.label(Locale.ENGLISH));
      }
    }
    assertThat(Equipment.CHAIRS.label(Locale.GERMANY)).isEqualTo("chairs");
    assertThat(Equipment.CHAIRS.label(Locale.forLanguageTag("pl-PL"))).isEqualTo("krzesła");
  }

  @Test
  void should_not_depend_on_the_default_locale_of_the_machine() {
    Map<String, String> reference = new HashMap<>();
    LocalizedBundle referenceBundle =
        LocalizedBundle.load("pl.kcs.core.labels", getClass().getClassLoader());
    for (String key : referenceBundle.keys(Language.POLISH)) {
      reference.put(
          key,
          referenceBundle.text(Language.POLISH, key)
              + "|"
              + referenceBundle.text(Language.ENGLISH, key));
    }
    Locale original = Locale.getDefault();
    try {
      for (String tag : List.of("tr-TR", "pl-PL", "de-DE", "en-US", "und")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        ResourceBundle.clearCache(getClass().getClassLoader());
        LocalizedBundle bundle =
            LocalizedBundle.load("pl.kcs.core.labels", getClass().getClassLoader());
        for (Map.Entry<String, String> entry : reference.entrySet()) {
          String key = entry.getKey();
          assertThat(bundle.text(Language.POLISH, key) + "|" + bundle.text(Language.ENGLISH, key))
              .as("%s under default locale %s", key, tag)
              .isEqualTo(entry.getValue());
        }
        assertThat(Equipment.CHAIRS.label(POLISH)).isEqualTo("krzesła");
        assertThat(Equipment.CHAIRS.label(Locale.ENGLISH)).isEqualTo("chairs");
      }
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void should_fail_loudly_on_a_missing_label_or_bundle() {
    LocalizedBundle bundle =
        LocalizedBundle.load("pl.kcs.core.labels", getClass().getClassLoader());

    assertThat(bundle.contains(Language.POLISH, "Equipment.CHAIRS")).isTrue();
    assertThat(bundle.contains(Language.ENGLISH, "Equipment.NO_SUCH_THING")).isFalse();
    assertThatThrownBy(() -> bundle.text(Language.ENGLISH, "Equipment.NO_SUCH_THING"))
        .isInstanceOf(MissingResourceException.class);
    assertThatThrownBy(
            () -> LocalizedBundle.load("pl.kcs.core.no_such_labels", getClass().getClassLoader()))
        .isInstanceOf(MissingResourceException.class);
    assertThat(bundle).hasToString("LocalizedBundle{pl.kcs.core.labels}");
  }

  @Test
  void should_format_a_text_with_the_locale_of_its_language() {
    LocalizedBundle bundle =
        LocalizedBundle.load("pl.kcs.core.labels", getClass().getClassLoader());

    assertThat(bundle.format(Language.POLISH, "Equipment.TABLE")).isEqualTo("stół");
    assertThat(bundle.text(POLISH, "Equipment.TABLE")).isEqualTo("stół");
    assertThat(bundle.text(Locale.GERMAN, "Equipment.TABLE")).isEqualTo("table");
  }

  private static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }
}
