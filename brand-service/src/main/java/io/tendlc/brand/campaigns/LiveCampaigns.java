package io.tendlc.brand.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The brand's campaigns TCR still holds, from the projection of {@code registry.campaigns}: any campaign not expired
 * or deleted, and a rejected one that TCR took (carriers rejected it, but it is still ACTIVE at TCR).
 */
@Component
public class LiveCampaigns {

    private final JdbcClient jdbc;

    LiveCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long liveCampaigns(UUID organizationId, UUID brandId) {
        return jdbc.sql("""
                        select count(*) from campaign
                        where organization_id = ? and brand_id = ?
                          and (status in ('PENDING', 'APPROVED', 'SUSPENDED')
                               or status = 'REJECTED' and tcr_campaign_id is not null)""")
                .params(organizationId, brandId).query(Long.class).single();
    }
}
