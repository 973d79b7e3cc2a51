package io.tendlc.notification;

import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.notification.mail.IdentityEvents;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.tendlc.events.EventTypes.BRAND_APPROVED;
import static io.tendlc.events.EventTypes.BRAND_REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The victim's organization has notifications about its brand, one of them read by the victim; the intruder (an
 * OWNER of another organization, with notifications of its own) aims at them by id and through the lists.
 */
@PlatformIntegrationTest
class NotificationCrossOrganizationTest extends CrossOrganizationTest {

    static final String PATH = "/api/v1/notifications";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID victimBrand = UUID.randomUUID();
    String victimNotification;

    @Override
    protected void prepareVictim(Api api) {
        IdentityEvents events = new IdentityEvents(kafka);
        events.publish(EventTypes.MEMBERSHIP_CREATED, victimOrganization, victimOrganization.toString(),
                new MembershipChanged(victimOrganization, victimUser, "vera@victim.test", "OWNER"));
        publishBrand(victimOrganization, victimBrand, "Victim Brand", BRAND_REJECTED, "Victim secret reason");
        publishBrand(victimOrganization, victimBrand, "Victim Brand", BRAND_APPROVED, null);
        publishBrand(intruderOrganization, UUID.randomUUID(), "Intruder Brand", BRAND_APPROVED, null);
        JsonNode victims = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(PATH, victim()).json(), list -> list.path("items").size() == 2);
        victimNotification = victims.path("items").get(0).path("id").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(PATH, intruder()).json().path("items").size() == 1);
        assertThat(api.post(PATH + "/" + victims.path("items").get(1).path("id").asString() + "/read", victim(), "")
                .status()).isEqualTo(204);
    }

    @Override
    protected String victimState(Api api) {
        return api.get(PATH, victim()).body();
    }

    @Override
    protected List<Attack> attacks() {
        String[] markers = {victimBrand.toString(), "Victim Brand", "Victim secret reason", victimOrganization.toString()};
        return List.of(
                Attack.seesOnlyItsOwn("GET " + PATH, api -> api.get(PATH, intruder()), markers),
                Attack.seesOnlyItsOwn("GET " + PATH, api -> api.get(PATH + "?limit=100", intruder()), markers),
                Attack.refused("POST " + PATH + "/{id}/read",
                        api -> api.post(PATH + "/" + victimNotification + "/read", intruder(), "")),
                Attack.seesOnlyItsOwn("POST " + PATH + "/read-all", api -> api.post(PATH + "/read-all", intruder(), ""),
                        markers));
    }

    private void publishBrand(UUID organization, UUID brand, String name,
                              EventType<BrandChanged> type, String reason) {
        new IdentityEvents(kafka).publish(type, organization, brand.toString(), new BrandChanged(
                brand, organization, "BVICTIM", name, name + " LLC", "PRIVATE_PROFIT",
                type == BRAND_APPROVED ? "VERIFIED" : "UNVERIFIED", null, type == BRAND_APPROVED ? "APPROVED" : "REJECTED",
                reason, TestOrganization.now()));
    }
}
