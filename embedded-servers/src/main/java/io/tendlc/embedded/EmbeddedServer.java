package io.tendlc.embedded;

/** A server started in (or next to) this JVM; closing it stops the server and frees its port. */
public interface EmbeddedServer extends AutoCloseable {

    /** Short name for logs and status lines, e.g. "postgres". */
    String name();

    /** Where clients connect: a JDBC URL, bootstrap servers, a redis:// or mongodb:// URI, host:port. */
    String address();

    /** Stops the server; never throws, so a failing server cannot keep the others running. */
    @Override
    void close();
}
