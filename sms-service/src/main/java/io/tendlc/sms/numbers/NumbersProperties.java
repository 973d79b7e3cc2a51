package io.tendlc.sms.numbers;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param syncInterval  how often the worker looks for Twilio work that is due (it is also woken on each change)
 * @param campaignWait  how long an assignment waits for a campaign this service has not heard of yet
 *                      (campaign-service's events may lag behind its API) before failing
 * @param purchaseGrace how long a purchase whose answer never came is left before Twilio is asked whether it
 *                      went through
 */
@ConfigurationProperties("sms.numbers")
record NumbersProperties(Duration syncInterval, Duration campaignWait, Duration purchaseGrace) {
}
