package io.tendlc.campaign.campaigns;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A TCR webhook: {@code {eventId, eventType, brandId, campaignId, mnoId, description, timestamp, …}}.
 *
 * @param occurredAt TCR's time of the event (ISO-8601 or epoch seconds/milliseconds); the receipt time if absent
 */
record TcrWebhookEvent(String eventId, String eventType, String tcrCampaignId, String mnoId, String description,
                       Instant occurredAt) {

    static TcrWebhookEvent parse(JsonNode node, byte[] raw, Instant receivedAt) {
        String eventId = text(node, "eventId");
        return new TcrWebhookEvent(eventId != null ? eventId : "sha256:" + sha256(raw), text(node, "eventType"),
                text(node, "campaignId"), text(node, "mnoId"), text(node, "description"),
                time(node.path("timestamp"), receivedAt));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    static Instant time(JsonNode value, Instant fallback) {
        Instant at = null;
        if (value.isNumber()) {
            at = epoch(value.asLong());
        } else if (value.isString()) {
            String s = value.asString().trim();
            try {
                at = s.matches("\\d+") ? epoch(Long.parseLong(s)) : OffsetDateTime.parse(s).toInstant();
            } catch (RuntimeException e) {
                try {
                    at = Instant.parse(s);
                } catch (RuntimeException ignored) {
                    at = null;
                }
            }
        }
        return (at == null ? fallback : at).truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant epoch(long value) {
        return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return eventType + " " + eventId + " campaign " + tcrCampaignId + (mnoId == null ? "" : " mno " + mnoId)
                + " at " + occurredAt;
    }

    static String utf8(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
