package io.tendlc.compliance.ledger;

import org.bson.Document;
import org.bson.types.ObjectId;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The form an entry is hashed in: a JSON object of all its fields except {@code _id} and {@code hash}, keys sorted,
 * no whitespace; numbers as integers, dates as ISO-8601 UTC instants, absent and null values as null. Anyone with an
 * export can recompute a hash: {@code sha256_hex(prevHash + canonicalJson)}.
 */
public final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static String of(Document entry) {
        Map<String, Object> sorted = new TreeMap<>();
        entry.forEach((key, value) -> {
            if (!key.equals("_id") && !key.equals(HashChain.HASH)) {
                sorted.put(key, canonical(value));
            }
        });
        return JSON.writeValueAsString(sorted);
    }

    static String hash(String prevHash, Document entry) {
        return sha256(prevHash + of(entry));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Object canonical(Object value) {
        return switch (value) {
            case null -> null;
            case Date date -> date.toInstant().toString();
            case Double d -> d;
            case Float f -> f.doubleValue();
            case Number n -> n.longValue();
            case ObjectId id -> id.toHexString();
            case String s -> s;
            case Boolean b -> b;
            // nothing the chain writes; anything else slipped in is hashed by its text, so it still counts
            default -> String.valueOf(value);
        };
    }

    private CanonicalJson() {
    }
}
