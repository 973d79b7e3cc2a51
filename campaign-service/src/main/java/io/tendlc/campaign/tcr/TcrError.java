package io.tendlc.campaign.tcr;

/** One error of a TCR 4xx answer: {@code [{"code":..., "field":"...", "description":"..."}]}. */
public record TcrError(Integer code, String field, String description) {

    @Override
    public String toString() {
        return (field == null || field.isBlank() ? "" : field + ": ") + description
                + (code == null ? "" : " (TCR " + code + ")");
    }
}
