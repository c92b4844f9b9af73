package pl.kcs.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;

/**
 * The JSON and XML form of {@code pl.kcs.core.host}: the host institution (KCS-HOST, KS-FORMAL),
 * its rooms (KCS-S1B-PREMISES, KS-ROOM) and equipment (KCS-S1B-EQUIPMENT, KS-EQUIPMENT).
 */
final class HostMapping {

  private HostMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            HostInstitution.class,
            "hostInstitution",
            HostMapping::writeHost,
            HostMapping::readHost));
    registry.add(Mapping.of(Room.class, "room", HostMapping::writeRoom, HostMapping::readRoom));
  }

  static void writeHost(HostInstitution host, Out out) {
    out.string("name", host.name());
    out.code("kind", host.kind());
    out.list("rooms", "room", host.rooms(), HostMapping::writeRoom);
    out.codes("equipment", "item", host.equipment());
  }

  static HostInstitution readHost(In in) {
    String name = in.name("name");
    HostKind kind = in.code("kind", HostKind.class);
    ImmutableList<Room> rooms = in.list("rooms", HostMapping::readRoom);
    ImmutableSet<Equipment> equipment = in.codes("equipment", Equipment.class);
    return in.build(
        () ->
            HostInstitution.builder()
                .name(name)
                .kind(kind)
                .addAllRooms(rooms)
                .addAllEquipment(equipment)
                .build());
  }

  static void writeRoom(Room room, Out out) {
    out.string("name", room.name());
    out.code("kind", room.kind());
    out.codes("features", "feature", room.features());
    out.integer("capacity", room.capacity());
  }

  static Room readRoom(In in) {
    String name = in.name("name");
    java.util.Optional<RoomKind> kind = in.optCode("kind", RoomKind.class);
    ImmutableSet<RoomFeature> features = in.codes("features", RoomFeature.class);
    int capacity = in.integer("capacity");
    return in.build(
        () -> {
          Room.Builder room = Room.builder().name(name).addAllFeatures(features).capacity(capacity);
          kind.ifPresent(room::kind);
          return room.build();
        });
  }
}
