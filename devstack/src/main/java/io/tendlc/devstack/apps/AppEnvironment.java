package io.tendlc.devstack.apps;

import io.tendlc.devstack.secrets.Secrets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment every app gets on top of the launcher's own: where everything is, and the demo data. */
public final class AppEnvironment {

    public static final String DEMO_EMAIL = "demo@example.com";
    public static final String DEFAULT_DEMO_PASSWORD = "demo-password";
    /** Twilio's magic "valid sender" test number; the simulator accepts it like Twilio's test credentials do. */
    public static final String DEMO_SENDER_NUMBER = "+15005550006";
    /**
     * The TCR simulator's delays: its identity verification, external vetting and the carriers' campaign review take
     * minutes to days at the real TCR; a few seconds here keep the asynchronous flow visible without waiting on it.
     */
    static final Map<String, String> TCR_SIMULATOR_DELAYS = Map.of(
            "TCR_SIM_VERIFICATION_DELAY", "2s",
            "TCR_SIM_VETTING_DELAY", "3s",
            "TCR_SIM_REVIEW_DELAY", "3s");

    private AppEnvironment() {
    }

    public static Map<String, String> of(Map<String, String> infrastructure, Map<String, String> secrets, Map<String, String> launcherEnv) {
        Map<String, String> env = new LinkedHashMap<>(infrastructure);
        env.put("AUTH_JWKS_URI", url("auth-service") + "/.well-known/jwks.json");
        env.put("TWILIO_API_BASE_URL", url("simulators"));
        env.put("TWILIO_ACCOUNT_SID", secrets.get(Secrets.TWILIO_ACCOUNT_SID));
        env.put("TWILIO_AUTH_TOKEN", secrets.get(Secrets.TWILIO_AUTH_TOKEN));
        env.put("MFA_ENCRYPTION_KEY", secrets.get(Secrets.MFA_ENCRYPTION_KEY));
        // the TCR simulator (in the simulators app) checks these; brand- and campaign-service call it with them,
        // and it signs the webhooks it posts to them (through the gateway: PUBLIC_BASE_URL) with the secret
        env.put("TCR_API_BASE_URL", url("simulators") + "/tcr/v2");
        env.put("TCR_API_KEY", secrets.get(Secrets.TCR_API_KEY));
        env.put("TCR_API_SECRET", secrets.get(Secrets.TCR_API_SECRET));
        env.put("TCR_WEBHOOK_SECRET", secrets.get(Secrets.TCR_WEBHOOK_SECRET));
        TCR_SIMULATOR_DELAYS.forEach((name, delay) -> env.put(name, launcherEnv.getOrDefault(name, delay)));
        // the links in verification, reset and invitation mails: the gateway, which serves the dashboard
        env.put("PUBLIC_BASE_URL", url("gateway"));
        // user-service creates or links the invitee's account through auth-service's /internal API
        env.put("AUTH_SERVICE_URL", url("auth-service"));
        env.put("DEMO_ENABLED", "true");
        env.put("DEMO_ORG_ID", secrets.get(Secrets.DEMO_ORG_ID));
        env.put("DEMO_EMAIL", DEMO_EMAIL);
        env.put("DEMO_PASSWORD", demoPassword(launcherEnv));
        env.put("DEMO_SENDER_NUMBER", DEMO_SENDER_NUMBER);
        if (launcherEnv.containsKey("LOG_FORMAT")) {
            env.put("LOG_FORMAT", launcherEnv.get("LOG_FORMAT"));
        }
        return env;
    }

    public static String demoPassword(Map<String, String> launcherEnv) {
        return launcherEnv.getOrDefault("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD);
    }

    public static String url(String appName) {
        return Apps.ALL.stream().filter(app -> app.name().equals(appName)).findFirst()
                .map(app -> "http://localhost:" + app.port())
                .orElseThrow(() -> new IllegalArgumentException("no app named " + appName));
    }
}
