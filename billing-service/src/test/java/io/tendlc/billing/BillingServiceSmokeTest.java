package io.tendlc.billing;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class BillingServiceSmokeTest extends ServiceSmokeTest {
}
