package io.tendlc.simulators.tcr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityVerificationTest {

    @ParameterizedTest
    @CsvSource({"12-3456780, 80", "98-7654345, 45", "98-7654307, 7", "98-7654300, 100"})
    void theVettingScoreIsTheEinsLastTwoDigits(String ein, int score) {
        assertThat(IdentityVerification.vettingScore(brand("PRIVATE_PROFIT", "Acme", ein))).isEqualTo(score);
    }

    @Test
    void aVerifiedBrandWithAnActiveVettingIsVettedVerified() {
        BrandRequest brand = brand("PRIVATE_PROFIT", "Acme", "12-3456780");
        assertThat(IdentityVerification.verify(brand, null, true).identityStatus()).isEqualTo("VETTED_VERIFIED");
        assertThat(IdentityVerification.verify(brand, null, false).identityStatus()).isEqualTo("VERIFIED");
        assertThat(IdentityVerification.verify(brand("PRIVATE_PROFIT", "Acme", "000000000"), null, true))
                .isEqualTo(new IdentityVerification.Outcome("UNVERIFIED", IdentityVerification.EIN_MISMATCH));
    }

    @Test
    void aForcedStatusWins() {
        BrandRequest soleProprietor = brand("SOLE_PROPRIETOR", null, null);
        assertThat(IdentityVerification.verify(soleProprietor, null, false).verified()).isTrue();
        IdentityVerification.Outcome forced = IdentityVerification.verify(soleProprietor, "UNVERIFIED", false);
        assertThat(forced.identityStatus()).isEqualTo("UNVERIFIED");
        assertThat(forced.reason()).isNotBlank();
    }

    @Test
    void aPublicCompanyListedOnNoExchangeNeedsItsStockSymbol() {
        BrandRequest listedNowhere = new BrandRequest("PUBLIC_PROFIT", "Acme", "Acme Inc", "12-3456780", "US", null,
                null, null, null, null, "US", null, null, null, "ACME", "NONE", null, null, null, null, null, null,
                null);
        assertThat(IdentityVerification.verify(listedNowhere, null, false).reason())
                .isEqualTo(IdentityVerification.STOCK_SYMBOL_REQUIRED);
    }

    private static BrandRequest brand(String entityType, String companyName, String ein) {
        return new BrandRequest(entityType, "Display", companyName, ein, "US", "+15125550100", "1 Main", "Austin",
                "TX", "78701", "US", "a@example.com", null, "RETAIL", null, null, null, null, null, null, "Ada",
                "Lovelace", "+15125550101");
    }
}
