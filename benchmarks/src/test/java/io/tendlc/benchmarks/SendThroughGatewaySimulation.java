package io.tendlc.benchmarks;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The send path through the public front door, as an API client drives it: {@code POST /api/v1/messages} with
 * an API key through the gateway (which swaps the key for a token) into sms-service, at a fixed open-model rate.
 *
 * <p>Measures, for the measured phase only (see {@link LoadProfile}):
 * <ul>
 *   <li>the accept call ("send message" in Gatling's report): throughput and p50/p95/p99, asserting 202;</li>
 *   <li>time to delivered, for a sample of about {@code -DsampleRate=5} messages per second: right after the
 *       202, the virtual user polls {@code GET /api/v1/messages/{id}} every {@code -DpollInterval=100} ms (every
 *       second after {@code -DslowPollAfter=2000} ms) until the status is "delivered"; the polling loop is the
 *       group "time to delivered", whose duration Gatling reports (gatling.conf sets useGroupDurationMetric). The server's own figure (updatedAt − createdAt of
 *       the delivered message, free of the polling granularity) is printed as well;</li>
 *   <li>after the load: waits (up to {@code -DsettleTimeout=180} s) until every accepted message reached a final
 *       status, and prints the counts by status of {@code GET /api/v1/analytics/summary} and what changed.</li>
 * </ul>
 *
 * <p>Other properties: {@code -Dgateway=http://localhost:8080}, {@code -DdemoEmail=demo@example.com},
 * {@code -DdemoPassword=demo-password}, {@code -DdeliveryTimeout=60} (s), {@code -Dp95Budget=250} (ms, the
 * assertion on the accept call), {@code -DshareConnections=true} (false: one connection per virtual user).
 * Run with {@code ./mvnw -pl benchmarks gatling:test -Dgatling.simulationClass=io.tendlc.benchmarks.SendThroughGatewaySimulation -Drate=200}.
 */
public class SendThroughGatewaySimulation extends Simulation {

    static final String SENDER = "+15005550006";
    static final String ACCEPT = "send message";
    static final String POLL = "poll message status";
    static final String TIME_TO_DELIVERED = "time to delivered";
    private static final Set<String> FINAL = Set.of("delivered", "undelivered", "failed");
    private static final List<String> IN_FLIGHT = List.of("accepted", "queued", "sending", "sent");

    private final String gateway = System.getProperty("gateway", "http://localhost:8080");
    private final String email = System.getProperty("demoEmail", "demo@example.com");
    private final String password = System.getProperty("demoPassword", "demo-password");
    private final LoadProfile load = LoadProfile.fromSystemProperties(100);
    private final double sampleRate = Double.parseDouble(System.getProperty("sampleRate", "5"));
    private final long sampleEvery = Math.max(1, Math.round(load.rate() / sampleRate));
    private final Duration pollInterval = Duration.ofMillis(Long.getLong("pollInterval", 100));
    private final Duration slowPollAfter = Duration.ofMillis(Long.getLong("slowPollAfter", 2000));
    private static final Duration SLOW_POLL = Duration.ofSeconds(1);
    private final Duration deliveryTimeout = Duration.ofSeconds(Long.getLong("deliveryTimeout", 60));
    private final Duration settleTimeout = Duration.ofSeconds(Long.getLong("settleTimeout", 180));
    private final int p95Budget = Integer.getInteger("p95Budget", 250);

    private final PlatformApi api = new PlatformApi(gateway);
    private final LoadProfile.Clock clock = new LoadProfile.Clock(load.warmup());
    private final AtomicLong messageNumber = new AtomicLong();
    private final AtomicLong measuredNumber = new AtomicLong();
    private final AtomicLong acceptedTotal = new AtomicLong();
    private final Figures.Throughput accepts = new Figures.Throughput();
    private final Figures.Latencies acceptLatency = new Figures.Latencies();
    private final Figures.Latencies deliveredSeen = new Figures.Latencies();
    private final Figures.Latencies deliveredServer = new Figures.Latencies();
    private final AtomicLong samplesNotDelivered = new AtomicLong();
    private volatile String apiKey;
    private volatile Map<String, Long> summaryBefore = Map.of();
    private final java.util.concurrent.atomic.LongAccumulator lastAcceptNanos =
            new java.util.concurrent.atomic.LongAccumulator(Math::max, Long.MIN_VALUE);

    {
        HttpProtocolBuilder protocol = http.baseUrl(gateway)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("tendlc-benchmarks/gatling");
        if (Boolean.parseBoolean(System.getProperty("shareConnections", "true"))) {
            // an API client keeps its connections alive and reuses them; false: one connection per message
            protocol = protocol.shareConnections();
        }

        ChainBuilder send = exec(session -> session
                .set("measured", clock.measuring())
                .set("n", messageNumber.incrementAndGet())
                .set("to", randomRecipient())
                .set("startedAt", System.nanoTime()))
                .exec(http(session -> session.getBoolean("measured") ? ACCEPT : LoadProfile.WARM_UP_PREFIX + ACCEPT)
                        .post("/api/v1/messages")
                        .header("X-API-Key", session -> apiKey)
                        .body(StringBody(session -> "{\"to\":\"" + session.getString("to") + "\",\"from\":\"" + SENDER
                                + "\",\"body\":\"Benchmark message " + session.getLong("n") + "\"}"))
                        .check(responseTimeInMillis().saveAs("acceptMillis"),
                                status().is(202),
                                jsonPath("$.id").saveAs("messageId")))
                .exec(this::recordAccept)
                .exitHereIfFailed()
                .doIf(session -> session.getBoolean("sample")).then(trackDelivery());

        ScenarioBuilder scenario = scenario("send through the gateway").exec(send);

        setUp(scenario.injectOpen(load.steps()).protocols(protocol))
                .assertions(
                        details(ACCEPT).failedRequests().count().is(0L),
                        details(ACCEPT).responseTime().percentile(95.0).lt(p95Budget),
                        details(TIME_TO_DELIVERED).failedRequests().count().is(0L));
    }

    /** From the 202 until a poll sees "delivered"; KO when it ends otherwise (failed, or not within the timeout). */
    private ChainBuilder trackDelivery() {
        return exec(session -> session.set("status", "accepted")
                .set("acceptedAt", System.nanoTime())
                .set("giveUpAt", System.nanoTime() + deliveryTimeout.toNanos()))
                .group(TIME_TO_DELIVERED).on(
                        asLongAs(session -> !FINAL.contains(session.getString("status"))
                                && System.nanoTime() < session.getLong("giveUpAt")).on(
                                pause(this::nextPoll),
                                exec(http(POLL).get("/api/v1/messages/#{messageId}")
                                        .header("X-API-Key", session -> apiKey)
                                        .check(status().is(200),
                                                jsonPath("$.status").saveAs("status"),
                                                jsonPath("$.createdAt").saveAs("createdAt"),
                                                jsonPath("$.updatedAt").saveAs("updatedAt")))),
                        exec(this::recordDelivery));
    }

    /**
     * Every {@code pollInterval} for the first {@code slowPollAfter}, then every second: when deliveries lag, polls
     * every 100 ms would multiply the load on the platform just as it falls behind (5 samples/s × 10 polls/s for
     * each second of lag). The server-side figure (updatedAt − createdAt) stays exact either way.
     */
    private Duration nextPoll(Session session) {
        long waited = System.nanoTime() - session.getLong("acceptedAt");
        if (waited < slowPollAfter.toNanos()) {
            return pollInterval;
        }
        return SLOW_POLL.compareTo(pollInterval) > 0 ? SLOW_POLL : pollInterval;
    }

    private Session recordAccept(Session session) {
        long now = System.nanoTime();
        boolean ok = !session.isFailed();
        if (ok) {
            acceptedTotal.incrementAndGet();
            lastAcceptNanos.accumulate(now);
        }
        boolean sample = false;
        if (session.getBoolean("measured")) {
            accepts.record(session.getLong("startedAt"), now, ok);
            if (session.contains("acceptMillis")) {
                acceptLatency.add(session.getInt("acceptMillis"));
            }
            sample = ok && measuredNumber.incrementAndGet() % sampleEvery == 0;
        }
        return session.set("sample", sample);
    }

    private Session recordDelivery(Session session) {
        if (!"delivered".equals(session.getString("status"))) {
            samplesNotDelivered.incrementAndGet();
            return session.markAsFailed();
        }
        deliveredSeen.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - session.getLong("acceptedAt")));
        deliveredServer.add(Duration.between(Instant.parse(session.getString("createdAt")),
                Instant.parse(session.getString("updatedAt"))).toMillis());
        return session;
    }

    /** +1555 and seven digits, never ending in 0: the simulator fails recipients ending in 0030, 0050 and 0070. */
    private static String randomRecipient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("+1555%06d%d", random.nextInt(1_000_000), 1 + random.nextInt(9));
    }

    @Override
    public void before() {
        System.out.println("Send path through " + gateway + ": " + load.describe() + "; time to delivered sampled"
                + " on 1 message in " + sampleEvery);
        String token = api.login(email, password);
        apiKey = api.createApiKey(token, "bench");
        summaryBefore = api.summary(token);
        System.out.println("Logged in as " + email + ", created API key " + apiKey.substring(0, Math.min(10, apiKey.length()))
                + "…; analytics before: " + summaryBefore);
        clock.start();
    }

    @Override
    public void after() {
        Map<String, String> results = new LinkedHashMap<>();
        results.put("simulation", getClass().getSimpleName());
        results.put("offered.rate", Figures.number(load.rate()));
        results.put("duration.seconds", String.valueOf(load.duration().toSeconds()));
        results.put("warmup.seconds", String.valueOf(load.warmup().toSeconds()));
        accepts.putInto(results, "accept");
        acceptLatency.putInto(results, "accept.latency");
        deliveredSeen.putInto(results, "delivered.seen");
        deliveredServer.putInto(results, "delivered.server");
        results.put("delivered.samples.not.delivered", String.valueOf(samplesNotDelivered.get()));
        results.put("accepted.total", String.valueOf(acceptedTotal.get()));

        Settled settled = settle();
        results.put("settle.seconds", String.format(java.util.Locale.ROOT, "%.1f", settled.seconds()));
        results.put("settled", String.valueOf(settled.done()));
        results.put("stuck", String.valueOf(settled.inFlight().values().stream().mapToLong(Long::longValue).sum()));
        settled.summary().forEach((status, count) -> results.put("summary." + status, String.valueOf(count)));
        settled.summary().forEach((status, count) ->
                results.put("summary.delta." + status, String.valueOf(count - summaryBefore.getOrDefault(status, 0L))));

        StringBuilder out = new StringBuilder();
        out.append("\n==== ").append(getClass().getSimpleName()).append(" ====\n");
        out.append("load                 ").append(load.describe()).append('\n');
        out.append("accept (measured)    ").append(accepts.describe()).append('\n');
        out.append("accept latency       ").append(acceptLatency.describe()).append("  (Gatling's report: \"")
                .append(ACCEPT).append("\")\n");
        out.append("time to delivered    seen by polling: ").append(deliveredSeen.describe()).append('\n');
        out.append("                     server (updatedAt - createdAt): ").append(deliveredServer.describe()).append('\n');
        out.append("                     samples not delivered within ").append(deliveryTimeout.toSeconds())
                .append(" s: ").append(samplesNotDelivered.get()).append('\n');
        out.append("accepted (all)       ").append(acceptedTotal.get()).append(" (warm-up included)\n");
        out.append("analytics summary    ").append(settled.summary()).append('\n');
        out.append("  change in run      ");
        settled.summary().forEach((status, count) -> {
            long delta = count - summaryBefore.getOrDefault(status, 0L);
            if (delta != 0) {
                out.append(status).append(' ').append(delta > 0 ? "+" : "").append(delta).append("  ");
            }
        });
        out.append('\n');
        out.append("settled              ").append(settled.done()
                ? String.format(java.util.Locale.ROOT, "every message final %.1f s after the last 202", settled.seconds())
                : String.format(java.util.Locale.ROOT, "NO: after %.0f s still in flight: %s", settled.seconds(), settled.inFlight()))
                .append('\n');
        System.out.println(out);
        Figures.write(getClass().getSimpleName(), results);
    }

    private record Settled(boolean done, double seconds, Map<String, Long> summary, Map<String, Long> inFlight) {
    }

    /**
     * Waits until analytics has counted every message accepted in this run and none of them is in flight any
     * more (accepted, queued, sending or sent); the seconds
     * are counted from the last 202, so they tell how far behind the accepts the send path's tail was.
     */
    private Settled settle() {
        long afterStarted = System.nanoTime();
        long lastAccept = lastAcceptNanos.get() == Long.MIN_VALUE ? afterStarted : lastAcceptNanos.get();
        String token;
        try {
            token = api.login(email, password);
        } catch (RuntimeException e) {
            System.out.println("Could not log in after the run: " + e.getMessage());
            return new Settled(false, 0, Map.of(), Map.of());
        }
        long deadline = afterStarted + settleTimeout.toNanos();
        long expectedTotal = summaryBefore.getOrDefault("total", 0L) + acceptedTotal.get();
        Map<String, Long> summary = Map.of();
        Map<String, Long> inFlight = Map.of();
        while (true) {
            try {
                summary = api.summary(token);
            } catch (RuntimeException e) {
                System.out.println("analytics summary failed: " + e.getMessage());
            }
            Map<String, Long> current = summary;
            // this run's messages only: what was already in flight before it (stuck earlier) does not count
            inFlight = new LinkedHashMap<>();
            for (String status : IN_FLIGHT) {
                long added = current.getOrDefault(status, 0L) - summaryBefore.getOrDefault(status, 0L);
                if (added > 0) {
                    inFlight.put(status, added);
                }
            }
            boolean counted = current.getOrDefault("total", 0L) >= expectedTotal;
            if (!counted) {
                inFlight.put("not yet counted by analytics", expectedTotal - current.getOrDefault("total", 0L));
            }
            double seconds = (System.nanoTime() - lastAccept) / 1e9;
            if (inFlight.isEmpty()) {
                return new Settled(true, seconds, summary, inFlight);
            }
            if (System.nanoTime() > deadline) {
                return new Settled(false, seconds, summary, inFlight);
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Settled(false, seconds, summary, inFlight);
            }
        }
    }
}
