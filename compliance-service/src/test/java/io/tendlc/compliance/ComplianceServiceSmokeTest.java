package io.tendlc.compliance;

import io.tendlc.platform.test.ServiceSmokeTest;

@ComplianceIntegrationTest
class ComplianceServiceSmokeTest extends ServiceSmokeTest {
}
