package io.tendlc.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** An SMTP server (GreenMail) that accepts every mail without authentication and keeps it in memory. */
public final class EmbeddedSmtp implements EmbeddedServer {

    private final GreenMail greenMail;

    private EmbeddedSmtp(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts on the given port, 0 for a free one. */
    public static EmbeddedSmtp start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        setup.setServerStartupTimeout(Duration.ofSeconds(30).toMillis()); // 2 s default is short under load
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new EmbeddedSmtp(greenMail);
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public String address() {
        return host() + ":" + port();
    }

    public String host() {
        return "localhost";
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every mail received so far, oldest first. */
    public List<ReceivedMail> receivedMail() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** Waits until at least {@code count} mails arrived in total; false on timeout. */
    public boolean awaitMail(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Forgets every received mail (keeping the port), so tests sharing the server can start from zero. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("could not purge received mail", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
