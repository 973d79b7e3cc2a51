package io.tendlc.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What the command line (and a few environment variables) asked for. */
public record Options(Command command, boolean fresh, Path root, Path dataDir, Duration appTimeout, int parallelism) {

    public enum Command { UP, INFRA, DOWN, STATUS }

    static final String USAGE = """
            Usage: ./platform <command> [options]
              up        start the embedded servers, the simulators and every service; Ctrl-C stops it all
              infra     start only the embedded servers (to run a service from the IDE)
              down      stop a platform started by 'up' or 'infra'
              status    show what is running
            Options:
              --fresh              wipe the data directory first (up, infra)
              --data-dir DIR       data directory (default ./data, or $TENDLC_DATA_DIR)
              --timeout SECONDS    how long one service may take to become ready (default 180, or $TENDLC_APP_TIMEOUT)
              --parallel N         services started at the same time (default 2, or $TENDLC_START_PARALLELISM)
            """;

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
    static final int DEFAULT_PARALLELISM = 2; // measured on 2 cores: 2 at a time beat 3, 4 and 6

    /** Command-line flags win over environment variables, which win over defaults. */
    public static Options parse(String[] args, Map<String, String> env, Path root) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        Command command = command(args[0]);
        boolean fresh = false;
        Path dataDir = env.containsKey("TENDLC_DATA_DIR") ? root.resolve(env.get("TENDLC_DATA_DIR")) : root.resolve("data");
        Duration timeout = env.containsKey("TENDLC_APP_TIMEOUT") ? seconds(env.get("TENDLC_APP_TIMEOUT")) : DEFAULT_TIMEOUT;
        int parallelism = env.containsKey("TENDLC_START_PARALLELISM")
                ? positive(env.get("TENDLC_START_PARALLELISM"), "TENDLC_START_PARALLELISM") : DEFAULT_PARALLELISM;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--data-dir" -> dataDir = root.resolve(value(args, ++i, "--data-dir"));
                case "--timeout" -> timeout = seconds(value(args, ++i, "--timeout"));
                case "--parallel" -> parallelism = positive(value(args, ++i, "--parallel"), "--parallel");
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (fresh && (command == Command.DOWN || command == Command.STATUS)) {
            throw new IllegalArgumentException("--fresh only applies to up and infra");
        }
        return new Options(command, fresh, root, dataDir.normalize(), timeout, parallelism);
    }

    private static Command command(String name) {
        return switch (name) {
            case "up" -> Command.UP;
            case "infra" -> Command.INFRA;
            case "down" -> Command.DOWN;
            case "status" -> Command.STATUS;
            default -> throw new IllegalArgumentException("unknown command " + name);
        };
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(positive(value, "timeout"));
    }

    private static int positive(String value, String what) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " must be a positive number, not '" + value + "'");
    }
}
