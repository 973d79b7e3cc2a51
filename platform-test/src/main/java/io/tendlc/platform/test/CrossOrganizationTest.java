package io.tendlc.platform.test;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The break-in test every service runs: an OWNER of another organization calls <em>every</em> API route of the
 * service against the victim organization's data and must be refused (403/404) or see none of it, and the
 * victim's data must be exactly as before. A route the test does not attack fails the build, so a new endpoint
 * cannot ship without its attack.
 *
 * <p>A service's test extends this once (with its {@code @PlatformIntegrationTest} configuration), creates the
 * victim's data in {@link #prepareVictim}, describes that data in {@link #victimState} and lists the attacks.
 */
public abstract class CrossOrganizationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext context;

    protected final UUID victimOrganization = UUID.randomUUID();
    protected final UUID victimUser = UUID.randomUUID();
    protected final UUID intruderOrganization = UUID.randomUUID();
    protected final UUID intruderUser = UUID.randomUUID();

    /** An OWNER of the victim organization (verified email). */
    protected String victim() {
        return TestTokens.user(victimUser, victimOrganization, "OWNER");
    }

    /** An OWNER of another organization (verified email): the most an outsider can be. */
    protected String intruder() {
        return TestTokens.user(intruderUser, intruderOrganization, "OWNER");
    }

    protected Api api() {
        return Api.at(port);
    }

    /** Creates the victim organization's data (as the victim, through the API or the service's own events). */
    protected abstract void prepareVictim(Api api);

    /** Everything the victim can see of its data, as text; compared before and after the attacks. */
    protected abstract String victimState(Api api);

    /** One attack per API route. */
    protected abstract List<Attack> attacks();

    /**
     * For {@link #prepareVictim}: waits until {@code read} answers the same twice {@code quiet} apart, so that what
     * arrives asynchronously (webhooks a simulator delays by up to 500 ms or delivers twice) has landed before the
     * victim's state is taken — otherwise a late delivery during the attacks would look like the intruder's doing.
     */
    protected static void awaitQuiet(Supplier<String> read, Duration quiet) {
        String[] last = {read.get()};
        await().atMost(Duration.ofSeconds(30)).pollDelay(quiet).pollInterval(quiet).until(() -> {
            String now = read.get();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
    }

    /** API routes that hold no organization data (token-holding public links, say), each with the reason. */
    protected Map<String, String> routesWithoutOrganizationData() {
        return Map.of();
    }

    @Test
    protected void everyApiRouteIsAttacked() {
        Set<String> attacked = new TreeSet<>();
        attacks().forEach(a -> attacked.add(a.route()));
        Set<String> missing = new TreeSet<>(apiRoutes());
        missing.removeAll(attacked);
        missing.removeAll(routesWithoutOrganizationData().keySet());
        assertThat(missing).as("API routes without a cross-organization attack").isEmpty();
        Set<String> unknown = new TreeSet<>(attacked);
        unknown.removeAll(apiRoutes());
        assertThat(unknown).as("attacks on routes the service does not have").isEmpty();
    }

    @Test
    protected void anotherOrganizationIsRefusedEverywhereAndChangesNothing() {
        Api api = api();
        prepareVictim(api);
        String before = victimState(api);
        assertThat(before).as("the victim has data to protect").isNotBlank();
        SoftAssertions softly = new SoftAssertions();
        for (Attack attack : attacks()) {
            Api.Reply reply = attack.request().apply(api);
            softly.assertThat(attack.refused().test(reply))
                    .as("%s by another organization answered %d %s", attack.route(), reply.status(), reply.body())
                    .isTrue();
        }
        softly.assertThat(victimState(api)).as("the victim's data after the attacks").isEqualTo(before);
        softly.assertAll();
    }

    /** Every {@code METHOD /path} the service maps under {@code /api/}. */
    protected Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>();
        Map<String, RequestMappingHandlerMapping> mappings = new HashMap<>(
                context.getBeansOfType(RequestMappingHandlerMapping.class));
        for (RequestMappingHandlerMapping mapping : mappings.values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/")) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        routes.add("ANY " + pattern);
                    }
                    methods.forEach(m -> routes.add(m.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    /**
     * @param route   {@code METHOD /pattern} as the service maps it
     * @param request the intruder's call
     * @param refused whether the answer keeps the victim's data from the intruder
     */
    public record Attack(String route, Function<Api, Api.Reply> request, Predicate<Api.Reply> refused) {

        /** The intruder must get 403 or 404. */
        public static Attack refused(String route, Function<Api, Api.Reply> request) {
            return new Attack(route, request, r -> r.status() == 403 || r.status() == 404);
        }

        /**
         * A route that answers about the caller's own organization (a list, a summary): it may answer 2xx, but the
         * body must not contain any of the victim's markers (ids, numbers, names).
         */
        public static Attack seesOnlyItsOwn(String route, Function<Api, Api.Reply> request, String... victimMarkers) {
            return new Attack(route, request, r -> (r.status() == 403 || r.status() == 404)
                    || (r.status() / 100 == 2 && List.of(victimMarkers).stream()
                    .noneMatch(m -> r.body() != null && r.body().contains(m))));
        }
    }
}
