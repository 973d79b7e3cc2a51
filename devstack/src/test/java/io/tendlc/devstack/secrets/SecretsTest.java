package io.tendlc.devstack.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void firstRunGeneratesTwilioStyleCredentialsInAnOwnerOnlyFile() throws IOException {
        Path file = dir.resolve("secrets.properties");

        Map<String, String> secrets = Secrets.loadOrCreate(file);

        assertThat(secrets.get(Secrets.TWILIO_ACCOUNT_SID)).matches("AC[0-9a-f]{32}");
        assertThat(secrets.get(Secrets.TWILIO_AUTH_TOKEN)).matches("[0-9a-f]{32}");
        assertThat(UUID.fromString(secrets.get(Secrets.DEMO_ORG_ID))).isNotNull();
        assertThat(secrets.get(Secrets.TCR_API_KEY)).matches("[0-9A-F]{32}");
        assertThat(secrets.get(Secrets.TCR_API_SECRET)).matches("[0-9a-f]{32}");
        assertThat(secrets.get(Secrets.TCR_WEBHOOK_SECRET)).matches("[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void laterRunsKeepTheValuesAndFillOnlyWhatIsMissing() throws IOException {
        Path file = dir.resolve("secrets.properties");
        Map<String, String> first = Secrets.loadOrCreate(file);
        Files.writeString(file, "TWILIO_ACCOUNT_SID=" + first.get(Secrets.TWILIO_ACCOUNT_SID) + "\n");

        Map<String, String> second = Secrets.loadOrCreate(file);

        assertThat(second.get(Secrets.TWILIO_ACCOUNT_SID)).isEqualTo(first.get(Secrets.TWILIO_ACCOUNT_SID));
        assertThat(second.get(Secrets.TWILIO_AUTH_TOKEN)).matches("[0-9a-f]{32}");
        assertThat(second.get(Secrets.TCR_WEBHOOK_SECRET)).as("a key added in a later version").matches("[0-9a-f]{64}");
        assertThat(Secrets.loadOrCreate(file)).isEqualTo(second);
    }

    @Test
    void twoInstallationsGetDifferentSecrets() {
        assertThat(Secrets.loadOrCreate(dir.resolve("a")).get(Secrets.TWILIO_AUTH_TOKEN))
                .isNotEqualTo(Secrets.loadOrCreate(dir.resolve("b")).get(Secrets.TWILIO_AUTH_TOKEN));
    }
}
