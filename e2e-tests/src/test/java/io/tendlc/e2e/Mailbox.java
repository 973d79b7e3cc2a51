package io.tendlc.e2e;

import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dev stack's mail sink, read through its mail view (http://localhost:8025/messages) as a developer would. */
final class Mailbox {

    static final String MAIL_VIEW = "http://localhost:8025/messages";

    /** The token of the newest mail to {@code to} whose link goes to {@code page}. */
    static String tokenFromMail(String to, String page) {
        Pattern link = Pattern.compile(Pattern.quote(page) + "\\?token=([A-Za-z0-9._~%-]+)");
        AtomicReference<String> token = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String found = null;
            for (JsonNode mail : mails()) {
                if (mail.path("to").toString().contains(to)) {
                    Matcher m = link.matcher(mail.path("body").asString());
                    if (m.find()) {
                        found = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
                    }
                }
            }
            assertThat(found).as("a mail to " + to + " with a " + page + " link").isNotNull();
            token.set(found);
        });
        return token.get();
    }

    /** Subjects of the mails to {@code to}, oldest first. */
    static java.util.List<String> subjects(String to) throws Exception {
        java.util.List<String> subjects = new java.util.ArrayList<>();
        for (JsonNode mail : mails()) {
            if (mail.path("to").toString().contains(to)) {
                subjects.add(mail.path("subject").asString());
            }
        }
        return subjects;
    }

    private static JsonNode mails() throws Exception {
        HttpResponse<String> mails = Gateway.HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_VIEW)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Gateway.parse(mails.body());
    }

    private Mailbox() {
    }
}
