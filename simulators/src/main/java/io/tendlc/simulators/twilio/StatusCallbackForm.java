package io.tendlc.simulators.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SortedMap;
import java.util.TreeMap;

/** The form Twilio posts to a message's StatusCallback, sorted by name as the signature needs. */
final class StatusCallbackForm {

    /** The carrier's delivery-receipt time, YYMMDDhhmm, as Twilio passes it on. */
    private static final DateTimeFormatter RAW_DLR_DATE =
            DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);

    private StatusCallbackForm() {
    }

    static SortedMap<String, String> of(SimMessage message, DeliveryPlan.Step step, Instant now) {
        String status = step.status().wireValue();
        SortedMap<String, String> form = new TreeMap<>();
        form.put("MessageSid", message.sid());
        form.put("SmsSid", message.sid());
        form.put("SmsMessageSid", message.sid());
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("AccountSid", message.accountSid());
        form.put("To", message.to());
        form.put("ApiVersion", TwilioMessageJson.API_VERSION);
        if (message.from() != null) {
            form.put("From", message.from());
        }
        if (message.messagingServiceSid() != null) {
            form.put("MessagingServiceSid", message.messagingServiceSid());
        }
        if (step.errorCode() != null) {
            form.put("ErrorCode", step.errorCode().toString());
        }
        if (step.status() == MessageStatus.DELIVERED) {
            form.put("RawDlrDoneDate", RAW_DLR_DATE.format(now));
        }
        return form;
    }
}
