package io.tendlc.devstack.apps;

import static io.tendlc.devstack.apps.App.Phase.FIRST;
import static io.tendlc.devstack.apps.App.Phase.LAST;
import static io.tendlc.devstack.apps.App.Phase.MIDDLE;
import static io.tendlc.devstack.apps.App.Weight.LIGHT;
import static io.tendlc.devstack.apps.App.Weight.LOAD_BEARING;

import java.util.List;

/** Every application the dev stack runs, in start order: the one place that lists names and ports. */
public final class Apps {

    private static final String READINESS = "/actuator/health/readiness";

    public static final List<App> ALL = List.of(
            new App("simulators", 8180, "/actuator/health", LOAD_BEARING, FIRST),
            new App("auth-service", 8081, READINESS, LIGHT, MIDDLE),
            new App("user-service", 8082, READINESS, LIGHT, MIDDLE),
            new App("brand-service", 8083, READINESS, LIGHT, MIDDLE),
            new App("campaign-service", 8084, READINESS, LIGHT, MIDDLE),
            new App("sms-service", 8085, READINESS, LOAD_BEARING, MIDDLE),
            new App("contact-service", 8086, READINESS, LIGHT, MIDDLE),
            new App("compliance-service", 8087, READINESS, LIGHT, MIDDLE),
            new App("analytics-service", 8088, READINESS, LOAD_BEARING, MIDDLE),
            new App("notification-service", 8089, READINESS, LIGHT, MIDDLE),
            new App("billing-service", 8090, READINESS, LIGHT, MIDDLE),
            new App("gateway", 8080, READINESS, LOAD_BEARING, LAST));

    public static final App GATEWAY = ALL.getLast();

    private Apps() {
    }
}
