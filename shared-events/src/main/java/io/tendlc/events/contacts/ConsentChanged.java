package io.tendlc.events.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * A consent event of one phone number ({@code contact.opted_in}, {@code contact.opted_out}), keyed
 * {@code organizationId:phone} so one person's changes stay in order. The evidence the consent ledger keeps.
 *
 * @param type              OPT_IN, OPT_OUT or RE_OPT_IN
 * @param scope             BRAND (opt-outs are brand-wide) or CAMPAIGN
 * @param channel           SMS (a keyword), WEB (a form), IMPORT (with attestation), API, CARRIER (Twilio 21610)
 * @param source            where: the keyword texted, the form URL, the import id, the API key or user
 * @param disclosure        the exact disclosure text shown, and its version, when known
 * @param occurredAt        when it happened, with {@code timeZone} the zone it happened in (the person's, if known)
 */
public record ConsentChanged(UUID organizationId, UUID brandId, UUID campaignId, String phone, String type,
                             String scope, String channel, String source, String disclosure,
                             String disclosureVersion, String ipAddress, String userAgent, String messageSid,
                             Instant occurredAt, String timeZone) {
}
