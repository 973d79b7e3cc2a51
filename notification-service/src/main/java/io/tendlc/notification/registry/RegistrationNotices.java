package io.tendlc.notification.registry;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde.MalformedEventException;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.notification.registry.RegistrationNotice.Kind;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns brand-service's and campaign-service's events into the news an organization gets: approved, rejected (with
 * the reason) and suspended brands and campaigns. Every other change (registered, updated, deleted, ...) is news to
 * nobody, and an event of those kinds that does not say whose or which brand or campaign it is, is poison.
 */
@Component
public class RegistrationNotices {

    /** The carriers as people know them, in the order they are listed. */
    private static final Map<String, String> CARRIERS = Map.of("ATT", "AT&T", "TMOBILE", "T-Mobile", "VERIZON", "Verizon");
    private static final List<String> CARRIER_ORDER = List.of("ATT", "TMOBILE", "VERIZON");
    /** Use cases whose names do not read well with underscores turned into spaces. */
    private static final Map<String, String> USE_CASES = Map.of("2FA", "2FA", "K12_EDUCATION", "K-12 education",
            "UCAAS_LOW", "UCaaS low-volume", "UCAAS_HIGH", "UCaaS high-volume", "M2M", "Machine-to-machine",
            "SOLE_PROPRIETOR", "Sole proprietor", "POLLING_VOTING", "Polling and voting");

    private final BrandNames brandNames;

    RegistrationNotices(BrandNames brandNames) {
        this.brandNames = brandNames;
    }

    /** The notice the event brings, if it brings one. */
    public Optional<RegistrationNotice> of(EventEnvelope<?> event) {
        Optional<Kind> kind = Kind.of(event.type());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (event.payload()) {
            case BrandChanged brand when kind.get().wireName().startsWith("brand.") -> brand(event, kind.get(), brand);
            case CampaignChanged campaign when kind.get().wireName().startsWith("campaign.") ->
                    campaign(event, kind.get(), campaign);
            default -> throw malformed(event, "does not carry the " + kind.get().wireName() + " payload");
        });
    }

    /** The organization a brand or campaign event is about: the payload's, else the envelope's. */
    public static UUID organizationOf(EventEnvelope<?> event, UUID payloadOrganization) {
        if (payloadOrganization != null && event.organizationId() != null
                && !payloadOrganization.equals(event.organizationId())) {
            throw malformed(event, "names two organizations");
        }
        UUID organization = payloadOrganization != null ? payloadOrganization : event.organizationId();
        if (organization == null) {
            throw malformed(event, "names no organization");
        }
        return organization;
    }

    private RegistrationNotice brand(EventEnvelope<?> event, Kind kind, BrandChanged brand) {
        if (brand.brandId() == null) {
            throw malformed(event, "names no brand");
        }
        UUID organization = organizationOf(event, brand.organizationId());
        String name = firstNonEmpty(Text.line(brand.displayName()), Text.line(brand.companyName()), "Your brand");
        String company = firstNonEmpty(Text.line(brand.companyName()), name);
        String reason = Text.reason(brand.reason());
        String title;
        String body;
        switch (kind) {
            case BRAND_APPROVED -> {
                title = "Brand " + name + " approved";
                body = ("VETTED_VERIFIED".equals(brand.identityStatus()) ? "The Campaign Registry verified and vetted "
                        + company : "The Campaign Registry verified the identity of " + company)
                        + (brand.vettingScore() != null ? " (vetting score " + brand.vettingScore() + ")" : "")
                        + ". You can now register campaigns for this brand.";
            }
            case BRAND_REJECTED -> {
                title = "Brand " + name + " not verified";
                body = "The Campaign Registry could not verify the identity of " + company + because(reason)
                        + ". Correct the brand's details and resubmit it.";
            }
            case BRAND_SUSPENDED -> {
                title = "Brand " + name + " suspended";
                body = name + " was suspended" + because(reason)
                        + ". Its campaigns cannot send messages until the suspension is lifted.";
            }
            default -> throw new IllegalStateException("not a brand notice: " + kind);
        }
        return new RegistrationNotice(event.id(), organization, kind, brand.brandId(), title, body,
                "/brands/" + brand.brandId(), changedAt(event, brand.changedAt()));
    }

    private RegistrationNotice campaign(EventEnvelope<?> event, Kind kind, CampaignChanged campaign) {
        if (campaign.campaignId() == null) {
            throw malformed(event, "names no campaign");
        }
        UUID organization = organizationOf(event, campaign.organizationId());
        String brand = brandNames.of(organization, campaign.brandId()).orElse("your brand");
        String label = useCase(campaign.usecase()) + " campaign of " + brand;
        String reason = Text.reason(campaign.reason());
        String title;
        String body;
        switch (kind) {
            case CAMPAIGN_APPROVED -> {
                title = capitalized(label) + " approved";
                body = "Every carrier approved it." + limits(campaign)
                        + " Assign phone numbers to it to start sending.";
            }
            case CAMPAIGN_REJECTED -> {
                List<String> carriers = carriersWith(campaign.carrierStatuses(), "REJECTED");
                title = capitalized(label) + " rejected";
                body = (carriers.isEmpty() ? "The Campaign Registry refused it" : "Rejected by " + and(carriers))
                        + because(reason) + ". Fix the campaign and resubmit it.";
            }
            case CAMPAIGN_SUSPENDED -> {
                List<String> carriers = carriersWith(campaign.carrierStatuses(), "SUSPENDED");
                title = capitalized(label) + " suspended";
                body = (carriers.isEmpty() ? "It was suspended" : "Suspended by " + and(carriers)) + because(reason)
                        + ". Messages from its numbers are refused until it is reinstated.";
            }
            default -> throw new IllegalStateException("not a campaign notice: " + kind);
        }
        return new RegistrationNotice(event.id(), organization, kind, campaign.campaignId(), title, body,
                "/campaigns/" + campaign.campaignId(), changedAt(event, campaign.changedAt()));
    }

    private static String limits(CampaignChanged campaign) {
        if (campaign.attMessagesPerMinute() == null && campaign.tmobileDailySegments() == null) {
            return "";
        }
        List<String> limits = new ArrayList<>();
        if (campaign.attMessagesPerMinute() != null) {
            limits.add(number(campaign.attMessagesPerMinute()) + " messages a minute on AT&T");
        }
        if (campaign.tmobileDailySegments() != null) {
            limits.add(number(campaign.tmobileDailySegments()) + " segments a day on T-Mobile (for the brand)");
        }
        return " Its limits: " + String.join(", ", limits) + ".";
    }

    static String useCase(String usecase) {
        String code = Text.line(usecase).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return "10DLC";
        }
        String known = USE_CASES.get(code);
        return known != null ? known : capitalized(code.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    private static List<String> carriersWith(Map<String, String> statuses, String status) {
        if (statuses == null) {
            return List.of();
        }
        return CARRIER_ORDER.stream().filter(c -> status.equalsIgnoreCase(statuses.get(c))).map(CARRIERS::get).toList();
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String because(String reason) {
        return reason.isEmpty() ? "" : ": " + reason;
    }

    private static String number(int value) {
        return String.format(Locale.US, "%,d", value);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** The change's own time (PostgreSQL keeps microseconds), else when the event says it happened. */
    private static Instant changedAt(EventEnvelope<?> event, Instant changedAt) {
        return (changedAt != null ? changedAt : event.occurredAt()).truncatedTo(ChronoUnit.MICROS);
    }

    private static MalformedEventException malformed(EventEnvelope<?> event, String problem) {
        return new MalformedEventException(event.type() + " event " + event.id() + " " + problem, null);
    }
}
