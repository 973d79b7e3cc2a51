package io.tendlc.devstack.seed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's brand, campaign and number API as the contract describes it, in a JDK HTTP server: a brand or
 * campaign is PENDING for a few polls, then becomes what the test chose; a number assignment likewise. It records
 * every request so tests can check what the seeder asked for.
 */
final class FakePlatform implements AutoCloseable {

    static final String TOKEN = "demo-access-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ONE = Pattern.compile("/api/v1/(brands|campaigns|numbers)/([^/]+)(/campaign)?");

    record Request(String method, String path, String authorization, JsonNode body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, Object>> brands = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> campaigns = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> numbers = new LinkedHashMap<>();
    /** What a pending brand, campaign or number becomes after {@link #pollsUntilDecided} polls. */
    volatile String brandOutcome = "APPROVED";
    volatile String brandReason;
    volatile String campaignOutcome = "APPROVED";
    /** The outcomes of successive number assignments; the last one repeats. */
    final List<String> assignmentOutcomes = new CopyOnWriteArrayList<>(List.of("ASSIGNED"));
    volatile int pollsUntilDecided = 2;
    /** How many of the next assignments answer 409, as while sms-service has not heard of the approval. */
    volatile int refuseAssignments;
    /** How many of the next GETs of one brand answer 502, as while a service restarts. */
    volatile int badGateways;
    private final Map<String, Integer> polls = new java.util.concurrent.ConcurrentHashMap<>();
    private int assignments;
    private final HttpServer server;

    FakePlatform() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The number sms-service adds for the demo organization at start-up. */
    Map<String, Object> number(String e164) {
        Map<String, Object> number = new LinkedHashMap<>(Map.of("id", UUID.randomUUID().toString(), "e164", e164,
                "status", "UNASSIGNED"));
        numbers.put((String) number.get("id"), number);
        return number;
    }

    List<Request> writes() {
        return requests.stream().filter(r -> !r.method().equals("GET")).toList();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(method, path, authorization, body));
        if (!("Bearer " + TOKEN).equals(authorization)) {
            reply(exchange, 401, Map.of("type", "https://tendlc.io/problems/unauthorized"));
            return;
        }
        Matcher one = ONE.matcher(path);
        switch (method + " " + path) {
            case "GET /api/v1/brands" -> reply(exchange, 200, new ArrayList<>(brands.values()));
            // an object with items, not an array: the seeder takes either
            case "GET /api/v1/campaigns" -> reply(exchange, 200, Map.of("items", new ArrayList<>(campaigns.values())));
            case "GET /api/v1/numbers" -> reply(exchange, 200, new ArrayList<>(numbers.values()));
            case "POST /api/v1/brands" -> reply(exchange, 201, create(brands, body, "displayName"));
            case "POST /api/v1/campaigns" -> {
                if (!brands.containsKey(body.path("brandId").asString())) {
                    reply(exchange, 404, Map.of("type", "https://tendlc.io/problems/not-found", "detail", "Brand"));
                } else {
                    reply(exchange, 201, create(campaigns, body, "brandId", "usecase"));
                }
            }
            default -> {
                if (one.matches()) {
                    one(exchange, method, one.group(1), one.group(2), one.group(3) != null, body);
                } else {
                    reply(exchange, 404, Map.of("type", "https://tendlc.io/problems/not-found"));
                }
            }
        }
    }

    private void one(HttpExchange exchange, String method, String collection, String id, boolean assignment,
                     JsonNode body) throws IOException {
        Map<String, Map<String, Object>> all = switch (collection) {
            case "brands" -> brands;
            case "campaigns" -> campaigns;
            default -> numbers;
        };
        Map<String, Object> item = all.get(id);
        if (item == null) {
            reply(exchange, 404, Map.of("type", "https://tendlc.io/problems/not-found"));
        } else if (method.equals("PUT") && assignment) {
            if (refuseAssignments > 0 || !"APPROVED".equals(
                    campaigns.getOrDefault(body.path("campaignId").asString(), Map.of()).get("status"))) {
                refuseAssignments--;
                reply(exchange, 409, Map.of("type", "https://tendlc.io/problems/campaign-not-approved"));
                return;
            }
            item.put("status", "PENDING_ASSIGNMENT");
            item.put("campaignId", body.path("campaignId").asString());
            polls.remove(id);
            reply(exchange, 202, item);
        } else if (method.equals("GET")) {
            if (collection.equals("brands") && badGateways > 0) {
                badGateways--;
                reply(exchange, 502, Map.of("type", "https://tendlc.io/problems/bad-gateway"));
                return;
            }
            if (polls.merge(id, 1, Integer::sum) >= pollsUntilDecided) {
                decide(collection, item);
            }
            reply(exchange, 200, item);
        } else {
            reply(exchange, 405, Map.of());
        }
    }

    private void decide(String collection, Map<String, Object> item) {
        switch (collection) {
            case "brands" -> {
                if ("PENDING".equals(item.get("status"))) {
                    item.put("status", brandOutcome);
                    item.put("identityStatus", brandOutcome.equals("APPROVED") ? "VERIFIED" : "UNVERIFIED");
                    if (brandReason != null) {
                        item.put("statusReason", brandReason);
                    }
                }
            }
            case "campaigns" -> {
                if ("PENDING".equals(item.get("status"))) {
                    item.put("status", campaignOutcome);
                }
            }
            default -> {
                if ("PENDING_ASSIGNMENT".equals(item.get("status"))) {
                    String outcome = assignmentOutcomes.get(Math.min(assignments++, assignmentOutcomes.size() - 1));
                    item.put("status", outcome);
                    if (!outcome.equals("ASSIGNED")) {
                        item.put("statusReason", "campaign not approved yet");
                    }
                }
            }
        }
    }

    private static Map<String, Object> create(Map<String, Map<String, Object>> all, JsonNode body, String... fields) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", UUID.randomUUID().toString());
        for (String field : fields) {
            item.put(field, body.path(field).asString());
        }
        item.put("status", "PENDING");
        all.put((String) item.get("id"), item);
        return item;
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
