package io.tendlc.brand.webhooks;

import io.tendlc.brand.brands.IdentityStatus;
import io.tendlc.brand.brands.Observation;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One TCR webhook delivery: {@code {eventId, eventType, brandId, campaignId, mnoId, brandIdentityStatus,
 * vettingScore, vettingStatus, description, timestamp}}, absent fields omitted.
 */
record TcrWebhookEvent(String eventId, String eventType, String brandId, String brandIdentityStatus,
                       Integer vettingScore, String vettingStatus, String description, Instant timestamp) {

    static TcrWebhookEvent from(JsonNode json, Instant receivedAt) {
        return new TcrWebhookEvent(text(json, "eventId"), text(json, "eventType"), text(json, "brandId"),
                text(json, "brandIdentityStatus"), score(json),
                text(json, "vettingStatus"), text(json, "description"), time(json.path("timestamp"), receivedAt));
    }

    /** What it tells about the brand, as of TCR's time. */
    Observation observation() {
        return new Observation(IdentityStatus.parse(brandIdentityStatus).orElse(null), description, vettingScore,
                vettingStatus, timestamp);
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.isString() ? node.asString() : node.toString();
        return value.isBlank() ? null : value.strip();
    }

    private static Integer score(JsonNode json) {
        JsonNode node = json.path("vettingScore");
        if (node.isNumber()) {
            return node.asInt();
        }
        String value = text(json, "vettingScore");
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** TCR's time: ISO-8601, or epoch seconds or milliseconds; our receipt time if it sent none. */
    private static Instant time(JsonNode node, Instant fallback) {
        if (node.isNumber()) {
            return epoch(node.asLong());
        }
        if (!node.isString() || node.asString().isBlank()) {
            return fallback;
        }
        String text = node.asString().strip();
        if (text.chars().allMatch(Character::isDigit)) {
            return epoch(Long.parseLong(text));
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }

    private static Instant epoch(long value) {
        return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
