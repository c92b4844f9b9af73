package pl.kcs.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.Programme;
import pl.kcs.core.Requirement;
import pl.kcs.core.fixtures.Fixtures;

class HostTest {

  @Test
  @DisplayName(
      "KCS-S1B-EQUIPMENT: a flipchart, chairs, a table and office supplies are required; refreshments optional")
  void kcs_equipment_requirements() {
    assertThat(EnumSet.allOf(Equipment.class))
        .filteredOn(item -> item.requirementFor(Programme.KCS) == Requirement.REQUIRED)
        .containsExactly(
            Equipment.FLIPCHART, Equipment.CHAIRS, Equipment.TABLE, Equipment.OFFICE_SUPPLIES);
    assertThat(EnumSet.allOf(Equipment.class))
        .filteredOn(item -> item.requirementFor(Programme.KCS) == Requirement.OPTIONAL)
        .containsExactly(
            Equipment.WATER_AND_CUPS,
            Equipment.COFFEE_MACHINE,
            Equipment.ELECTRIC_KETTLE,
            Equipment.COFFEE,
            Equipment.TEA,
            Equipment.BISCUITS)
        .allMatch(Equipment::isRefreshment);
    assertThat(Equipment.FLIPCHART.isRefreshment()).isFalse();
    assertThat(Equipment.FLIPCHART.kcsRequirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(Equipment.CHAIRS.source()).isEqualTo(FactId.of("KCS-S1B-EQUIPMENT"));
  }

  @Test
  @DisplayName(
      "KS-EQUIPMENT: basic furniture is required; phone, computer, copier and teaching aids recommended")
  void club_equipment_requirements() {
    assertThat(EnumSet.allOf(Equipment.class))
        .filteredOn(item -> item.requirementFor(Programme.KS) == Requirement.REQUIRED)
        .containsExactly(Equipment.BASIC_FURNITURE);
    assertThat(EnumSet.allOf(Equipment.class))
        .filteredOn(item -> item.requirementFor(Programme.KS) == Requirement.RECOMMENDED)
        .containsExactly(
            Equipment.PHONE,
            Equipment.COMPUTER_WITH_PRINTER,
            Equipment.COPIER,
            Equipment.BOARD,
            Equipment.PROJECTOR,
            Equipment.SMALL_LIBRARY,
            Equipment.STATIONERY)
        .extracting(Equipment::source)
        .containsOnly(FactId.of("KS-EQUIPMENT"));
    assertThat(Equipment.PHONE.ksRequirement()).isEqualTo(Requirement.RECOMMENDED);
    assertThat(Equipment.PHONE.requirementFor(Programme.KCS)).isEqualTo(Requirement.NOT_IN_SOURCE);
    assertThat(Equipment.FLIPCHART.requirementFor(Programme.KS))
        .isEqualTo(Requirement.NOT_IN_SOURCE);
    assertThat(Equipment.BASIC_FURNITURE.isRefreshment()).isFalse();
    assertThatThrownBy(() -> Equipment.CHAIRS.requirementFor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("programme");
  }

  @Test
  @DisplayName(
      "KCS-S1B-EQUIPMENT, KS-EQUIPMENT: an institution lacks the asked-for items it does not have")
  void missing_equipment() {
    HostInstitution library = Fixtures.aLibrary();

    assertThat(library.missingEquipment(Programme.KCS, Requirement.REQUIRED)).isEmpty();
    assertThat(library.missingEquipment(Programme.KCS, Requirement.OPTIONAL))
        .containsExactly(Equipment.COFFEE_MACHINE, Equipment.COFFEE, Equipment.BISCUITS);
    assertThat(
            library
                .withEquipment(Equipment.CHAIRS)
                .missingEquipment(Programme.KCS, Requirement.REQUIRED))
        .containsExactly(Equipment.FLIPCHART, Equipment.TABLE, Equipment.OFFICE_SUPPLIES);
    assertThat(library.missingEquipment(Programme.KS, Requirement.REQUIRED))
        .containsExactly(Equipment.BASIC_FURNITURE);
    assertThat(
            Fixtures.aSocialAssistanceCentre()
                .missingEquipment(Programme.KS, Requirement.RECOMMENDED))
        .isEmpty();
    assertThat(
            Fixtures.aCultureHouseWithoutPremises()
                .missingEquipment(Programme.KCS, Requirement.REQUIRED))
        .hasSize(4);
    assertThatThrownBy(() -> library.missingEquipment(null, Requirement.REQUIRED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("programme");
    assertThatThrownBy(() -> library.missingEquipment(Programme.KCS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("requirement");
  }

  @Test
  @DisplayName(
      "KCS-HOST: culture houses, libraries, local activity centres and existing groups can host a KCS; KS-FORMAL: a centre hosts a club")
  void host_kinds() {
    assertThat(EnumSet.allOf(HostKind.class))
        .filteredOn(HostKind::kcsHost)
        .containsExactly(
            HostKind.CULTURE_HOUSE,
            HostKind.LIBRARY,
            HostKind.LOCAL_ACTIVITY_CENTRE,
            HostKind.EXISTING_SELF_HELP_GROUP)
        .extracting(HostKind::source)
        .containsOnly(FactId.of("KCS-HOST"));
    assertThat(HostKind.SOCIAL_ASSISTANCE_CENTRE.kcsHost()).isFalse();
    assertThat(HostKind.SOCIAL_ASSISTANCE_CENTRE.source()).isEqualTo(FactId.of("KS-FORMAL"));
  }

  @Test
  void host_institution_validation() {
    assertThatThrownBy(() -> HostInstitution.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build HostInstitution, some of required attributes are not set [name, kind]");
    assertThatThrownBy(() -> Fixtures.aLibrary().withName(""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("institution name must not be blank");
    assertThatThrownBy(
            () ->
                Fixtures.aLibrary()
                    .withRooms(Fixtures.aMeetingRoom(), Fixtures.aMeetingRoom().withCapacity(8)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rooms must have distinct names; a name appears twice (not repeated)");
    assertThatThrownBy(
            () -> HostInstitution.builder().kind(HostKind.LIBRARY).kind(HostKind.LIBRARY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of HostInstitution is strict, attribute is already set: kind");
  }

  @Test
  @DisplayName("KCS-S1B-PREMISES, KCS-REM-SPACE: a comfortable, non-walk-through and safe room")
  void room_features() {
    Room room = Fixtures.aMeetingRoom();

    assertThat(room.has(RoomFeature.NON_WALK_THROUGH)).isTrue();
    assertThat(Fixtures.aWalkThroughReadingRoom().has(RoomFeature.NON_WALK_THROUGH)).isFalse();
    assertThat(EnumSet.allOf(RoomFeature.class))
        .filteredOn(feature -> feature.kcsRequirement() == Requirement.REQUIRED)
        .containsExactly(RoomFeature.COMFORTABLE, RoomFeature.NON_WALK_THROUGH, RoomFeature.SAFE);
    assertThat(RoomFeature.NON_WALK_THROUGH.source()).isEqualTo(FactId.of("KCS-S1B-PREMISES"));
    assertThat(RoomFeature.SAFE.source()).isEqualTo(FactId.of("KCS-REM-SPACE"));
    // KCS-M1: open doors offer a neutral and friendly space.
    assertThat(RoomFeature.NEUTRAL_AND_FRIENDLY.source()).isEqualTo(FactId.of("KCS-M1"));
    assertThatThrownBy(() -> room.has(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("feature");
  }

  @Test
  @DisplayName("KS-ROOM: a club's room is preferably accessible, and it may meet in the field")
  void club_rooms() {
    assertThat(Fixtures.anAccessibleClubRoom().has(RoomFeature.ACCESSIBLE)).isTrue();
    assertThat(RoomFeature.ACCESSIBLE.source()).isEqualTo(FactId.of("KS-ROOM"));
    assertThat(RoomFeature.ACCESSIBLE.kcsRequirement()).isEqualTo(Requirement.NOT_IN_SOURCE);
    assertThat(RoomKind.FIELD_MEETING_POINT.source()).isEqualTo(FactId.of("KS-ROOM"));
  }

  @Test
  void room_validation_and_defaults() {
    Room room = Room.builder().name("sala").capacity(10).build();

    assertThat(room.kind()).isEqualTo(RoomKind.MEETING_ROOM);
    assertThat(room.features()).isEmpty();
    assertThatThrownBy(() -> room.withCapacity(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("capacity must be positive, was 0");
    assertThatThrownBy(() -> room.withName("\t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("room name must not be blank");
    assertThatThrownBy(() -> Room.builder().name("sala").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Room, some of required attributes are not set [capacity]");
    assertThatThrownBy(() -> Room.builder().capacity(1).capacity(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Room is strict, attribute is already set: capacity");
  }
}
