package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.tcr.TcrError;
import io.tendlc.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaign's transitions and what each announces. */
class CampaignTest {

    static final Instant T = Instant.parse("2026-01-01T12:00:00Z");

    static Campaign registered() {
        CampaignForm form = new CampaignForm(UUID.randomUUID(), "MARKETING", null, "d", "f", List.of("a", "b"), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null).normalized();
        Campaign created = Campaign.create(UUID.randomUUID(), UUID.randomUUID(), form, new Limits(4500, 200000), T)
                .campaign();
        return created.registeredAtTcr("CABC123", 1, T).campaign();
    }

    static Campaign.Changed verdict(Campaign c, Carrier carrier, CarrierStatus status, int second) {
        return c.carrierReviewed(carrier, status, carrier + " " + status, T.plusSeconds(second), T).orElseThrow();
    }

    @Test
    void approvalIsAnnouncedOnceWhenTheLastCarrierApproves() {
        Campaign.Changed att = verdict(registered(), Carrier.ATT, CarrierStatus.APPROVED, 1);
        assertThat(att.event()).isEqualTo(EventTypes.CAMPAIGN_UPDATED);
        Campaign.Changed tmobile = verdict(att.campaign(), Carrier.TMOBILE, CarrierStatus.APPROVED, 2);
        Campaign.Changed verizon = verdict(tmobile.campaign(), Carrier.VERIZON, CarrierStatus.APPROVED, 3);
        assertThat(verizon.event()).isEqualTo(EventTypes.CAMPAIGN_APPROVED);
        assertThat(verizon.campaign().status()).isEqualTo(CampaignStatus.APPROVED);
        assertThat(verizon.campaign().changed().carrierStatuses()).containsEntry("VERIZON", "APPROVED");
        assertThat(verizon.campaign().carrierReviewed(Carrier.VERIZON, CarrierStatus.APPROVED, "VERIZON APPROVED",
                T.plusSeconds(3), T)).as("the same verdict again").isEmpty();
    }

    @Test
    void oneRejectionRejectsTheCampaignWithTheCarriersReason() {
        Campaign.Changed rejected = verdict(registered(), Carrier.TMOBILE, CarrierStatus.REJECTED, 1);
        assertThat(rejected.event()).isEqualTo(EventTypes.CAMPAIGN_REJECTED);
        assertThat(rejected.campaign().statusReason()).isEqualTo("T-Mobile: TMOBILE REJECTED");
    }

    @Test
    void anEndedCampaignIgnoresCarriersAndExpiresOnlyOnce() {
        Campaign deleted = registered().deactivated(T).campaign();
        assertThat(deleted.tcrOperation()).isEqualTo(TcrOperation.DELETE);
        assertThat(deleted.carrierReviewed(Carrier.ATT, CarrierStatus.APPROVED, null, T.plusSeconds(5), T)).isEmpty();
        assertThat(deleted.expired(T)).isEmpty();
        Campaign.Changed expired = registered().expired(T).orElseThrow();
        assertThat(expired.event()).isEqualTo(EventTypes.CAMPAIGN_EXPIRED);
        assertThat(expired.campaign().expired(T)).isEmpty();
    }

    @Test
    void tcrAnswersForAnOlderVersionDoNotSettleANewerOne() {
        Campaign edited = registered().resubmitted(registered().content(), new Limits(4500, 200000), T).campaign();
        assertThat(edited.tcrOperation()).isEqualTo(TcrOperation.UPDATE);
        assertThat(edited.carriers()).allSatisfy((carrier, state) -> assertThat(state.eventAt()).isEqualTo(T));
        int sent = edited.contentVersion();
        Campaign againEdited = edited.resubmitted(edited.content(), edited.limits(), T).campaign();
        assertThat(againEdited.tcrTook(TcrOperation.UPDATE, sent, T).campaign().tcrOperation())
                .isEqualTo(TcrOperation.UPDATE);
        assertThat(againEdited.refusedByTcr(TcrOperation.UPDATE, sent, List.of(new TcrError(1, "x", "no")), T)
                .campaign().status()).isEqualTo(CampaignStatus.PENDING);
        assertThat(againEdited.tcrTook(TcrOperation.UPDATE, againEdited.contentVersion(), T).campaign().tcrOperation())
                .isNull();
    }

    @Test
    void aCampaignDeactivatedWhileTcrRegisteredItIsDeactivatedThereToo() {
        CampaignForm form = registered().content();
        Campaign pending = Campaign.create(UUID.randomUUID(), UUID.randomUUID(), form, new Limits(1, 1), T).campaign();
        Campaign deleted = pending.deactivated(T).campaign();
        assertThat(deleted.tcrOperation()).isNull();
        Campaign.Changed registered = deleted.registeredAtTcr("CXYZ789", 1, T);
        assertThat(registered.campaign().tcrOperation()).isEqualTo(TcrOperation.DELETE);
        assertThat(registered.campaign().status()).isEqualTo(CampaignStatus.DELETED);
        assertThat(registered.event()).isNull();
    }
}
