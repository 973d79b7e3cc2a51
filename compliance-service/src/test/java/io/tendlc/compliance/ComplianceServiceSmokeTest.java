package io.tendlc.compliance;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class ComplianceServiceSmokeTest extends ServiceSmokeTest {
}
