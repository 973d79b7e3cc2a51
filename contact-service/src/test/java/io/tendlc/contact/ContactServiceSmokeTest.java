package io.tendlc.contact;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class ContactServiceSmokeTest extends ServiceSmokeTest {
}
