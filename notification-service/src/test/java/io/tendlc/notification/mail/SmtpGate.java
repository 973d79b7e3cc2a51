package io.tendlc.notification.mail;

import io.tendlc.embedded.SharedServers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP pass-through in front of the embedded SMTP server that can be shut: while down it answers every new
 * connection the way a mail server in trouble does ({@code 421}, then hang up), so tests can stage an SMTP
 * outage against the real client and the real server.
 */
public final class SmtpGate {

    private static SmtpGate shared;

    private final ServerSocket listener;
    private final int upstreamPort;
    private volatile boolean down;

    private SmtpGate(ServerSocket listener, int upstreamPort) {
        this.listener = listener;
        this.upstreamPort = upstreamPort;
    }

    /** One gate per JVM, in front of {@link SharedServers#smtp()}. */
    public static synchronized SmtpGate shared() {
        if (shared == null) {
            try {
                shared = new SmtpGate(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                        SharedServers.smtp().port());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofPlatform().daemon().name("smtp-gate").start(shared::acceptLoop);
        }
        return shared;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** New connections are refused with 421 until {@link #up()}. */
    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (down) {
                client.getOutputStream().write("421 4.3.2 Service not available, closing transmission channel\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                return;
            }
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                Thread toServer = Thread.ofVirtual().start(() -> pipe(client, upstream));
                pipe(upstream, client);
                toServer.join();
            }
        } catch (IOException | InterruptedException ignored) {
            // the client went away; nothing to clean up beyond the sockets
        }
    }

    /** Copies until either side closes, then closes both so the other direction ends too. */
    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
        } catch (IOException ignored) {
            // a closed socket ends the copy
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
