package io.tendlc.users;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class UserServiceSmokeTest extends ServiceSmokeTest {
}
