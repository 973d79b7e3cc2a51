package io.tendlc.devstack.infra;

import io.tendlc.devstack.DataDirectory;
import io.tendlc.embedded.EmbeddedServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One backing server of the dev stack: its fixed port, the environment variables that point the services
 * at it (the first of which, set by the user, means "use my server instead"), how to stop a copy a killed
 * launcher left running (native servers outlive a SIGKILL), and how to start the embedded one.
 */
record InfraServer<T extends EmbeddedServer>(
        String name,
        int port,
        List<String> variables,
        Consumer<DataDirectory> stopOrphan,
        Function<DataDirectory, T> starter,
        Function<T, Map<String, String>> environment) {

    record Started(EmbeddedServer server, Map<String, String> environment) {
    }

    Started start(DataDirectory data) {
        T server = starter.apply(data);
        return new Started(server, environment.apply(server));
    }

    boolean isExternal(Map<String, String> env) {
        return env.containsKey(variables.getFirst());
    }

    /** The user's values, passed through unchanged. */
    Map<String, String> externalEnvironment(Map<String, String> env) {
        Map<String, String> passed = new LinkedHashMap<>();
        variables.stream().filter(env::containsKey).forEach(name -> passed.put(name, env.get(name)));
        return passed;
    }
}
