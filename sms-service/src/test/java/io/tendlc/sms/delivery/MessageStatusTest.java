package io.tendlc.sms.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageStatusTest {

    @Test
    void twilioStatusesMapAndInternalOnesDoNot() {
        assertThat(MessageStatus.fromTwilio("delivered")).contains(MessageStatus.DELIVERED);
        assertThat(MessageStatus.fromTwilio("canceled")).contains(MessageStatus.FAILED);
        assertThat(MessageStatus.fromTwilio("accepted")).isEmpty();
        assertThat(MessageStatus.fromTwilio("receiving")).isEmpty();
    }

    @Test
    void lifecycleOnlyMovesForward() {
        assertThat(MessageStatus.QUEUED.rank()).isLessThan(MessageStatus.SENT.rank());
        assertThat(MessageStatus.SENT.rank()).isLessThan(MessageStatus.DELIVERED.rank());
        assertThat(MessageStatus.DELIVERED.rank()).isEqualTo(MessageStatus.UNDELIVERED.rank());
        assertThat(MessageStatus.SENDING.event()).isEmpty();
        assertThat(MessageStatus.DELIVERED.event()).isPresent();
    }
}
