package io.tendlc.campaign.campaigns;

/** What TCR still has to be told about a campaign; kept until TCR took it. */
enum TcrOperation {
    /** {@code POST /campaignBuilder} */
    CREATE,
    /** {@code PUT /campaign/{id}}: edited or resubmitted, carriers review again */
    UPDATE,
    /** {@code DELETE /campaign/{id}}: deactivated */
    DELETE
}
