package io.tendlc.campaign.campaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierStateTest {

    static final Instant T = Instant.parse("2026-01-01T12:00:00Z");
    static final Instant NOW = Instant.parse("2026-01-01T12:05:00Z");

    @Test
    void aReviewEndsInAVerdictAndAVerdictIsNeverUndoneByAnOlderEvent() {
        CarrierState review = CarrierState.inReview(null, NOW);
        CarrierState approved = review.after(CarrierStatus.APPROVED, "ok", T, NOW).orElseThrow();
        assertThat(approved.status()).isEqualTo(CarrierStatus.APPROVED);

        assertThat(approved.after(CarrierStatus.REVIEW, null, T.minusSeconds(1), NOW)).isEmpty();
        assertThat(approved.after(CarrierStatus.REJECTED, "late", T.minusMillis(1), NOW)).isEmpty();
        assertThat(approved.after(CarrierStatus.APPROVED, "ok", T, NOW)).as("the same event again").isEmpty();
    }

    @Test
    void atTheSameInstantTheLaterVerdictWins() {
        CarrierState review = new CarrierState(CarrierStatus.REVIEW, null, T, NOW);
        assertThat(review.after(CarrierStatus.APPROVED, null, T, NOW)).isPresent();
        CarrierState approved = new CarrierState(CarrierStatus.APPROVED, null, T, NOW);
        assertThat(approved.after(CarrierStatus.REVIEW, null, T, NOW)).isEmpty();
        assertThat(approved.after(CarrierStatus.SUSPENDED, null, T, NOW)).isPresent();
    }

    @Test
    void suspensionsAndTheirLiftingFollowTheirTimestamps() {
        CarrierState approved = new CarrierState(CarrierStatus.APPROVED, null, T, NOW);
        CarrierState lifted = approved.after(CarrierStatus.APPROVED, "lifted", T.plusSeconds(20), NOW).orElseThrow();
        assertThat(lifted.after(CarrierStatus.SUSPENDED, "complaints", T.plusSeconds(10), NOW))
                .as("a suspension older than its lifting").isEmpty();
        CarrierState suspended = lifted.after(CarrierStatus.SUSPENDED, "again", T.plusSeconds(30), NOW).orElseThrow();
        assertThat(suspended.status()).isEqualTo(CarrierStatus.SUSPENDED);
        assertThat(suspended.after(CarrierStatus.APPROVED, "lifted", T.plusSeconds(40), NOW)).isPresent();
    }

    @Test
    void aResubmissionMakesEveryEarlierVerdictStale() {
        CarrierState resubmitted = CarrierState.inReview(NOW, NOW);
        assertThat(resubmitted.after(CarrierStatus.APPROVED, null, NOW.minusSeconds(1), NOW)).isEmpty();
        assertThat(resubmitted.after(CarrierStatus.REJECTED, "no", NOW.plusSeconds(1), NOW)).isPresent();
    }

    @Test
    void pollingOnlyEndsAReview() {
        assertThat(CarrierState.inReview(null, NOW).afterPoll(CarrierStatus.APPROVED, NOW)).isPresent();
        assertThat(CarrierState.inReview(null, NOW).afterPoll(CarrierStatus.REVIEW, NOW)).isEmpty();
        assertThat(new CarrierState(CarrierStatus.SUSPENDED, null, T, NOW).afterPoll(CarrierStatus.APPROVED, NOW))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CarrierStatus.class)
    void theOverallStatusIsApprovedOnlyWhenEveryCarrierApproved(CarrierStatus other) {
        Map<Carrier, CarrierState> carriers = new EnumMap<>(Carrier.class);
        carriers.put(Carrier.ATT, new CarrierState(CarrierStatus.APPROVED, null, T, NOW));
        carriers.put(Carrier.TMOBILE, new CarrierState(CarrierStatus.APPROVED, null, T, NOW));
        assertThat(CampaignStatus.of(carriers)).isEqualTo(CampaignStatus.PENDING);
        carriers.put(Carrier.VERIZON, new CarrierState(other, null, T, NOW));
        assertThat(CampaignStatus.of(carriers)).isEqualTo(switch (other) {
            case APPROVED -> CampaignStatus.APPROVED;
            case REVIEW -> CampaignStatus.PENDING;
            case REJECTED -> CampaignStatus.REJECTED;
            case SUSPENDED -> CampaignStatus.SUSPENDED;
        });
        carriers.put(Carrier.ATT, new CarrierState(CarrierStatus.REJECTED, null, T, NOW));
        assertThat(CampaignStatus.of(carriers)).isEqualTo(CampaignStatus.REJECTED);
    }
}
