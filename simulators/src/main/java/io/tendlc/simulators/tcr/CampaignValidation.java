package io.tendlc.simulators.tcr;

import java.util.ArrayList;
import java.util.List;

/** What TCR refuses with a 400 before a campaign is created or edited; every problem is reported at once. */
final class CampaignValidation {

    private CampaignValidation() {
    }

    /** @param brand the campaign's brand (already known to exist) */
    static List<TcrError> check(CampaignRequest campaign, SimBrand brand) {
        List<TcrError> errors = new ArrayList<>();
        TcrEnums.Usecase usecase = null;
        if (BrandValidation.blank(campaign.usecase())) {
            errors.add(TcrError.missing("usecase"));
        } else {
            usecase = TcrEnums.usecase(campaign.usecase());
            if (usecase == null) {
                errors.add(TcrError.invalid("usecase", "Invalid usecase '" + campaign.usecase() + "'"));
            }
        }
        if (usecase != null) {
            checkSubUsecases(errors, campaign, usecase);
            boolean soleProprietorBrand = brand.fields().soleProprietor();
            if (soleProprietorBrand && !usecase.id().equals("SOLE_PROPRIETOR")) {
                errors.add(TcrError.invalid("usecase", "A SOLE_PROPRIETOR brand can only register the "
                        + "SOLE_PROPRIETOR use case"));
            } else if (!soleProprietorBrand && usecase.id().equals("SOLE_PROPRIETOR")) {
                errors.add(TcrError.invalid("usecase", "The SOLE_PROPRIETOR use case is only for SOLE_PROPRIETOR "
                        + "brands"));
            }
        }
        length(errors, "description", campaign.description(), 40, 4096, true);
        length(errors, "messageFlow", campaign.messageFlow(), 40, 2048, true);
        List<String> samples = campaign.samples();
        if (samples.size() < 2) {
            errors.add(TcrError.invalid(samples.isEmpty() ? "sample1" : "sample2",
                    "At least 2 message samples are required (sample1..sample5), got " + samples.size()));
        }
        String[] sampleFields = {"sample1", "sample2", "sample3", "sample4", "sample5"};
        String[] sampleValues = {campaign.sample1(), campaign.sample2(), campaign.sample3(), campaign.sample4(),
                campaign.sample5()};
        for (int i = 0; i < sampleFields.length; i++) {
            length(errors, sampleFields[i], sampleValues[i], 20, 1024, false);
        }
        length(errors, "helpMessage", campaign.helpMessage(), 20, 320, false);
        length(errors, "optinMessage", campaign.optinMessage(), 20, 320, false);
        length(errors, "optoutMessage", campaign.optoutMessage(), 20, 320, false);
        if (!BrandValidation.blank(campaign.embeddedLinkSample()) && Boolean.FALSE.equals(campaign.embeddedLink())) {
            errors.add(TcrError.invalid("embeddedLinkSample", "embeddedLinkSample given but embeddedLink is false"));
        }
        return errors;
    }

    private static void checkSubUsecases(List<TcrError> errors, CampaignRequest campaign, TcrEnums.Usecase usecase) {
        List<String> subUsecases = campaign.subUsecases() == null ? List.of() : campaign.subUsecases();
        for (String subUsecase : subUsecases) {
            if (!TcrEnums.SUB_USECASES.contains(subUsecase)) {
                errors.add(TcrError.invalid("subUsecases", "Invalid sub use case '" + subUsecase + "'"));
            }
        }
        if (usecase.minSubUsecases() > 0 && subUsecases.size() < usecase.minSubUsecases()) {
            errors.add(TcrError.invalid("subUsecases", usecase.id() + " requires " + usecase.minSubUsecases() + " to "
                    + usecase.maxSubUsecases() + " sub use cases"));
        }
        if (subUsecases.size() > Math.max(usecase.maxSubUsecases(), 0) && usecase.maxSubUsecases() > 0) {
            errors.add(TcrError.invalid("subUsecases", usecase.id() + " allows at most " + usecase.maxSubUsecases()
                    + " sub use cases"));
        }
    }

    private static void length(List<TcrError> errors, String field, String value, int min, int max,
                               boolean required) {
        if (BrandValidation.blank(value)) {
            if (required) {
                errors.add(TcrError.missing(field));
            }
            return;
        }
        if (value.length() < min || value.length() > max) {
            errors.add(TcrError.invalid(field, "Field '" + field + "' must be " + min + " to " + max
                    + " characters, got " + value.length()));
        }
    }
}
