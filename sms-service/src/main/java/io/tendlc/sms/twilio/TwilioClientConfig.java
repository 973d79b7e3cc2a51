package io.tendlc.sms.twilio;

import com.twilio.http.TwilioRestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.Assert;

@Configuration(proxyBeanMethods = false)
class TwilioClientConfig {

    @Bean
    TwilioRestClient twilioRestClient(TwilioProperties properties) {
        Assert.hasText(properties.accountSid(), "TWILIO_ACCOUNT_SID is required");
        Assert.hasText(properties.authToken(), "TWILIO_AUTH_TOKEN is required");
        return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
                .httpClient(new BaseUrlHttpClient(properties.apiBaseUrl(), properties.maxConnections()))
                .build();
    }
}
