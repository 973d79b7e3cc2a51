package io.tendlc.benchmarks;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The Twilio simulator alone, at the same open-model rate as {@link SendThroughGatewaySimulation}: Twilio's
 * create-message call ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}, form To/From/Body, HTTP Basic),
 * asserting 201. Every message the platform sends costs one such call, so this is the ceiling the simulator
 * puts on the send path on this machine; the platform's figure is read next to it.
 *
 * <p>No StatusCallback is given, so the simulator posts no callbacks (it still walks each message through
 * sent and delivered in memory). Properties: {@code -Dsimulator=http://localhost:8180}; the credentials from
 * {@code -DtwilioSid} and {@code -DtwilioToken}, or else TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN of
 * {@code -DsecretsFile} (default: {@code data/secrets.properties} of the repository, i.e. the running dev
 * stack's); plus the {@link LoadProfile} properties ({@code -Drate}, {@code -Dduration}, {@code -Dwarmup}).
 */
public class TwilioSimulatorSimulation extends Simulation {

    static final String CREATE = "create message";
    private static final String FROM = "+15005550006";

    private final String simulator = System.getProperty("simulator", "http://localhost:8180");
    private final LoadProfile load = LoadProfile.fromSystemProperties(100);
    private final int p95Budget = Integer.getInteger("p95Budget", 250);
    private final Map<String, String> credentials = credentials();
    private final LoadProfile.Clock clock = new LoadProfile.Clock(load.warmup());
    private final AtomicLong messageNumber = new AtomicLong();
    private final Figures.Throughput creates = new Figures.Throughput();
    private final Figures.Latencies createLatency = new Figures.Latencies();

    {
        String sid = credentials.get("TWILIO_ACCOUNT_SID");
        String token = credentials.get("TWILIO_AUTH_TOKEN");
        HttpProtocolBuilder protocol = http.baseUrl(simulator)
                .acceptHeader("application/json")
                .userAgentHeader("tendlc-benchmarks/gatling")
                .basicAuth(sid, token);
        if (Boolean.parseBoolean(System.getProperty("shareConnections", "true"))) {
            protocol = protocol.shareConnections();
        }

        ScenarioBuilder scenario = scenario("Twilio simulator alone")
                .exec(session -> session
                        .set("measured", clock.measuring())
                        .set("n", messageNumber.incrementAndGet())
                        .set("to", String.format("+1555%06d%d", ThreadLocalRandom.current().nextInt(1_000_000),
                                1 + ThreadLocalRandom.current().nextInt(9)))
                        .set("startedAt", System.nanoTime()))
                .exec(http(session -> session.getBoolean("measured") ? CREATE : LoadProfile.WARM_UP_PREFIX + CREATE)
                        .post("/2010-04-01/Accounts/" + sid + "/Messages.json")
                        .formParam("To", "#{to}")
                        .formParam("From", FROM)
                        .formParam("Body", "Benchmark message #{n}")
                        .check(responseTimeInMillis().saveAs("createMillis"), status().is(201)))
                .exec(this::record);

        setUp(scenario.injectOpen(load.steps()).protocols(protocol))
                .assertions(
                        details(CREATE).failedRequests().count().is(0L),
                        details(CREATE).responseTime().percentile(95.0).lt(p95Budget));
    }

    private Session record(Session session) {
        if (session.getBoolean("measured")) {
            creates.record(session.getLong("startedAt"), System.nanoTime(), !session.isFailed());
            if (session.contains("createMillis")) {
                createLatency.add(session.getInt("createMillis"));
            }
        }
        return session;
    }

    private static Map<String, String> credentials() {
        String sid = System.getProperty("twilioSid");
        String token = System.getProperty("twilioToken");
        if (sid != null && token != null) {
            return Map.of("TWILIO_ACCOUNT_SID", sid, "TWILIO_AUTH_TOKEN", token);
        }
        String explicit = System.getProperty("secretsFile");
        List<Path> candidates = explicit != null ? List.of(Path.of(explicit))
                : List.of(Path.of("../data/secrets.properties"), Path.of("data/secrets.properties"));
        for (Path file : candidates) {
            if (Files.isReadable(file)) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read " + file, e);
                }
                String fileSid = properties.getProperty("TWILIO_ACCOUNT_SID");
                String fileToken = properties.getProperty("TWILIO_AUTH_TOKEN");
                if (fileSid != null && fileToken != null) {
                    return Map.of("TWILIO_ACCOUNT_SID", fileSid, "TWILIO_AUTH_TOKEN", fileToken);
                }
            }
        }
        throw new IllegalStateException("No Twilio simulator credentials: pass -DtwilioSid=… -DtwilioToken=…, or"
                + " -DsecretsFile=<data dir>/secrets.properties of the running dev stack (looked in " + candidates
                + " from " + Path.of("").toAbsolutePath() + ")");
    }

    @Override
    public void before() {
        System.out.println("Twilio simulator alone at " + simulator + " (account "
                + credentials.get("TWILIO_ACCOUNT_SID") + "): " + load.describe());
        clock.start();
    }

    @Override
    public void after() {
        Map<String, String> results = new LinkedHashMap<>();
        results.put("simulation", getClass().getSimpleName());
        results.put("offered.rate", Figures.number(load.rate()));
        results.put("duration.seconds", String.valueOf(load.duration().toSeconds()));
        results.put("warmup.seconds", String.valueOf(load.warmup().toSeconds()));
        creates.putInto(results, "accept");
        createLatency.putInto(results, "accept.latency");
        System.out.println("\n==== " + getClass().getSimpleName() + " ====\n"
                + "load                 " + load.describe() + "\n"
                + "create (measured)    " + creates.describe() + "\n"
                + "create latency       " + createLatency.describe() + "  (Gatling's report: \"" + CREATE + "\")\n");
        Figures.write(getClass().getSimpleName(), results);
    }
}
