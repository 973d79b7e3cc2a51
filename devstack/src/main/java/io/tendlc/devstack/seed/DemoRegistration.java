package io.tendlc.devstack.seed;

import io.tendlc.devstack.seed.DemoSeeder.SeedException;
import io.tendlc.devstack.seed.GatewayClient.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Registers the demo organization for 10DLC the way a customer does, through the gateway's public API: a brand
 * (verified by the TCR simulator), an account-notification campaign on it (approved by every carrier), and the
 * demo sender number assigned to that campaign, so a message sent from it is accepted. Each step first looks for
 * what an earlier run made, so restarts add nothing and pick up a registration a stop interrupted.
 */
public final class DemoRegistration {

    static final Duration POLL = Duration.ofMillis(500);
    private static final int ASSIGNMENT_ATTEMPTS = 5;

    private final GatewayClient gateway;
    private final Consumer<String> progress;
    private final Duration patience;
    private final Duration poll;

    /**
     * @param progress   one line per step, for the console
     * @param patience   how long each asynchronous step (verification, review, assignment) may take
     */
    public DemoRegistration(String gatewayUrl, Consumer<String> progress, Duration patience) {
        this(new GatewayClient(gatewayUrl), progress, patience, POLL);
    }

    DemoRegistration(GatewayClient gateway, Consumer<String> progress, Duration patience, Duration poll) {
        this.gateway = gateway;
        this.progress = progress;
        this.patience = patience;
        this.poll = poll;
    }

    /** Brand, campaign and number, each as far as it is not yet; throws when a step fails or takes too long. */
    public void register(String accessToken, String senderNumber) throws SeedException {
        JsonNode brand = brand(accessToken);
        JsonNode campaign = campaign(accessToken, brand.path("id").asString());
        assignNumber(accessToken, senderNumber, campaign.path("id").asString());
    }

    private JsonNode brand(String token) throws SeedException {
        Optional<JsonNode> existing = items(gateway.get("/api/v1/brands", token).require()).stream()
                .filter(b -> DemoBrand.DISPLAY_NAME.equals(b.path("displayName").asString()))
                .filter(b -> !status(b).equals("DELETED"))
                .min(preferring("APPROVED", "PENDING"));
        JsonNode brand;
        if (existing.isPresent()) {
            brand = existing.get();
            if (!status(brand).equals("APPROVED")) {
                progress.accept("  brand     " + DemoBrand.DISPLAY_NAME + " " + status(brand) + " (registered before)");
            }
        } else {
            brand = gateway.post("/api/v1/brands", DemoBrand.brand(), token).require();
            progress.accept("  brand     " + DemoBrand.DISPLAY_NAME + " submitted to TCR, waiting for its identity "
                    + "verification…");
        }
        String id = brand.path("id").asString();
        if (!status(brand).equals("APPROVED")) {
            long started = System.nanoTime();
            brand = await("brand " + DemoBrand.DISPLAY_NAME, "/api/v1/brands/" + id, token,
                    b -> !status(b).equals("PENDING"));
            if (!status(brand).equals("APPROVED")) {
                throw new SeedException("the demo brand is " + status(brand) + reason(brand)
                        + " (see the Brands page)");
            }
            progress.accept("  brand     " + DemoBrand.DISPLAY_NAME + " approved (" + brand.path("identityStatus")
                    .asString("VERIFIED") + ") in " + seconds(started));
        } else if (existing.isPresent()) {
            progress.accept("  brand     " + DemoBrand.DISPLAY_NAME + " approved (registered before)");
        }
        return brand;
    }

    private JsonNode campaign(String token, String brandId) throws SeedException {
        Optional<JsonNode> existing = items(gateway.get("/api/v1/campaigns", token).require()).stream()
                .filter(c -> brandId.equals(c.path("brandId").asString()))
                .filter(c -> DemoBrand.USE_CASE.equals(c.path("usecase").asString()))
                .filter(c -> !status(c).equals("EXPIRED") && !status(c).equals("DELETED"))
                .min(preferring("APPROVED", "PENDING"));
        JsonNode campaign;
        if (existing.isPresent()) {
            campaign = existing.get();
            if (!status(campaign).equals("APPROVED")) {
                progress.accept("  campaign  " + status(campaign) + " (registered before)");
            }
        } else {
            campaign = gateway.post("/api/v1/campaigns", DemoBrand.campaign(brandId), token).require();
            progress.accept("  campaign  account notifications of " + DemoBrand.DISPLAY_NAME + " submitted, waiting "
                    + "for the carriers' review…");
        }
        String id = campaign.path("id").asString();
        if (!status(campaign).equals("APPROVED")) {
            long started = System.nanoTime();
            campaign = await("campaign", "/api/v1/campaigns/" + id, token, c -> !status(c).equals("PENDING"));
            if (!status(campaign).equals("APPROVED")) {
                throw new SeedException("the demo campaign is " + status(campaign) + reason(campaign)
                        + " (see the Campaigns page)");
            }
            progress.accept("  campaign  approved by every carrier in " + seconds(started));
        } else if (existing.isPresent()) {
            progress.accept("  campaign  approved (registered before)");
        }
        return campaign;
    }

