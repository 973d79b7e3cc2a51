package io.tendlc.simulators.twilio;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the simulator; its parts are plain classes so they stay package-private and easy to test. */
@Configuration(proxyBeanMethods = false)
class TwilioSimulatorConfiguration {

    @Bean
    TwilioCredentials twilioCredentials(TwilioSimulatorProperties properties) {
        return TwilioCredentials.from(properties);
    }

    @Bean
    KnobsHolder twilioKnobs(TwilioSimulatorProperties properties) {
        return new KnobsHolder(SimulatorKnobs.from(properties));
    }

    @Bean
    SimulatorStats twilioStats() {
        return new SimulatorStats();
    }

    @Bean
    MessageStore twilioMessageStore(TwilioSimulatorProperties properties) {
        return new MessageStore(properties.maxStoredMessages(), properties.messageRetention());
    }

    /**
     * One client for every webhook. HTTP/1.1 because that is what receivers speak; the calling thread as
     * executor because the default pool roughly doubles the CPU per request (measured, see DEVSTACK.md).
     */
    @Bean(destroyMethod = "shutdownNow")
    HttpClient twilioWebhookHttpClient(TwilioSimulatorProperties properties) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run)
                .connectTimeout(properties.callbacks().timeout())
                .build();
    }

    @Bean
    WebhookPoster twilioWebhookPoster(HttpClient twilioWebhookHttpClient, TwilioCredentials credentials,
                                      TwilioSimulatorProperties properties) {
        return new WebhookPoster(twilioWebhookHttpClient, new TwilioSignature(credentials.authToken()),
                properties.callbacks().timeout());
    }

    @Bean
    StatusCallbackDispatcher twilioStatusCallbackDispatcher(MessageStore store, WebhookPoster poster,
                                                            KnobsHolder knobs, SimulatorStats stats,
                                                            TwilioSimulatorProperties properties) {
        return new StatusCallbackDispatcher(store, poster, knobs, stats, properties.callbacks());
    }

    @Bean
    OutboundMessages twilioOutboundMessages(TwilioCredentials credentials, KnobsHolder knobs, MessageStore store,
                                            StatusCallbackDispatcher dispatcher, SimulatorStats stats) {
        return new OutboundMessages(credentials, knobs, new ApiFaults(stats), store, dispatcher, stats);
    }

    @Bean
    ApiAuthentication twilioApiAuthentication(TwilioCredentials credentials, SimulatorStats stats) {
        return new ApiAuthentication(credentials, stats);
    }

    @Bean
    IncomingNumbers twilioIncomingNumbers(TwilioCredentials credentials) {
        return new IncomingNumbers(credentials.accountSid());
    }

    @Bean
    InboundMessages twilioInboundMessages(TwilioCredentials credentials, MessageStore store, WebhookPoster poster,
                                          SimulatorStats stats, TwilioSimulatorProperties properties) {
        return new InboundMessages(credentials, store, poster, stats, properties.inboundWebhookUrl().toString());
    }
}
