package io.tendlc.brand.webhooks;

import io.tendlc.brand.brands.IdentityStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TcrWebhookEventTest {

    static final Instant RECEIVED = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void readsTcrsFieldsAndTime() {
        TcrWebhookEvent event = TcrWebhookEvent.from(Json.read("""
                {"eventId": "e1", "eventType": "BRAND_SCORE_UPDATE", "brandId": "BABC123",
                 "brandIdentityStatus": "VETTED_VERIFIED", "vettingScore": 81, "vettingStatus": "ACTIVE",
                 "description": "scored", "timestamp": "2026-01-01T11:59:58.123456789Z", "newField": {"x": 1}}"""),
                RECEIVED);
        assertThat(event.eventId()).isEqualTo("e1");
        assertThat(event.vettingScore()).isEqualTo(81);
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-01-01T11:59:58.123456789Z"));
        assertThat(event.observation().identityStatus()).isEqualTo(IdentityStatus.VETTED_VERIFIED);
        assertThat(event.observation().at()).isEqualTo(Instant.parse("2026-01-01T11:59:58.123456Z"));
    }

    @Test
    void toleratesOtherShapes() {
        assertThat(TcrWebhookEvent.from(Json.read("{\"eventId\": \"e\", \"timestamp\": 1767268800}"), RECEIVED)
                .timestamp()).isEqualTo(Instant.ofEpochSecond(1767268800));
        assertThat(TcrWebhookEvent.from(Json.read("{\"eventId\": \"e\", \"timestamp\": 1767268800123}"), RECEIVED)
                .timestamp()).isEqualTo(Instant.ofEpochMilli(1767268800123L));
        assertThat(TcrWebhookEvent.from(Json.read("{\"eventId\": \"e\", \"timestamp\": \"2026-01-01T07:00:00-05:00\"}"),
                RECEIVED).timestamp()).isEqualTo(RECEIVED);
        TcrWebhookEvent odd = TcrWebhookEvent.from(Json.read(
                "{\"eventId\": \"e\", \"vettingScore\": \"77\", \"brandIdentityStatus\": \"WHATEVER\", \"timestamp\": \"soon\"}"),
                RECEIVED);
        assertThat(odd.vettingScore()).isEqualTo(77);
        assertThat(odd.timestamp()).isEqualTo(RECEIVED);
        assertThat(odd.observation().identityStatus()).isNull();
        assertThat(TcrWebhookEvent.from(Json.read("{\"eventId\": \"e\", \"vettingScore\": \"n/a\"}"), RECEIVED)
                .vettingScore()).isNull();
        assertThat(Json.read("[1,2]")).isNull();
        assertThat(Json.read("nope")).isNull();
    }
}