    private void assignNumber(String token, String e164, String campaignId) throws SeedException {
        JsonNode number = items(gateway.get("/api/v1/numbers", token).require()).stream()
                .filter(n -> e164.equals(n.path("e164").asString()))
                .findFirst()
                .orElseThrow(() -> new SeedException("the demo organization has no number " + e164
                        + " (sms-service adds it at start-up; see its log)"));
        String id = number.path("id").asString();
        String status = status(number);
        if (status.equals("ASSIGNED")) {
            String assignedTo = number.path("campaignId").asString("");
            progress.accept("  number    " + e164 + " assigned" + (assignedTo.equals(campaignId)
                    ? " to the demo campaign (before)" : " to another campaign; left as it is"));
            return;
        }
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            if (!status(number).equals("PENDING_ASSIGNMENT")) {
                Reply assigned = gateway.put("/api/v1/numbers/" + id + "/campaign", Map.of("campaignId", campaignId),
                        token);
                // sms-service learns of the campaign's approval from an event: it may not have it yet
                if ((assigned.status() == 409 || assigned.status() == 422) && attempt < ASSIGNMENT_ATTEMPTS) {
                    progress.accept("  number    " + e164 + " refused for now (" + assigned.status()
                            + "); trying again…");
                    sleep(poll.multipliedBy(4));
                    continue;
                }
                assigned.require();
            }
            if (attempt == 1) {
                progress.accept("  number    " + e164 + " being assigned to the campaign…");
            }
            number = await("number " + e164, "/api/v1/numbers/" + id, token,
                    n -> !status(n).equals("PENDING_ASSIGNMENT") && !status(n).equals("UNASSIGNED"));
            if (status(number).equals("ASSIGNED")) {
                progress.accept("  number    " + e164 + " assigned to the campaign in " + seconds(started));
                return;
            }
            if (attempt == ASSIGNMENT_ATTEMPTS) {
                throw new SeedException("the demo number " + e164 + " is " + status(number) + reason(number));
            }
            progress.accept("  number    " + e164 + " " + status(number) + reason(number) + "; trying again…");
            sleep(poll.multipliedBy(4));
        }
    }

    /**
     * Polls {@code path} until {@code done}. A failure that waiting can cure (a 502 while a service restarts, a
     * dropped connection) is polled through; a 4xx is not.
     */
    private JsonNode await(String what, String path, String token, Predicate<JsonNode> done) throws SeedException {
        long deadline = System.nanoTime() + patience.toNanos();
        JsonNode last = null;
        SeedException failure = null;
        while (true) {
            Reply reply = null;
            try {
                reply = gateway.get(path, token);
            } catch (SeedException e) {
                failure = e;
            }
            if (reply != null && reply.ok()) {
                last = reply.body();
                if (done.test(last)) {
                    return last;
                }
            } else if (reply != null && reply.status() / 100 == 4) {
                return reply.require(); // throws: a 404 does not get better by waiting
            } else if (reply != null) {
                failure = new SeedException(reply.request() + " answered " + reply.status());
            }
            if (System.nanoTime() > deadline) {
                throw last != null ? new SeedException("the " + what + " is still " + status(last) + " after "
                        + patience.toSeconds() + " s; the platform keeps working on it in the background") : failure;
            }
            sleep(poll);
        }
    }

    /** A list answer: a JSON array, or an object carrying one (items, content, data). */
    static List<JsonNode> items(JsonNode body) {
        JsonNode array = body.isArray() ? body : body.path("items").isArray() ? body.path("items")
                : body.path("content").isArray() ? body.path("content") : body.path("data");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String status(JsonNode node) {
        return node.path("status").asString("").toUpperCase(Locale.ROOT);
    }

    private static String reason(JsonNode node) {
        String reason = node.path("statusReason").asString(node.path("reason").asString(""));
        return reason.isBlank() ? "" : ": " + reason;
    }

    private static Comparator<JsonNode> preferring(String... statuses) {
        List<String> order = List.of(statuses);
        return Comparator.comparingInt(n -> {
            int at = order.indexOf(status(n));
            return at < 0 ? order.size() : at;
        });
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1fs", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void sleep(Duration duration) throws SeedException {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("interrupted");
        }
    }
}
