package io.tendlc.campaign.tcr;

/** The part of TCR's campaign answer we keep: its id ("C" + 6 characters) and TCR status (ACTIVE, EXPIRED). */
public record TcrCampaign(String campaignId, String status) {
}
