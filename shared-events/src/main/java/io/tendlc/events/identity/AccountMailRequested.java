package io.tendlc.events.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * auth-service asks for a mail to an account holder: {@code auth.email_verification_requested} or
 * {@code auth.password_reset_requested}. {@code link} carries a secret token, so this event is for
 * notification-service's mail only and must never be logged.
 */
public record AccountMailRequested(UUID userId, String email, String name, String link, Instant expiresAt) {
}
