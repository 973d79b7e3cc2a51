package io.tendlc.devstack;

import java.nio.file.Path;

/**
 * {@code ./platform up|infra|down|status}: the whole platform on one machine with nothing installed but a
 * JDK. Runs from a thin jar with target/lib/ beside it (see the pom for why not a fat jar).
 */
public final class Platform {

    private Platform() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv(), root());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        DataDirectory data = new DataDirectory(options.dataDir());
        Console console = Console.system();
        int exitCode = switch (options.command()) {
            case UP -> new UpCommand(options, data, console, true).run();
            case INFRA -> new UpCommand(options, data, console, false).run();
            case DOWN -> new DownCommand(data, console).run();
            case STATUS -> new StatusCommand(data, console).run();
        };
        System.exit(exitCode);
    }

    /** The repository root; the script starts us there, and tests may point elsewhere. */
    private static Path root() {
        return Path.of(System.getProperty("tendlc.root", "")).toAbsolutePath().normalize();
    }
}
