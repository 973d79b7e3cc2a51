package io.tendlc.notification.mail;

import io.tendlc.embedded.ReceivedMail;
import io.tendlc.embedded.SharedServers;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The embedded SMTP server's mail, per recipient: every test mails addresses of its own. */
final class Inbox {

    private Inbox() {
    }

    static String newAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static List<ReceivedMail> mailTo(String address) {
        return SharedServers.smtp().receivedMail().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    static ReceivedMail awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address), mails -> !mails.isEmpty()).getFirst();
    }
}
