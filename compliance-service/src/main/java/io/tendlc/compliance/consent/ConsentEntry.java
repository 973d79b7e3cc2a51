package io.tendlc.compliance.consent;

import io.swagger.v3.oas.annotations.media.Schema;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One ledger entry as kept: a consent event of one phone number (opt-in, opt-out, re-opt-in), or the consent evidence
 * of a whole import ({@code type IMPORT}: source, attestation, counts and the SHA-256 of the imported phones).
 * Field names are the stored document's and every field is always present (null when it does not apply), so an
 * exported entry without its {@code hash} is exactly what was hashed.
 */
record ConsentEntry(
        @Schema(description = "Position in the organization's chain: 1, 2, 3… without gaps") long seq,
        String organizationId,
        @Schema(description = "E.164; absent for an import") String phone,
        String brandId, String campaignId,
        @Schema(description = "OPT_IN, OPT_OUT, RE_OPT_IN, or IMPORT") String type,
        @Schema(description = "BRAND or CAMPAIGN") String scope,
        @Schema(description = "SMS, WEB, IMPORT, API or CARRIER") String channel,
        @Schema(description = "The keyword, form URL, import or API caller it came from") String source,
        @Schema(description = "The exact disclosure text shown") String disclosure, String disclosureVersion,
        String ipAddress, String userAgent, String messageSid,
        @Schema(description = "When it happened (UTC)") Instant occurredAt,
        @Schema(description = "The zone it happened in (the person's, if known)") String timeZone,
        String importId, String listId, Long imported, Long rejected,
        @Schema(description = "The importer's attestation of consent") String attestation,
        @Schema(description = "SHA-256 (hex) of the imported phone numbers, in file order") String phonesSha256,
        String importedBy,
        @Schema(description = "The platform event it was recorded from") String eventType, String eventId,
        @Schema(description = "When the ledger recorded it") Instant recordedAt,
        @Schema(description = "The previous entry's hash (64 zeros for the first)") String prevHash,
        @Schema(description = "SHA-256(prevHash + canonical JSON of the entry without _id and hash)") String hash) {

    /** The columns of a CSV export, in order. */
    static final List<String> COLUMNS = List.of("seq", "occurredAt", "timeZone", "type", "scope", "channel", "source",
            "phone", "brandId", "campaignId", "disclosure", "disclosureVersion", "ipAddress", "userAgent", "messageSid",
            "importId", "listId", "imported", "rejected", "attestation", "phonesSha256", "importedBy", "eventType",
            "eventId", "recordedAt", "organizationId", "prevHash", "hash");

    static ConsentEntry of(Document d) {
        return new ConsentEntry(d.get("seq") instanceof Number seq ? seq.longValue() : 0,
                d.getString("organizationId"),
                d.getString("phone"), d.getString("brandId"), d.getString("campaignId"), d.getString("type"),
                d.getString("scope"), d.getString("channel"), d.getString("source"), d.getString("disclosure"),
                d.getString("disclosureVersion"), d.getString("ipAddress"), d.getString("userAgent"),
                d.getString("messageSid"), instant(d, "occurredAt"), d.getString("timeZone"),
                d.getString("importId"), d.getString("listId"), number(d, "imported"), number(d, "rejected"),
                d.getString("attestation"), d.getString("phonesSha256"), d.getString("importedBy"),
                d.getString("eventType"), d.getString("eventId"), instant(d, "recordedAt"), d.getString("prevHash"),
                d.getString("hash"));
    }

    /** The values of {@link #COLUMNS}, as text (empty when absent). */
    List<String> row() {
        return List.of(String.valueOf(seq), text(occurredAt), text(timeZone), text(type), text(scope), text(channel),
                text(source), text(phone), text(brandId), text(campaignId), text(disclosure), text(disclosureVersion),
                text(ipAddress), text(userAgent), text(messageSid), text(importId), text(listId), text(imported),
                text(rejected), text(attestation), text(phonesSha256), text(importedBy), text(eventType),
                text(eventId), text(recordedAt), text(organizationId), text(prevHash), text(hash));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Instant instant(Document d, String key) {
        return d.get(key) instanceof Date date ? date.toInstant() : null;
    }

    private static Long number(Document d, String key) {
        return d.get(key) instanceof Number n ? n.longValue() : null;
    }
}
