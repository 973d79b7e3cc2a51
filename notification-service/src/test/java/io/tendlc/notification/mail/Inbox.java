package io.tendlc.notification.mail;

import io.tendlc.embedded.ReceivedMail;
import io.tendlc.embedded.SharedServers;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The embedded SMTP server's mail, per recipient: every test mails addresses of its own. */
public final class Inbox {

    private Inbox() {
    }

    public static String newAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static List<ReceivedMail> mailTo(String address) {
        return SharedServers.smtp().receivedMail().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    public static ReceivedMail awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address), mails -> !mails.isEmpty()).getFirst();
    }
}
