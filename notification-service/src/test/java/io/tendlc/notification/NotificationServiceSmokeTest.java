package io.tendlc.notification;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class NotificationServiceSmokeTest extends ServiceSmokeTest {
}
