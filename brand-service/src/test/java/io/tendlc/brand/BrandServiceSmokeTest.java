package io.tendlc.brand;

import io.tendlc.platform.test.ServiceSmokeTest;

@BrandServiceTest
class BrandServiceSmokeTest extends ServiceSmokeTest {
}
