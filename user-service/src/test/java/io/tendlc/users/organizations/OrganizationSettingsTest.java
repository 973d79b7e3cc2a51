package io.tendlc.users.organizations;

import io.tendlc.platform.web.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationSettingsTest {

    @Test
    void aPatchSetsClearsAndKeepsKeys() {
        OrganizationSettings set = OrganizationSettings.NONE.merge(Map.of("quietHoursStart", "21:00",
                "quietHoursEnd", "08:00", "defaultSenderNumber", " +15551234567 "));
        assertThat(set).isEqualTo(new OrganizationSettings("21:00", "08:00", "+15551234567"));

        Map<String, Object> clear = new HashMap<>();
        clear.put("quietHoursStart", null);
        clear.put("quietHoursEnd", null);
        assertThat(set.merge(clear)).isEqualTo(new OrganizationSettings(null, null, "+15551234567"));
        assertThat(set.merge(Map.of())).isEqualTo(set);
        assertThat(set.asMap()).containsOnlyKeys("quietHoursStart", "quietHoursEnd", "defaultSenderNumber");
    }

    @Test
    void everyProblemIsListedAndNothingChanges() {
        assertThatThrownBy(() -> OrganizationSettings.NONE.merge(Map.of("quietHoursStart", "24:00",
                "quietHoursEnd", "7:00", "defaultSenderNumber", "5551234567")))
                .isInstanceOfSatisfying(ApiProblem.class, e -> {
                    assertThat(e.type()).isEqualTo("invalid-settings");
                    assertThat((List<?>) e.properties().get("errors")).hasSize(3);
                });
        assertThatThrownBy(() -> OrganizationSettings.NONE.merge(Map.of("colour", "blue")))
                .hasMessageContaining("settings.colour");
        assertThatThrownBy(() -> OrganizationSettings.NONE.merge(Map.of("defaultSenderNumber", 15551234567L)))
                .hasMessageContaining("must be a string");
        assertThatThrownBy(() -> OrganizationSettings.NONE.merge(Map.of("quietHoursEnd", "08:00")))
                .hasMessageContaining("set together");
        assertThatThrownBy(() -> OrganizationSettings.NONE.merge(Map.of("quietHoursStart", "08:00", "quietHoursEnd", "08:00")))
                .hasMessageContaining("must differ");
    }

    @Test
    void storedKeysThisVersionDoesNotKnowAreDropped() {
        assertThat(OrganizationSettings.of(Map.of("legacy", "x", "quietHoursStart", "22:00", "quietHoursEnd", "06:00")))
                .isEqualTo(new OrganizationSettings("22:00", "06:00", null));
    }

    @Test
    void timeZonesAreIanaRegionIds() {
        IanaTimeZone.Validator zones = new IanaTimeZone.Validator();
        assertThat(zones.isValid("America/Los_Angeles", null)).isTrue();
        assertThat(zones.isValid("UTC", null)).isTrue();
        assertThat(zones.isValid(null, null)).isTrue();
        assertThat(zones.isValid("+05:30", null)).isFalse();
        assertThat(zones.isValid("Z", null)).isFalse();
        assertThat(zones.isValid("Atlantis/Capital", null)).isFalse();
    }
}
