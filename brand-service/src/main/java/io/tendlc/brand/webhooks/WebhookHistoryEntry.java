package io.tendlc.brand.webhooks;

import java.time.Instant;

/**
 * One TCR webhook in a brand's timeline: what TCR said, when (TCR's time and ours) and what it did to the brand
 * ({@code APPLIED}; {@code STALE} when the brand already showed something newer; {@code IGNORED}).
 */
record WebhookHistoryEntry(String eventId, String eventType, String identityStatus, Integer vettingScore,
                           String vettingStatus, String description, Instant occurredAt, Instant receivedAt,
                           String outcome) {
}
