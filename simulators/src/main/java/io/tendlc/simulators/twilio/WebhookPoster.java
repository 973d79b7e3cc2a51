package io.tendlc.simulators.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;

/**
 * Posts a signed Twilio webhook form and returns the receiver's HTTP status. Synchronous on purpose:
 * callers run on virtual threads, and a blocking send on a client whose executor is the calling thread
 * is the cheapest way to push thousands of webhooks a second through one shared HttpClient.
 */
final class WebhookPoster {

    /** What the JDK client throws when a pooled keep-alive connection was closed under it. */
    private static final String STALE_CONNECTION = "header parser received no bytes";

    private final HttpClient http;
    private final TwilioSignature signature;
    private final Duration timeout;

    WebhookPoster(HttpClient http, TwilioSignature signature, Duration timeout) {
        this.http = http;
        this.signature = signature;
        this.timeout = timeout;
    }

    int post(String url, SortedMap<String, String> params, String idempotencyToken)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature.sign(url, params))
                .header("I-Twilio-Idempotency-Token", idempotencyToken)
                .header("User-Agent", "TwilioProxy/1.1")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(params)))
                .build();
        try {
            return send(request);
        } catch (IOException e) {
            if (!isStaleConnection(e)) {
                throw e;
            }
            // the request never reached the receiver, so sending it again at once is safe
            return send(request);
        }
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String formEncode(Map<String, String> params) {
        StringBuilder form = new StringBuilder(256);
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static boolean isStaleConnection(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(STALE_CONNECTION)) {
                return true;
            }
        }
        return false;
    }
}
