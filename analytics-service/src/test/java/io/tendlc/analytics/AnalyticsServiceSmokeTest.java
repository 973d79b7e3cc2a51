package io.tendlc.analytics;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class AnalyticsServiceSmokeTest extends ServiceSmokeTest {
}
