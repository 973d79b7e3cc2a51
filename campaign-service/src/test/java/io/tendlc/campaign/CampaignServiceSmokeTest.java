package io.tendlc.campaign;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class CampaignServiceSmokeTest extends ServiceSmokeTest {
}
