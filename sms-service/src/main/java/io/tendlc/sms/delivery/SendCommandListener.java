package io.tendlc.sms.delivery;

import io.tendlc.events.EventSerde;
import io.tendlc.events.Topics;
import io.tendlc.events.sms.SendMessageRequested;
import io.tendlc.platform.events.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Drains the partitioned send topic a poll at a time. Idempotency comes from the message's own state
 * (only ACCEPTED messages are claimed), so a redelivered command is harmless.
 */
@Component
class SendCommandListener {

    private final Dispatcher dispatcher;
    private final DeadLetters deadLetters;

    SendCommandListener(Dispatcher dispatcher, DeadLetters deadLetters) {
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "sms-send", topics = Topics.SMS_SEND, batch = "true", concurrency = "${sms.send.consumers}")
    void onSendCommands(List<ConsumerRecord<String, byte[]>> records) {
        List<UUID> ids = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                if (EventSerde.read(record.value()).payload() instanceof SendMessageRequested send) {
                    ids.add(send.messageId());
                }
            } catch (EventSerde.MalformedEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (!ids.isEmpty()) {
            dispatcher.dispatch(ids);
        }
    }
}
