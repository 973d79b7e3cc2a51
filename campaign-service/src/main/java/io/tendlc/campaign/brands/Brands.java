package io.tendlc.campaign.brands;

import io.tendlc.events.registry.BrandChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** The brand projection. Every lookup is scoped by organization: another organization's brand does not exist here. */
@Component
public class Brands {

    private final JdbcClient jdbc;

    Brands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Brand> find(UUID organizationId, UUID brandId) {
        return jdbc.sql("select * from brand where organization_id = ? and id = ?").params(organizationId, brandId)
                .query(Brands::brand).optional();
    }

    /** Takes the change unless a later one of the same brand is already applied; the brand as it was, if known. */
    Optional<Applied> apply(BrandChanged change) {
        Optional<Brand> before = jdbc.sql("select * from brand where id = ? for update").param(change.brandId())
                .query(Brands::brand).optional();
        if (before.isPresent() && (!before.get().organizationId().equals(change.organizationId())
                || before.get().changedAt().isAfter(change.changedAt()))) {
            return Optional.empty(); // stale (or a brand id claimed by another organization: never re-homed)
        }
        jdbc.sql("""
                        insert into brand (id, organization_id, tcr_brand_id, display_name, company_name, entity_type,
                                           identity_status, vetting_score, status, reason, changed_at)
                        values (:id, :org, :tcr, :display, :company, :entity, :identity, :score, :status, :reason, :at)
                        on conflict (id) do update set tcr_brand_id = excluded.tcr_brand_id,
                            display_name = excluded.display_name, company_name = excluded.company_name,
                            entity_type = excluded.entity_type, identity_status = excluded.identity_status,
                            vetting_score = excluded.vetting_score, status = excluded.status, reason = excluded.reason,
                            changed_at = excluded.changed_at""")
                .param("id", change.brandId()).param("org", change.organizationId())
                .param("tcr", change.tcrBrandId()).param("display", change.displayName())
                .param("company", change.companyName()).param("entity", change.entityType())
                .param("identity", change.identityStatus()).param("score", change.vettingScore())
                .param("status", change.status()).param("reason", change.reason())
                .param("at", Timestamp.from(change.changedAt()))
                .update();
        return Optional.of(new Applied(before.orElse(null), find(change.organizationId(), change.brandId()).orElseThrow()));
    }

    record Applied(Brand before, Brand after) {
    }

    private static Brand brand(ResultSet rs, int row) throws SQLException {
        return new Brand(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("tcr_brand_id"), rs.getString("display_name"), rs.getString("company_name"),
                rs.getString("entity_type"), rs.getString("identity_status"),
                (Integer) rs.getObject("vetting_score"), rs.getString("status"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
