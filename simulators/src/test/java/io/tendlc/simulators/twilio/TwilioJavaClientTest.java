package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real twilio-java 11.2.0 client against the simulator: shapes, auth and error codes. */
class TwilioJavaClientTest extends SimulatorTestBase {

    @Test
    void createsAQueuedMessageInTwiliosShape() {
        String to = recipientEndingIn("");

        Message message = Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "Hello from the simulator")
                .create(twilio());

        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(message.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(message.getTo()).isEqualTo(to);
        assertThat(message.getFrom()).isEqualTo(new PhoneNumber(FROM));
        assertThat(message.getBody()).isEqualTo("Hello from the simulator");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getNumSegments()).isEqualTo("1");
        assertThat(message.getNumMedia()).isEqualTo("0");
        assertThat(message.getDirection()).isEqualTo(Message.Direction.OUTBOUND_API);
        assertThat(message.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(message.getDateCreated()).isCloseTo(ZonedDateTime.now(), within(1, ChronoUnit.MINUTES));
        assertThat(message.getDateUpdated()).isEqualTo(message.getDateCreated());
        assertThat(message.getPrice()).isNull();
        assertThat(message.getPriceUnit().getCurrencyCode()).isEqualTo("USD");
        assertThat(message.getErrorCode()).isNull();
        assertThat(message.getUri()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + message.getSid() + ".json");
        assertThat(message.getSubresourceUris()).containsKey("media");
    }

    @Test
    void aMessagingServiceMessageIsAcceptedAndCountsUcs2Segments() {
        String body = "Ünïcödé ✓ ".repeat(8);

        Message message = Message.creator(new PhoneNumber(recipientEndingIn("")), "MG00000000000000000000000000000001", body)
                .create(twilio());

        assertThat(message.getStatus()).isEqualTo(Message.Status.ACCEPTED);
        assertThat(message.getMessagingServiceSid()).isEqualTo("MG00000000000000000000000000000001");
        assertThat(message.getFrom()).isNull();
        assertThat(message.getNumSegments()).isEqualTo("2");
    }

    @Test
    void fetchesAMessageItCreated() {
        Message created = Message.creator(new PhoneNumber(recipientEndingIn("")), new PhoneNumber(FROM), "fetch me")
                .create(twilio());

        Message fetched = Message.fetcher(created.getSid()).fetch(twilio());

        assertThat(fetched.getSid()).isEqualTo(created.getSid());
        assertThat(fetched.getBody()).isEqualTo("fetch me");
        assertThat(fetched.getTo()).isEqualTo(created.getTo());
    }

    @Test
    void anUnknownMessageIsNotFound() {
        assertThatThrownBy(() -> Message.fetcher("SM00000000000000000000000000000000").fetch(twilio()))
                .isInstanceOfSatisfying(ApiException.class, error -> {
                    assertThat(error.getCode()).isEqualTo(20404);
                    assertThat(error.getStatusCode()).isEqualTo(404);
                });
    }

    @Test
    void aWrongAuthTokenIsRejectedWith20003() {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(recipientEndingIn("")), new PhoneNumber(FROM), "hi")
                .create(twilio("wrong-token")))
                .isInstanceOfSatisfying(ApiException.class, error -> {
                    assertThat(error.getCode()).isEqualTo(20003);
                    assertThat(error.getStatusCode()).isEqualTo(401);
                    assertThat(error.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20003");
                });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "+15005550001, 21211",
            "+15005550002, 21612",
            "+15005550003, 21408",
            "+15005550004, 21610",
            "+15005550009, 21614",
            "not-a-number, 21211",
            "+0123, 21211"})
    void twiliosTestNumbersAndBadRecipientsGiveTheirErrorCodes(String to, int code) {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "hi").create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, error -> {
                    assertThat(error.getCode()).isEqualTo(code);
                    assertThat(error.getStatusCode()).isEqualTo(400);
                    assertThat(error.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
                });
    }

    @Test
    void aBodyOverSixteenHundredCharactersIsRejectedWith21617() {
        String body = "a".repeat(1601);

        assertThatThrownBy(() -> Message.creator(new PhoneNumber(recipientEndingIn("")), new PhoneNumber(FROM), body)
                .create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, error -> assertThat(error.getCode()).isEqualTo(21617));
    }

    @Test
    void aBodyOfExactlySixteenHundredCharactersIsAccepted() {
        Message message = Message.creator(new PhoneNumber(recipientEndingIn("")), new PhoneNumber(FROM), "a".repeat(1600))
                .create(twilio());

        assertThat(message.getNumSegments()).isEqualTo("11");
    }

    @Test
    void anEmptyBodyIsRejectedWith21602() {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(recipientEndingIn("")), new PhoneNumber(FROM), "")
                .create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, error -> assertThat(error.getCode()).isEqualTo(21602));
    }
}
