package io.tendlc.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Loopback port helpers shared by the servers and the dev-stack launcher. */
public final class Ports {

    private Ports() {
    }

    /**
     * A port that was free a moment ago. Servers that need their port before binding (Kafka's quorum
     * voters name the controller port) use this; the tiny race with other processes is handled by the
     * caller retrying on a bind failure.
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** True when something accepts TCP connections on localhost:port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 250);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until nothing listens on the port any more; false if it is still taken after the timeout. */
    public static boolean awaitReleased(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isListening(port)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
