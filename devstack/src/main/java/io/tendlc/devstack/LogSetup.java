package io.tendlc.devstack;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes the embedded servers' logging (SLF4J, log4j-api through log4j-to-slf4j, and Lucene's JUL) into
 * data/logs/infra.log, leaving the console to the launcher. Must run before any logger is created.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void toFile(DataDirectory data) {
        System.setProperty("tendlc.log.file", data.log("infra").toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
