package io.tendlc.brand;

import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;

@PlatformIntegrationTest
class BrandServiceSmokeTest extends ServiceSmokeTest {
}
