package io.tendlc.simulators.twilio;

/** HTTP Basic with the account's SID and token, as every Twilio REST API asks (20003 otherwise). */
final class ApiAuthentication {

    private final TwilioCredentials credentials;
    private final SimulatorStats stats;

    ApiAuthentication(TwilioCredentials credentials, SimulatorStats stats) {
        this.credentials = credentials;
        this.stats = stats;
    }

    String accountSid() {
        return credentials.accountSid();
    }

    void check(String authorization) {
        if (!credentials.acceptsBasicAuth(authorization)) {
            stats.unauthorized.increment();
            throw new TwilioApiException(401, 20003, "Authenticate");
        }
    }

    /** The 2010-04-01 API names the account in the path: another account's resources are not found. */
    void check(String pathAccountSid, String authorization, String path) {
        check(authorization);
        if (!credentials.accountSid().equals(pathAccountSid)) {
            throw notFound(path);
        }
    }

    static TwilioApiException notFound(String path) {
        return new TwilioApiException(404, 20404, "The requested resource " + path + " was not found");
    }
}
