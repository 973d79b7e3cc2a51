package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.tendlc.compliance.rules.Text.blank;
import static io.tendlc.compliance.rules.Text.upper;

/**
 * A campaign submission with what the rules ask of it prepared once: upper-cased use cases, the samples with their
 * field names, the brand's names, and every free-text field by name.
 */
final class CampaignContext {

    /** One free-text field of the submission, e.g. {@code samples[1]}. */
    record Field(String name, String value) {
    }

    final CampaignSubmission campaign;
    final BrandProfile brand;
    final String usecase;
    final List<String> subUsecases;
    final List<Field> samples;
    final Set<String> brandNames;

    CampaignContext(CampaignSubmission campaign, BrandProfile brand) {
        this.campaign = campaign;
        this.brand = brand == null ? new BrandProfile(null, null, null, null, null, null) : brand;
        this.usecase = upper(campaign.usecase());
        this.subUsecases = campaign.subUsecases() == null ? List.of()
                : campaign.subUsecases().stream().filter(s -> !blank(s)).map(Text::upper).toList();
        List<Field> s = new ArrayList<>();
        List<String> given = campaign.samples() == null ? List.of() : campaign.samples();
        for (int i = 0; i < given.size(); i++) {
            if (!blank(given.get(i))) {
                s.add(new Field("samples[" + i + "]", given.get(i)));
            }
        }
        this.samples = List.copyOf(s);
        this.brandNames = Text.brandNames(this.brand.displayName(), this.brand.companyName());
    }

    /** The subscriber-facing messages: samples, then the help, opt-in and opt-out replies. */
    List<Field> messages() {
        List<Field> fields = new ArrayList<>(samples);
        add(fields, "helpMessage", campaign.helpMessage());
        add(fields, "optinMessage", campaign.optinMessage());
        add(fields, "optoutMessage", campaign.optoutMessage());
        return fields;
    }

    /** Every free-text field: description, message flow, the messages, and the links. */
    List<Field> allText() {
        List<Field> fields = new ArrayList<>();
        add(fields, "description", campaign.description());
        add(fields, "messageFlow", campaign.messageFlow());
        fields.addAll(messages());
        add(fields, "embeddedLinkSample", campaign.embeddedLinkSample());
        add(fields, "privacyPolicyLink", campaign.privacyPolicyLink());
        add(fields, "termsAndConditionsLink", campaign.termsAndConditionsLink());
        return fields;
    }

    /** Whether the campaign sends marketing: MARKETING, or MIXED/LOW_VOLUME with a MARKETING sub-use-case. */
    boolean marketing() {
        return usecase.equals("MARKETING") || (Usecases.NEEDS_SUB_USECASES.contains(usecase)
                && subUsecases.contains("MARKETING"));
    }

    boolean namesBrand(String text) {
        return !brandNames.isEmpty() && Text.namesAny(text, brandNames);
    }

    String brandName() {
        return !blank(brand.displayName()) ? brand.displayName().strip()
                : !blank(brand.companyName()) ? brand.companyName().strip() : "the brand";
    }

    private static void add(List<Field> fields, String name, String value) {
        if (!blank(value)) {
            fields.add(new Field(name, value));
        }
    }
}
