package io.tendlc.compliance.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import static io.tendlc.compliance.rules.Text.blank;
import static io.tendlc.compliance.rules.Text.trim;

/** Links and phone numbers: shorteners, the embedded-link/phone flags, the brand's own domain, policy links. */
final class LinkRules {

    static void shorteners(CampaignContext c, List<Finding> out) {
        for (var f : c.allText()) {
            for (String link : Text.links(f.value())) {
                String shortener = Vocabulary.shortener(Text.host(link));
                if (shortener != null) {
                    out.add(Rules.URL_SHORTENER.error(f.name(), link + " uses the public URL shortener " + shortener
                            + ", which carriers block and refuse for good. Use the full link on the brand's own "
                            + "domain (or a branded short domain the brand owns)."));
                    break;
                }
            }
        }
    }

    static void embeddedLink(CampaignContext c, List<Finding> out) {
        var withLink = c.samples.stream().filter(s -> !Text.links(s.value()).isEmpty()).toList();
        if (!c.campaign.embeddedLink() && !withLink.isEmpty()) {
            out.add(Rules.EMBEDDED_LINK_MISMATCH.error("embeddedLink", withLink.getFirst().name() + " contains a "
                    + "link but embeddedLink is false. Set embeddedLink to true (and give an embedded link sample), "
                    + "or remove the link from the samples."));
        } else if (c.campaign.embeddedLink() && withLink.isEmpty() && !c.samples.isEmpty()) {
            out.add(Rules.EMBEDDED_LINK_MISMATCH.error("embeddedLink", "embeddedLink is true but no sample contains "
                    + "a link. Add a sample showing the link as sent, or set embeddedLink to false."));
        }
    }

    static void embeddedPhone(CampaignContext c, List<Finding> out) {
        var withPhone = c.samples.stream().filter(s -> Text.hasPhone(s.value())).toList();
        if (!c.campaign.embeddedPhone() && !withPhone.isEmpty()) {
            out.add(Rules.EMBEDDED_PHONE_MISMATCH.error("embeddedPhone", withPhone.getFirst().name() + " contains a "
                    + "phone number but embeddedPhone is false. Set embeddedPhone to true, or remove the number from "
                    + "the samples."));
        } else if (c.campaign.embeddedPhone() && withPhone.isEmpty() && !c.samples.isEmpty()) {
            out.add(Rules.EMBEDDED_PHONE_MISMATCH.error("embeddedPhone", "embeddedPhone is true but no sample "
                    + "contains a phone number. Add a sample showing the number as sent, or set embeddedPhone to "
                    + "false."));
        }
    }

    static void brandDomain(CampaignContext c, List<Finding> out) {
        String website = c.brand.website();
        String brandHost = blank(website) ? null : Text.host(trim(website));
        if (brandHost == null || brandHost.isEmpty()) {
            return;
        }
        String domain = Text.registrableDomain(brandHost);
        List<CampaignContext.Field> fields = new java.util.ArrayList<>(c.samples);
        if (!blank(c.campaign.embeddedLinkSample())) {
            fields.add(new CampaignContext.Field("embeddedLinkSample", c.campaign.embeddedLinkSample()));
        }
        for (var f : fields) {
            for (String link : Text.links(f.value())) {
                String host = Text.host(link);
                if (host != null && Vocabulary.shortener(host) == null && !Text.onDomain(host, domain)) {
                    out.add(Rules.LINK_OFF_BRAND_DOMAIN.warning(f.name(), link + " is not on the brand's domain ("
                            + domain + "). Carriers distrust links to other domains; link to the brand's own site."));
                    break;
                }
            }
        }
    }

    static void privacyPolicy(CampaignContext c, List<Finding> out) {
        if (c.marketing() && blank(c.campaign.privacyPolicyLink())) {
            out.add(Rules.PRIVACY_POLICY_MISSING.error("privacyPolicyLink", "A marketing campaign must link the "
                    + "brand's privacy policy (saying that mobile numbers and consent are not shared with third "
                    + "parties). Add privacyPolicyLink."));
        }
    }

    static void policyLinkFormat(CampaignContext c, List<Finding> out) {
        url("privacyPolicyLink", c.campaign.privacyPolicyLink(), out);
        url("termsAndConditionsLink", c.campaign.termsAndConditionsLink(), out);
        url("embeddedLinkSample", c.campaign.embeddedLinkSample(), out);
    }

    private static void url(String field, String value, List<Finding> out) {
        if (blank(value)) {
            return;
        }
        String scheme = null;
        String host = null;
        try {
            URI uri = new URI(trim(value));
            scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            host = uri.getHost();
        } catch (URISyntaxException e) {
            // reported below
        }
        if (scheme == null || host == null || !host.contains(".") || !(scheme.equals("http")
                || scheme.equals("https"))) {
            out.add(Rules.POLICY_LINK_FORMAT.error(field, field + " must be a full link starting with https:// "
                    + "(e.g. https://www.example.com/privacy)."));
        } else if (scheme.equals("http")) {
            out.add(Rules.POLICY_LINK_FORMAT.warning(field, "Use the https:// address; reviewers distrust pages "
                    + "without TLS."));
        }
    }

    private LinkRules() {
    }
}
