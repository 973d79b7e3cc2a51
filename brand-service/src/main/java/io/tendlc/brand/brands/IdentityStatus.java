package io.tendlc.brand.brands;

import java.util.Arrays;
import java.util.Optional;

/** TCR's identity verification of a brand, ranked: a brand never moves down at the same moment. */
public enum IdentityStatus {
    SELF_DECLARED(BrandStatus.PENDING),
    UNVERIFIED(BrandStatus.REJECTED),
    VERIFIED(BrandStatus.APPROVED),
    VETTED_VERIFIED(BrandStatus.APPROVED);

    private final BrandStatus brandStatus;

    IdentityStatus(BrandStatus brandStatus) {
        this.brandStatus = brandStatus;
    }

    /** The platform's status of a brand with this identity status. */
    public BrandStatus brandStatus() {
        return brandStatus;
    }

    public int rank() {
        return ordinal();
    }

    public static Optional<IdentityStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }
}
