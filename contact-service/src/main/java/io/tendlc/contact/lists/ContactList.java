package io.tendlc.contact.lists;

import java.time.Instant;
import java.util.UUID;

/** A static list of contacts. */
record ContactList(UUID id, String name, long members, Instant createdAt) {
}
