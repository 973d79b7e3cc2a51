package io.tendlc.brand.brands;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BrandTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    static Brand pending() {
        BrandDetails details = new BrandDetails("PRIVATE_PROFIT", "Acme", "Acme LLC", "451234567", "US", null, null,
                null, null, null, null, "US", null, "RETAIL", null, null, null, null, null, null, null, null);
        return Brand.create(UUID.randomUUID(), UUID.randomUUID(), details.normalized(), "UNVETTED", T0)
                .registeredAs("BABC123", T0);
    }

    @Test
    void tcrsVerdictSetsTheStatusAndTheReason() {
        Brand rejected = pending().identityObserved(IdentityStatus.UNVERIFIED, "EIN does not match the legal name",
                T0.plusSeconds(1), NOW).orElseThrow();
        assertThat(rejected.status()).isEqualTo(BrandStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("EIN does not match the legal name");
        assertThat(rejected.statusChangedAt()).isEqualTo(NOW);

        Brand approved = rejected.identityObserved(IdentityStatus.VERIFIED, null, T0.plusSeconds(2), NOW).orElseThrow();
        assertThat(approved.status()).isEqualTo(BrandStatus.APPROVED);
        assertThat(approved.statusReason()).isNull();
        assertThat(approved.identityStatus()).isEqualTo(IdentityStatus.VERIFIED);
    }

    @Test
    void anOlderVerdictNeverMovesABrandBackwards() {
        Brand verified = pending().identityObserved(IdentityStatus.VERIFIED, null, T0.plusSeconds(5), NOW).orElseThrow();
        assertThat(verified.identityObserved(IdentityStatus.UNVERIFIED, "late", T0.plusSeconds(4), NOW)).isEmpty();
        assertThat(verified.identityObserved(IdentityStatus.SELF_DECLARED, null, T0.plusSeconds(5), NOW)).isEmpty();
        assertThat(verified.identityObserved(IdentityStatus.VERIFIED, null, T0.plusSeconds(5), NOW)).isEmpty();
        // same moment, higher rank: forward
        assertThat(verified.identityObserved(IdentityStatus.VETTED_VERIFIED, null, T0.plusSeconds(5), NOW)).isPresent();
        // later in time: applied, even downwards (an edit was verified again)
        assertThat(verified.identityObserved(IdentityStatus.UNVERIFIED, "edited", T0.plusSeconds(6), NOW)
                .map(Brand::status)).contains(BrandStatus.REJECTED);
    }

    /** Property: whatever order verdicts arrive in, the brand ends on the latest one (by TCR's time). */
    @Test
    void anyDeliveryOrderEndsOnTheLatestVerdict() {
        Random random = new Random(42);
        IdentityStatus[] statuses = IdentityStatus.values();
        for (int run = 0; run < 500; run++) {
            List<Observation> verdicts = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                verdicts.add(new Observation(statuses[random.nextInt(statuses.length)], "reason " + i, null, null,
                        T0.plusSeconds(random.nextInt(4))));
            }
            Observation latest = verdicts.stream().max((a, b) -> a.at().equals(b.at())
                    ? Integer.compare(a.identityStatus().rank(), b.identityStatus().rank())
                    : a.at().compareTo(b.at())).orElseThrow();
            List<Observation> delivered = new ArrayList<>(verdicts);
            delivered.addAll(verdicts.subList(0, random.nextInt(n + 1))); // duplicates
            Collections.shuffle(delivered, random);
            Brand brand = pending();
            for (Observation o : delivered) {
                brand = brand.identityObserved(o.identityStatus(), o.reason(), o.at(), NOW).orElse(brand);
            }
            assertThat(brand.identityStatus()).as("run %d: %s", run, delivered).isEqualTo(latest.identityStatus());
            assertThat(brand.status()).isEqualTo(latest.identityStatus().brandStatus());
        }
    }

    @Test
    void vettingScoresApplyForwardOnly() {
        Brand scored = pending().vettingObserved(80, "ACTIVE", T0.plusSeconds(10), NOW).orElseThrow();
        assertThat(scored.vettingScore()).isEqualTo(80);
        assertThat(scored.vettingObserved(20, "ACTIVE", T0.plusSeconds(9), NOW)).isEmpty();
        assertThat(scored.vettingObserved(80, "ACTIVE", T0.plusSeconds(10), NOW)).isEmpty();
        assertThat(scored.vettingObserved(55, "ACTIVE", T0.plusSeconds(11), NOW).map(Brand::vettingScore)).contains(55);
    }

    @Test
    void aDeletedBrandTakesNoMoreVerdicts() {
        Brand deleted = pending().deleted(NOW);
        assertThat(deleted.identityObserved(IdentityStatus.VERIFIED, null, NOW.plusSeconds(1), NOW)).isEmpty();
        assertThat(deleted.vettingObserved(90, "ACTIVE", NOW.plusSeconds(1), NOW)).isEmpty();
    }

    @Test
    void aPatchKeepsAbsentFieldsClearsEmptyOnesAndNormalizes() {
        BrandDetails details = pending().details();
        BrandDetails patch = new BrandDetails(null, " Acme Outdoors ", null, "45-1234568", null, null, null, null, null,
                null, null, null, "", null, null, null, null, null, null, null, null, null);
        BrandDetails patched = details.patchedWith(patch);
        assertThat(patched.displayName()).isEqualTo("Acme Outdoors");
        assertThat(patched.companyName()).isEqualTo("Acme LLC");
        assertThat(patched.ein()).isEqualTo("451234568");
        assertThat(patched.website()).isNull();
        assertThat(patched.brandRelationship()).isEqualTo("BASIC_ACCOUNT");
    }
}
