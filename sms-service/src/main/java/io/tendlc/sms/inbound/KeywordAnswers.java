package io.tendlc.sms.inbound;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a keyword is answered with when the number's campaign has no answer of its own (no campaign, or a campaign
 * known from events written before the answers travelled with it). Generic on purpose: no marketing, ever.
 */
@ConfigurationProperties("sms.keywords.defaults")
record KeywordAnswers(String helpMessage, String optoutMessage, String optinMessage) {
}
