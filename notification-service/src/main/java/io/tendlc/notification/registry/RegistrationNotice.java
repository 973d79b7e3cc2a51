package io.tendlc.notification.registry;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an organization is told about a change of one of its brands or campaigns, in the app and by mail.
 *
 * @param eventId   the event that brought the news
 * @param subjectId the brand's or the campaign's id
 * @param title     one line, plain text
 * @param body      a few sentences, plain text, with the reason where there is one
 * @param link      the dashboard page, as a path ({@code /brands/<id>}); mails put the public base URL in front
 * @param createdAt when the change happened
 */
public record RegistrationNotice(UUID eventId, UUID organizationId, Kind kind, UUID subjectId, String title,
                                 String body, String link, Instant createdAt) {

    public RegistrationNotice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The news worth telling, by the event type that brings it (also the notification's {@code kind}). */
    public enum Kind {
        BRAND_APPROVED("brand.approved"),
        BRAND_REJECTED("brand.rejected"),
        BRAND_SUSPENDED("brand.suspended"),
        CAMPAIGN_APPROVED("campaign.approved"),
        CAMPAIGN_REJECTED("campaign.rejected"),
        CAMPAIGN_SUSPENDED("campaign.suspended");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Optional<Kind> of(String eventType) {
            return Arrays.stream(values()).filter(k -> k.wireName.equals(eventType)).findFirst();
        }
    }
}
