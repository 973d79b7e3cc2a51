package io.tendlc.campaign;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.ServiceSmokeTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@CampaignServiceTest
class CampaignServiceSmokeTest extends ServiceSmokeTest {

    @Test
    void everyRouteHasAnOpenApiSummaryAndTag() {
        JsonNode paths = Api.at(port).get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/campaigns", "/api/v1/campaigns/{id}",
                "/api/v1/campaigns/{id}/resubmit", "/api/v1/campaigns/{id}/events", "/api/v1/campaigns/usecases",
                "/webhooks/tcr/campaigns");
        paths.forEach(path -> path.forEach(operation -> {
            assertThat(operation.path("summary").asString()).as("summary of %s", operation).isNotBlank();
            assertThat(operation.path("tags")).as("tags of %s", operation).isNotEmpty();
        }));
    }
}
