package io.tendlc.sms.delivery;

import io.tendlc.events.EventEnvelope;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.sms.twilio.TwilioGateway;
import io.tendlc.sms.twilio.TwilioGateway.SendResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Sends a batch of claimed messages to Twilio. Three steps, so that no failure sends a message twice:
 * claim (commit), call Twilio concurrently outside any transaction, record every outcome and its events in
 * one transaction. A crash between the last two leaves messages in DISPATCHING rather than re-sending them.
 */
@Component
class Dispatcher {

    private final Messages messages;
    private final TwilioGateway twilio;
    private final EventPublisher events;
    private final StatusUpdates updates;
    private final CarrierOptOuts carrierOptOuts;
    private final TransactionTemplate tx;
    private final URI statusCallback;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    Dispatcher(Messages messages, TwilioGateway twilio, EventPublisher events, StatusUpdates updates,
               CarrierOptOuts carrierOptOuts, TransactionTemplate tx,
               @Value("${sms.public-base-url}") String publicBaseUrl) {
        this.messages = messages;
        this.twilio = twilio;
        this.events = events;
        this.updates = updates;
        this.carrierOptOuts = carrierOptOuts;
        this.tx = tx;
        this.statusCallback = URI.create(publicBaseUrl + TwilioWebhookPaths.STATUS);
    }

    void dispatch(List<UUID> messageIds) {
        List<Message> claimed = tx.execute(s -> messages.claim(messageIds));
        if (claimed == null || claimed.isEmpty()) {
            return;
        }
        // a recipient who opted out after the message was accepted is not texted: it fails as Twilio would (21610)
        Set<UUID> optedOut = messages.optedOutRecipients(claimed.stream().map(Message::id).toList());
        List<Message> outcomes = new ArrayList<>(claimed.size());
        List<Message> toSend = new ArrayList<>(claimed.size());
        for (Message m : claimed) {
            if (optedOut.contains(m.id())) {
                outcomes.add(withStatus(m, MessageStatus.FAILED, null, CarrierOptOuts.UNSUBSCRIBED, Instant.now()));
            } else {
                toSend.add(m);
            }
        }
        // one recipient's messages go out in their topic order; different recipients go out concurrently
        Map<String, List<Message>> byRecipient = toSend.stream()
                .collect(Collectors.groupingBy(Message::to, LinkedHashMap::new, Collectors.toList()));
        List<Future<List<Message>>> sends = new ArrayList<>(byRecipient.size());
        for (List<Message> recipientMessages : byRecipient.values()) {
            sends.add(calls.submit(() -> recipientMessages.stream()
                    .map(m -> outcome(m, twilio.send(m.from(), m.to(), m.body(), statusCallback))).toList()));
        }
        List<Message> sent = new ArrayList<>(toSend.size());
        for (Future<List<Message>> send : sends) {
            sent.addAll(await(send));
        }
        outcomes.addAll(sent);
        tx.executeWithoutResult(s -> {
            messages.recordDispatch(outcomes);
            sent.forEach(carrierOptOuts::recordIfUnsubscribed);
            events.publishAll(outcomes.stream()
                    .flatMap(m -> m.status().event().stream()
                            .map(type -> EventEnvelope.of(type, m.organizationId(), m.id().toString(), m.statusChanged())))
                    .toList());
            updates.applyEarlyStatuses(outcomes.stream().map(Message::providerSid).filter(Objects::nonNull).toList(),
                    Instant.now());
        });
    }

    private static Message outcome(Message m, SendResult result) {
        Instant now = Instant.now();
        return switch (result) {
            case SendResult.Accepted a -> withStatus(m, MessageStatus.QUEUED, a.sid(), null, now);
            case SendResult.Rejected r -> withStatus(m, MessageStatus.FAILED, null, r.errorCode(), now);
            // Twilio stayed unreachable through every retry: fail visibly rather than hold the partition
            case SendResult.Unavailable u -> withStatus(m, MessageStatus.FAILED, null, 30001, now);
        };
    }

    private static Message withStatus(Message m, MessageStatus status, String sid, Integer errorCode, Instant at) {
        return new Message(m.id(), m.organizationId(), m.from(), m.to(), m.body(), m.segments(), m.encoding(), status,
                sid, errorCode, m.createdAt(), at, m.system());
    }

    private static List<Message> await(Future<List<Message>> send) {
        try {
            return send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("send task failed", e.getCause());
        }
    }
}
