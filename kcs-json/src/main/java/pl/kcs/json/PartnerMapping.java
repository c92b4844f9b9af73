package pl.kcs.json;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.Partner;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.partner.PartnerKind;
import pl.kcs.core.partner.PartnerStatus;

/** The JSON and XML form of {@code pl.kcs.core.partner}: local partners (KCS-S2A, KS-PARTNERS, KCS-COST-PARTNERS). */
final class PartnerMapping {

  private PartnerMapping() {}

  static void register(Mappings.Registry registry) {
    registry.add(
        Mapping.of(
            Partner.class, "partner", PartnerMapping::writePartner, PartnerMapping::readPartner));
    registry.add(Mapping.ofText(PartnerId.class, "partnerId", PartnerId::value, PartnerId::of));
  }

  static void writePartner(Partner partner, Out out) {
    out.string("id", partner.id().value());
    out.string("name", partner.name());
    out.code("kind", partner.kind());
    out.code("status", partner.status());
    out.optDate("invitedOn", partner.invitedOn());
    out.codes("contributions", "contribution", partner.contributions());
  }

  static Partner readPartner(In in) {
    PartnerId id = in.value("id", PartnerId::of);
    String name = in.name("name");
    PartnerKind kind = in.code("kind", PartnerKind.class);
    PartnerStatus status = in.code("status", PartnerStatus.class);
    Optional<LocalDate> invitedOn = in.optDate("invitedOn");
    ImmutableSet<ContributionKind> contributions =
        in.codes("contributions", ContributionKind.class);
    return in.build(
        () ->
            Partner.builder()
                .id(id)
                .name(name)
                .kind(kind)
                .status(status)
                .invitedOn(invitedOn)
                .addAllContributions(contributions)
                .build());
  }
}
