package io.tendlc.devstack.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppsTest {

    @Test
    void tableHasEveryAppOnceWithItsOwnPort() {
        assertThat(Apps.ALL).hasSize(12);
        assertThat(Apps.ALL).extracting(App::name).doesNotHaveDuplicates();
        assertThat(Apps.ALL).extracting(App::port).doesNotHaveDuplicates();
        assertThat(Apps.ALL).extracting(App::name).contains("auth-service", "sms-service", "billing-service");
    }

    @Test
    void simulatorsStartFirstAndTheGatewayLast() {
        assertThat(Apps.ALL.getFirst()).satisfies(app -> {
            assertThat(app.name()).isEqualTo("simulators");
            assertThat(app.phase()).isEqualTo(App.Phase.FIRST);
            assertThat(app.healthUrl()).isEqualTo("http://localhost:8180/actuator/health");
        });
        assertThat(Apps.GATEWAY.name()).isEqualTo("gateway");
        assertThat(Apps.GATEWAY.phase()).isEqualTo(App.Phase.LAST);
        assertThat(Apps.ALL).filteredOn(app -> app.phase() == App.Phase.MIDDLE).hasSize(10)
                .allSatisfy(app -> assertThat(app.healthUrl()).endsWith("/actuator/health/readiness"));
    }

    @Test
    void loadBearingAppsGetMoreHeapAndTheFullJit() {
        App sms = byName("sms-service");
        App auth = byName("auth-service");

        assertThat(sms.jvmOptions()).contains("-Xmx768m").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(Apps.GATEWAY.jvmOptions()).contains("-Xmx768m");
        assertThat(auth.jvmOptions()).contains("-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1", "-Xmx384m");
        assertThat(auth.jar(Path.of("/repo"), "0.1.0-SNAPSHOT"))
                .isEqualTo(Path.of("/repo/auth-service/target/auth-service-0.1.0-SNAPSHOT.jar"));
    }

    @Test
    void appsLearnWhereEverythingIsAndTheDemoData() {
        Map<String, String> env = AppEnvironment.of(
                Map.of("DB_URL", "jdbc:postgresql://localhost:15432/tendlc", "REDIS_URL", "redis://localhost:16379",
                        "SMTP_HOST", "localhost", "SMTP_PORT", "2525"),
                Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t", "DEMO_ORG_ID", "org",
                        "TCR_API_KEY", "K", "TCR_API_SECRET", "S", "TCR_WEBHOOK_SECRET", "W"),
                Map.of("LOG_FORMAT", "json", "TCR_SIM_REVIEW_DELAY", "10s"));

        assertThat(env).containsEntry("DB_URL", "jdbc:postgresql://localhost:15432/tendlc")
                .containsEntry("REDIS_URL", "redis://localhost:16379")
                .containsEntry("SMTP_HOST", "localhost").containsEntry("SMTP_PORT", "2525")
                .containsEntry("AUTH_JWKS_URI", "http://localhost:8081/.well-known/jwks.json")
                .containsEntry("TWILIO_API_BASE_URL", "http://localhost:8180")
                .containsEntry("PUBLIC_BASE_URL", "http://localhost:8080")
                .containsEntry("AUTH_SERVICE_URL", "http://localhost:8081")
                .containsEntry("DEMO_PASSWORD", "demo-password")
                .containsEntry("DEMO_SENDER_NUMBER", "+15005550006")
                .containsEntry("DEMO_ORG_ID", "org")
                .containsEntry("LOG_FORMAT", "json")
                // the TCR simulator in the simulators app, and its credentials for it and for its clients
                .containsEntry("TCR_API_BASE_URL", "http://localhost:8180/tcr/v2")
                .containsEntry("TCR_API_KEY", "K").containsEntry("TCR_API_SECRET", "S")
                .containsEntry("TCR_WEBHOOK_SECRET", "W")
                .containsEntry("TCR_SIM_VERIFICATION_DELAY", "2s").containsEntry("TCR_SIM_VETTING_DELAY", "3s")
                .containsEntry("TCR_SIM_REVIEW_DELAY", "10s");
        assertThat(AppEnvironment.of(Map.of(), Map.of(), Map.of("DEMO_PASSWORD", "s3cret")))
                .containsEntry("DEMO_PASSWORD", "s3cret").doesNotContainKey("LOG_FORMAT");
    }

    private static App byName(String name) {
        return Apps.ALL.stream().filter(app -> app.name().equals(name)).findFirst().orElseThrow();
    }
}
