package io.tendlc.events.identity;

import java.util.UUID;

/**
 * The Redis keys of token revocation, written by auth-service and read by the gateway on every request.
 * <ul>
 *   <li>{@code revoked:jti:<jti>} — one access token (logout); lives until that token would have expired.</li>
 *   <li>{@code revoked:sub:<org>:<subject>} — every token of a subject in an organization issued at or before
 *       the stored epoch second (an API key revoked, a member removed or given another role, "log out
 *       everywhere"); lives as long as the longest access token.</li>
 * </ul>
 */
public final class RevocationKeys {

    public static String token(String jti) {
        return "revoked:jti:" + jti;
    }

    public static String subject(UUID organizationId, String subject) {
        return "revoked:sub:" + organizationId + ":" + subject;
    }

    private RevocationKeys() {
    }
}
