package io.tendlc.auth;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class AuthServiceSmokeTest extends ServiceSmokeTest {
}
