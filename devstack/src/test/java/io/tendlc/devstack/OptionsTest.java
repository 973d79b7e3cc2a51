package io.tendlc.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaults() {
        Options options = Options.parse(new String[] {"up"}, Map.of(), ROOT);

        assertThat(options.command()).isEqualTo(Options.Command.UP);
        assertThat(options.fresh()).isFalse();
        assertThat(options.dataDir()).isEqualTo(Path.of("/repo/data"));
        assertThat(options.appTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.parallelism()).isEqualTo(2);
    }

    @Test
    void environmentOverridesDefaultsAndFlagsOverrideEnvironment() {
        Map<String, String> env = Map.of("TENDLC_DATA_DIR", "/var/tendlc", "TENDLC_APP_TIMEOUT", "60",
                "TENDLC_START_PARALLELISM", "2");

        Options fromEnv = Options.parse(new String[] {"infra"}, env, ROOT);
        Options fromFlags = Options.parse(
                new String[] {"up", "--fresh", "--data-dir", "other", "--timeout", "90", "--parallel", "4"}, env, ROOT);

        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/var/tendlc"));
        assertThat(fromEnv.appTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(fromEnv.parallelism()).isEqualTo(2);
        assertThat(fromFlags.fresh()).isTrue();
        assertThat(fromFlags.dataDir()).isEqualTo(Path.of("/repo/other"));
        assertThat(fromFlags.appTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(fromFlags.parallelism()).isEqualTo(4);
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[0], Map.of(), ROOT));
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] {"start"}, Map.of(), ROOT))
                .withMessageContaining("unknown command");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] {"up", "--fast"}, Map.of(), ROOT))
                .withMessageContaining("unknown option");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] {"up", "--timeout"}, Map.of(), ROOT))
                .withMessageContaining("needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] {"up", "--parallel", "0"}, Map.of(), ROOT))
                .withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] {"down", "--fresh"}, Map.of(), ROOT));
    }
}
