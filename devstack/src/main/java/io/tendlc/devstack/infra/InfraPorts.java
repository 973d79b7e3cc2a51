package io.tendlc.devstack.infra;

import io.tendlc.embedded.Ports;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the backing servers listen; fixed for the dev stack, free ones for tests. */
public record InfraPorts(int postgres, int kafka, int redis, int elasticsearch, int mongodb, int smtp, int mailView) {

    /** Away from each server's default port, so a locally installed server can run beside the dev stack. */
    public static final InfraPorts FIXED = new InfraPorts(15432, 19092, 16379, 19200, 27018, 2525, 8025);

    public static InfraPorts free() {
        return new InfraPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }

    /** Name to port, in start order, for status lines. */
    public Map<String, Integer> named() {
        Map<String, Integer> named = new LinkedHashMap<>();
        named.put("postgres", postgres);
        named.put("kafka", kafka);
        named.put("redis", redis);
        named.put("elasticsearch", elasticsearch);
        named.put("mongodb", mongodb);
        named.put("smtp", smtp);
        named.put("mail view", mailView);
        return named;
    }
}
