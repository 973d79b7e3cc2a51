package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.brands.Brand;
import io.tendlc.campaign.brands.BrandProfileChanged;
import io.tendlc.campaign.brands.Brands;
import io.tendlc.compliance.rules.ComplianceCheck;
import io.tendlc.compliance.rules.Finding;
import io.tendlc.events.Uuids;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Registers, edits, resubmits and deactivates campaigns. Nothing reaches TCR that the compliance check refuses, and
 * only for an approved brand of the caller's organization. Each change is stored and announced first, then TCR is
 * told (at once when it answers, later by {@link TcrSubmissions}' job when it does not).
 */
@Service
class CampaignRegistration {

    private final Brands brands;
    private final Campaigns campaigns;
    private final CampaignChanges changes;
    private final TcrSubmissions submissions;
    private final ThroughputLimits limits;
    private final SubmissionProperties submission;
    private final Validator validator;
    private final TransactionTemplate tx;

    CampaignRegistration(Brands brands, Campaigns campaigns, CampaignChanges changes, TcrSubmissions submissions,
                         ThroughputLimits limits, SubmissionProperties submission, Validator validator,
                         TransactionTemplate tx) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.changes = changes;
        this.submissions = submissions;
        this.limits = limits;
        this.submission = submission;
        this.validator = validator;
        this.tx = tx;
    }

    Campaign register(UUID organizationId, CampaignForm form) {
        CampaignForm content = form.normalized();
        Brand brand = approvedBrand(organizationId, content.brandId());
        check(content, brand);
        Instant now = Times.now();
        Campaign.Changed created = Campaign.create(Uuids.timeOrdered(), organizationId, content,
                limits.of(brand, content.usecase()), now);
        tx.executeWithoutResult(s -> {
            campaigns.insert(created.campaign(), submission.lease());
            changes.announce(created);
        });
        return tellTcr(created.campaign());
    }

    /** Edits (absent fields stay) and sends the campaign to review again. */
    Campaign edit(UUID organizationId, UUID campaignId, CampaignPatch patch) {
        Campaign current = campaigns.find(organizationId, campaignId).orElseThrow(() -> notFound(campaignId));
        requireInService(current);
        CampaignForm content = patch.applyTo(current.content()).normalized();
        validate(content);
        Brand brand = approvedBrand(organizationId, current.brandId());
        check(content, brand);
        Campaign changed = tx.execute(s -> {
            Campaign c = campaigns.lock(organizationId, campaignId).orElseThrow(() -> notFound(campaignId));
            requireInService(c);
            Campaign saved = changes.save(c.resubmitted(content, limits.of(brand, content.usecase()), Times.now()));
            campaigns.holdTcrAttempts(saved.id(), Times.now().plus(submission.lease()));
            return saved;
        });
        return tellTcr(changed);
    }

    /** Sends the campaign, unchanged, to review again (after fixing what a carrier rejected elsewhere, say). */
    Campaign resubmit(UUID organizationId, UUID campaignId) {
        return edit(organizationId, campaignId, CampaignPatch.NONE);
    }

    /** Takes the campaign out of service at once and deactivates it at TCR. Repeating it changes nothing. */
    Campaign deactivate(UUID organizationId, UUID campaignId) {
        Campaign changed = tx.execute(s -> {
            Campaign c = campaigns.lock(organizationId, campaignId).orElseThrow(() -> notFound(campaignId));
            if (c.status() == CampaignStatus.DELETED) {
                return c;
            }
            Campaign saved = changes.save(c.deactivated(Times.now()));
            campaigns.holdTcrAttempts(saved.id(), Times.now().plus(submission.lease()));
            return saved;
        });
        if (changed.tcrOperation() == TcrOperation.DELETE) {
            submissions.send(changed.id());
        }
        return campaigns.find(organizationId, campaignId).orElseThrow();
    }

    /** A brand's vetting score or entity type changed: its live campaigns' limits follow. */
    @EventListener
    void brandChanged(BrandProfileChanged event) {
        Brand brand = event.brand();
        for (Campaign c : campaigns.lockLiveOfBrand(brand.id())) {
            c.limitsChanged(limits.of(brand, c.usecase()), Times.now()).ifPresent(changes::save);
        }
    }

    Brand approvedBrand(UUID organizationId, UUID brandId) {
        Brand brand = brands.find(organizationId, brandId).orElseThrow(() -> ApiProblem.notFound("Brand " + brandId));
        if (!brand.approved()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "brand-not-approved", "Brand not approved",
                    "Brand " + brandId + " is " + brand.status()
                            + "; campaigns can only be registered for an approved (verified) brand.",
                    Map.of("brandId", brandId, "brandStatus", brand.status()));
        }
        return brand;
    }

    private Campaign tellTcr(Campaign campaign) {
        TcrSubmissions.Outcome outcome = submissions.send(campaign.id());
        Campaign now = campaigns.find(campaign.organizationId(), campaign.id()).orElseThrow();
        if (outcome instanceof TcrSubmissions.Outcome.Refused refused) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "tcr-rejected", "TCR refused the campaign",
                    "The Campaign Registry refused the campaign: " + refused.errors().stream()
                            .map(Object::toString).reduce((a, b) -> a + "; " + b).orElse("no reason given")
                            + ". Fix it and edit the campaign (PATCH) to submit it again.",
                    Map.of("campaignId", now.id(), "errors", refused.errors()));
        }
        return now;
    }

    private static void check(CampaignForm content, Brand brand) {
        List<Finding> findings = ComplianceCheck.campaign(content.submission(), brand.profile());
        if (ComplianceCheck.refuses(findings)) {
            long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "compliance-check-failed",
                    "Compliance check failed", errors + " problem(s) would get this campaign rejected by carriers: "
                    + findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).map(Finding::message)
                    .reduce((a, b) -> a + " " + b).orElse(""),
                    Map.of("findings", findings));
        }
    }

    private void validate(CampaignForm content) {
        Set<ConstraintViolation<CampaignForm>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            Set<ConstraintViolation<?>> sorted = new java.util.LinkedHashSet<>();
            violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(sorted::add);
            throw new jakarta.validation.ConstraintViolationException(sorted);
        }
    }

    private static void requireInService(Campaign c) {
        if (c.status().ended()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "campaign-ended", "Campaign ended",
                    "Campaign " + c.id() + " is " + c.status() + " and can no longer be changed.");
        }
    }

    private static ApiProblem notFound(UUID campaignId) {
        return ApiProblem.notFound("Campaign " + campaignId);
    }
}
