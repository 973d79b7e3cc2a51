package io.tendlc.users;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The organization's name, time zone and settings, and who may change them. */
@UserServiceTest
class OrganizationsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID org = UUID.randomUUID();
    final UUID owner = UUID.randomUUID();
    Api api;

    @BeforeEach
    void organization() {
        api = Api.at(port);
        new TestAccounts(kafka, api).signUp(org, owner, "owner@settings.test", "Sam Settings", "Settings Co");
    }

    @Test
    void anAdminRenamesTheOrganizationAndSetsItsTimeZoneAndSettings() {
        String admin = TestTokens.user(org, "ADMIN");
        Api.Reply patched = api.patch("/api/v1/organizations/current", admin, """
                {"name": "  Settings Company ", "timeZone": "America/Chicago",
                 "settings": {"quietHoursStart": "21:00", "quietHoursEnd": "08:00",
                              "defaultSenderNumber": "+15005550006"}}""");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.text("name")).isEqualTo("Settings Company");
        assertThat(patched.text("timeZone")).isEqualTo("America/Chicago");
        assertThat(patched.json().path("settings").path("quietHoursStart").asString()).isEqualTo("21:00");
        Api.Reply current = api.get("/api/v1/organizations/current", TestTokens.user(org, "VIEWER"));
        assertThat(current.json().path("settings").path("defaultSenderNumber").asString()).isEqualTo("+15005550006");
        assertThat(current.json().path("members")).hasSize(1);
        assertThat(current.text("createdAt")).isNotBlank();
    }

    @Test
    void settingsMergeKeyByKeyAndNullClearsOne() {
        String owner = TestTokens.user(this.owner, org, "OWNER");
        api.patch("/api/v1/organizations/current", owner,
                "{\"settings\": {\"quietHoursStart\": \"22:00\", \"quietHoursEnd\": \"07:30\"}}");
        api.patch("/api/v1/organizations/current", owner, "{\"settings\": {\"defaultSenderNumber\": \"+15551234567\"}}");
        Api.Reply cleared = api.patch("/api/v1/organizations/current", owner,
                "{\"settings\": {\"quietHoursStart\": null, \"quietHoursEnd\": null}}");

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("settings").path("quietHoursStart").isNull()).isTrue();
        assertThat(cleared.json().path("settings").path("defaultSenderNumber").asString()).isEqualTo("+15551234567");
        assertThat(cleared.text("name")).as("absent fields stay").isEqualTo("Settings Co");
    }

    @Test
    void invalidTimeZonesNamesAndSettingsAreProblemsThatChangeNothing() {
        String owner = TestTokens.user(this.owner, org, "OWNER");
        for (String zone : new String[]{"Mars/Olympus_Mons", "+02:00", "GMT+2", "america/chicago", ""}) {
            Api.Reply reply = api.patch("/api/v1/organizations/current", owner, "{\"timeZone\": \"" + zone + "\"}");
            assertThat(reply.status()).as(zone).isEqualTo(400);
            assertThat(reply.text("type")).isEqualTo("https://tendlc.io/problems/validation");
            assertThat(reply.text("detail")).contains("timeZone");
        }
        assertThat(api.patch("/api/v1/organizations/current", owner, "{\"name\": \"   \"}").status()).isEqualTo(400);

        Api.Reply unknown = api.patch("/api/v1/organizations/current", owner,
                "{\"settings\": {\"theme\": \"dark\", \"quietHoursStart\": \"25:00\"}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("type")).isEqualTo("https://tendlc.io/problems/invalid-settings");
        assertThat(unknown.text("detail")).contains("settings.theme");

        Api.Reply badValues = api.patch("/api/v1/organizations/current", owner,
                "{\"settings\": {\"quietHoursStart\": \"9pm\", \"quietHoursEnd\": \"08:00\", \"defaultSenderNumber\": 5551234}}");
        assertThat(badValues.status()).isEqualTo(400);
        assertThat(badValues.json().path("errors")).isNotEmpty();
        Api.Reply halfQuietHours = api.patch("/api/v1/organizations/current", owner,
                "{\"settings\": {\"quietHoursStart\": \"21:00\"}}");
        assertThat(halfQuietHours.status()).isEqualTo(400);
        assertThat(halfQuietHours.text("detail")).contains("set together");
        assertThat(api.patch("/api/v1/organizations/current", owner, "{\"settings\": {\"defaultSenderNumber\": \"555-1234\"}}")
                .status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/organizations/current", owner, "{not json").status()).isEqualTo(400);

        Api.Reply current = api.get("/api/v1/organizations/current", owner);
        assertThat(current.text("name")).isEqualTo("Settings Co");
        assertThat(current.text("timeZone")).isEqualTo("America/New_York");
        assertThat(current.json().path("settings").path("quietHoursStart").isNull()).isTrue();
    }

    @Test
    void managersAgentsViewersAndApiKeysCannotChangeTheOrganization() {
        for (String role : new String[]{"MANAGER", "AGENT", "VIEWER"}) {
            Api.Reply reply = api.patch("/api/v1/organizations/current", TestTokens.user(org, role), "{\"name\": \"Taken\"}");
            assertThat(reply.status()).as(role).isEqualTo(403);
            assertThat(reply.text("type")).isEqualTo("https://tendlc.io/problems/forbidden");
        }
        assertThat(api.patch("/api/v1/organizations/current", TestTokens.apiKey(org, "messages:send"),
                "{\"name\": \"Taken\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/organizations/current", TestTokens.apiKey(org, "messages:read")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/organizations/current", TestTokens.user(org, "AGENT")).text("name"))
                .isEqualTo("Settings Co");
    }

    @Test
    void thePermissionTableIsPublishedForTheDashboard() {
        Api.Reply table = api.get("/api/v1/organizations/current/permissions", TestTokens.user(org, "VIEWER"));
        assertThat(table.status()).isEqualTo(200);
        assertThat(table.json().propertyNames()).containsExactly("OWNER", "ADMIN", "MANAGER", "AGENT", "VIEWER");
        assertThat(table.json().path("VIEWER").valueStream().map(n -> n.asString()).toList())
                .contains("members:read").doesNotContain("members:manage");
    }
}
