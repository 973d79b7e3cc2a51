package io.tendlc.simulators.tcr;

import java.net.http.HttpClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Wires the TCR simulator (CSP API v2 under {@code /tcr/v2}, knobs under {@code /sim/tcr}). */
@Configuration(proxyBeanMethods = false)
class TcrSimulatorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TcrSimulatorConfiguration.class);

    @Bean
    TcrStats tcrStats() {
        return new TcrStats();
    }

    @Bean
    TcrKnobs.Holder tcrKnobs(TcrSimulatorProperties properties) {
        return new TcrKnobs.Holder(TcrKnobs.from(properties));
    }

    @Bean
    WebhookSubscriptions tcrWebhookSubscriptions() {
        return new WebhookSubscriptions();
    }

    @Bean
    TcrScheduler tcrScheduler() {
        return new TcrScheduler();
    }

    @Bean
    TcrWebhookDispatcher tcrWebhookDispatcher(TcrScheduler tcrScheduler, WebhookSubscriptions subscriptions,
                                              TcrKnobs.Holder knobs, TcrStats stats, TcrSimulatorProperties properties,
                                              JsonMapper jsonMapper) {
        HttpClient http = TcrWebhookDispatcher.httpClient(properties.webhooks().timeout());
        return new TcrWebhookDispatcher(tcrScheduler, http, subscriptions, new TcrSignature(properties.webhookSecret()),
                knobs, stats, properties.webhooks(), jsonMapper);
    }

    @Bean
    Brands tcrBrands(TcrScheduler tcrScheduler, TcrWebhookDispatcher webhooks, TcrKnobs.Holder knobs,
                     TcrStats stats) {
        return new Brands(tcrScheduler, webhooks, knobs, stats);
    }

    @Bean
    Campaigns tcrCampaigns(Brands brands, TcrScheduler tcrScheduler, TcrWebhookDispatcher webhooks,
                           TcrKnobs.Holder knobs, TcrStats stats) {
        return new Campaigns(brands, tcrScheduler, webhooks, knobs, stats);
    }

    @Bean
    WebMvcConfigurer tcrAuthentication(TcrSimulatorProperties properties, TcrStats stats) {
        TcrAuthentication authentication = new TcrAuthentication(properties.apiKey(), properties.apiSecret(), stats);
        log.info("TCR simulator: CSP API v2 under /tcr/v2 for API key {}", properties.apiKey());
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(authentication).addPathPatterns("/tcr/v2/**");
            }
        };
    }
}
