package io.tendlc.platform.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service: nothing but the platform starter, to test what the starter does on its own. */
@SpringBootApplication
class OutboxTestApplication {
}
