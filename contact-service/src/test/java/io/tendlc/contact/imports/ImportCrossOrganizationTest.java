package io.tendlc.contact.imports;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
import io.tendlc.platform.test.PlatformIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Another organization can neither see, start nor read an import: every imports route answers 404, or only the
 * intruder's own (empty) data. Covers the /api/v1/imports routes; the module's other routes have their own.
 */
@PlatformIntegrationTest
class ImportCrossOrganizationTest extends CrossOrganizationTest {

    private String uploaded;
    private String finished;

    @Override
    protected Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>(super.apiRoutes());
        routes.removeIf(r -> !r.contains(" /api/v1/imports"));
        return routes;
    }

    @Override
    protected void prepareVictim(Api api) {
        Imports imports = new Imports(api);
        uploaded = imports.upload(victim(), "phone,name\n2122000900,Victim\n".getBytes(StandardCharsets.UTF_8),
                "victim.csv").text("id");
        String second = imports.upload(victim(), "phone\n2122000901\nbad\n".getBytes(StandardCharsets.UTF_8),
                "victim2.csv").text("id");
        imports.start(victim(), second, "{\"mapping\": {\"phone\": \"phone\"}}");
        imports.awaitFinished(victim(), second);
        finished = second;
    }

    @Override
    protected String victimState(Api api) {
        return api.get("/api/v1/imports", victim()).body() + api.get("/api/v1/imports/" + finished + "/rejections.csv",
                victim()).body();
    }

    @Override
    protected List<Attack> attacks() {
        String start = "{\"mapping\": {\"phone\": \"phone\"}}";
        return List.of(
                Attack.seesOnlyItsOwn("GET /api/v1/imports", api -> api.get("/api/v1/imports", intruder()),
                        uploaded, finished, "victim"),
                Attack.refused("POST /api/v1/imports/{id}/start",
                        api -> api.post("/api/v1/imports/" + uploaded + "/start", intruder(), start)),
                Attack.refused("POST /api/v1/imports/{id}/stop",
                        api -> api.post("/api/v1/imports/" + uploaded + "/stop", intruder(), "")),
                Attack.refused("GET /api/v1/imports/{id}", api -> api.get("/api/v1/imports/" + finished, intruder())),
                Attack.refused("GET /api/v1/imports/{id}/events", api -> api.request(api.client().get()
                        .uri("/api/v1/imports/" + finished + "/events").header("Authorization", "Bearer " + intruder())
                        .header("Accept", "text/event-stream"))),
                Attack.refused("GET /api/v1/imports/{id}/rejections.csv",
                        api -> api.get("/api/v1/imports/" + finished + "/rejections.csv", intruder())),
                // an upload lands in the intruder's own organization: it must not show up at the victim's
                Attack.seesOnlyItsOwn("POST /api/v1/imports", api -> new Imports(api).upload(intruder(),
                        "phone\n2122000902\n".getBytes(StandardCharsets.UTF_8), "intruder.csv"), uploaded, finished));
    }
}
