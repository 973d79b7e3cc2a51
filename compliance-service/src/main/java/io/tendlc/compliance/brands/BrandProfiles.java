package io.tendlc.compliance.brands;

import io.tendlc.compliance.rules.BrandProfile;
import io.tendlc.events.registry.BrandChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The organization's brands as the campaign check needs them, kept from brand-service's events. */
@Component
public class BrandProfiles {

    static final String DELETED = "DELETED";

    private final JdbcClient jdbc;

    BrandProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The brand, if it belongs to the organization and is not deleted. */
    public Optional<BrandProfile> find(UUID organizationId, UUID brandId) {
        return jdbc.sql("""
                        select display_name, company_name, entity_type, identity_status, vetting_score, website
                        from brand_profile where brand_id = ? and organization_id = ? and status <> ?""")
                .params(brandId, organizationId, DELETED)
                .query((rs, i) -> new BrandProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Integer.class), rs.getString(6)))
                .optional();
    }

    /**
     * Keeps the change if it is newer than what is kept (events are redelivered and may overtake each other); a
     * change naming another organization than the one the brand belongs to is ignored. Answers whether it applied.
     */
    boolean apply(BrandChanged b, UUID organizationId, Instant changedAt) {
        return jdbc.sql("""
                        insert into brand_profile (brand_id, organization_id, display_name, company_name, entity_type,
                                                   identity_status, vetting_score, status, changed_at, website)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (brand_id) do update set display_name = excluded.display_name,
                            company_name = excluded.company_name, entity_type = excluded.entity_type,
                            identity_status = excluded.identity_status, vetting_score = excluded.vetting_score,
                            status = excluded.status, changed_at = excluded.changed_at,
                            website = coalesce(excluded.website, brand_profile.website)
                        where brand_profile.changed_at < excluded.changed_at
                          and brand_profile.organization_id = excluded.organization_id""")
                .params(b.brandId(), organizationId, b.displayName(), b.companyName(), b.entityType(),
                        b.identityStatus(), b.vettingScore(), b.status() == null ? "PENDING" : b.status(),
                        Timestamp.from(changedAt), b.website())
                .update() == 1;
    }
}
