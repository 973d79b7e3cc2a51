package io.tendlc.sms.inbound;

import java.time.Instant;
import java.util.UUID;

/**
 * An SMS someone texted to one of the organization's numbers.
 *
 * @param intent  what it asked for: OPT_OUT, HELP, OPT_IN or MESSAGE
 * @param keyword the keyword (or whole-message stop request) matched; null for an ordinary message
 */
record InboundMessage(UUID id, UUID organizationId, String providerSid, String from, String to, String body,
                      Keywords.Intent intent, String keyword, UUID campaignId, UUID brandId, Instant receivedAt) {
}
