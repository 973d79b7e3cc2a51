package io.tendlc.campaign.campaigns;

/**
 * Carrier throughput of a campaign: AT&T messages per minute for this campaign, T-Mobile segments per day for its
 * brand (shared by all of the brand's campaigns).
 */
record Limits(Integer attMessagesPerMinute, Integer tmobileDailySegments) {
}
