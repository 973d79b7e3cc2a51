package io.tendlc.compliance.ledger;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    @Test
    void sortsKeysKeepsNullsAndLeavesOutIdAndHash() {
        Document entry = new Document("seq", 2).append("_id", new ObjectId()).append("phone", "+12025550123")
                .append("disclosure", null).append("occurredAt", Date.from(Instant.parse("2026-03-01T15:04:05.120Z")))
                .append("hash", "abc").append("imported", 3L).append("note", "é \"quoted\"");
        assertThat(CanonicalJson.of(entry)).isEqualTo("{\"disclosure\":null,\"imported\":3,\"note\":\"é \\\"quoted\\\"\","
                + "\"occurredAt\":\"2026-03-01T15:04:05.120Z\",\"phone\":\"+12025550123\",\"seq\":2}");
    }

    @Test
    void theSameContentHashesTheSameWhateverTheFieldOrderOrIntegerWidth() {
        Document a = new Document("seq", 1).append("type", "OPT_IN");
        Document b = new Document("type", "OPT_IN").append("seq", 1L);
        assertThat(CanonicalJson.hash(HashChain.GENESIS, a)).isEqualTo(CanonicalJson.hash(HashChain.GENESIS, b))
                .hasSize(64);
        assertThat(CanonicalJson.hash(HashChain.GENESIS, a))
                .isNotEqualTo(CanonicalJson.hash(HashChain.GENESIS, new Document(a).append("type", "OPT_OUT")))
                .isNotEqualTo(CanonicalJson.hash("f".repeat(64), a));
    }

    @Test
    void sha256IsHex() {
        assertThat(CanonicalJson.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
